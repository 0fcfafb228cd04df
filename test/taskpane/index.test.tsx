/** @jest-environment jsdom */
import { screen } from "@testing-library/dom";
import { createFakeExcel, fakeWorkbookFromSnapshot } from "../hosts/office/fakeExcel";
import { projectWorkbook } from "./projectWorkbook";

type Globals = { Office?: unknown; Excel?: unknown; IS_REACT_ACT_ENVIRONMENT?: boolean };

const isDisabled = (element: HTMLElement): boolean =>
  element.hasAttribute("disabled") || element.getAttribute("aria-disabled") === "true";

/**
 * Loads the pane's entry as taskpane.html does, with `Office` (and maybe `Excel`) as office.js leaves them, in a
 * fresh module registry, and waits inside it until the pane (its lazy template menu included) has rendered, so that
 * every module the pane loads comes from that registry.
 */
async function boot(displayLanguage: string | undefined, excel: unknown, button: string): Promise<HTMLElement> {
  document.body.innerHTML = '<div id="container"></div>';
  const globals = globalThis as Globals;
  globals.Office = {
    onReady: (ready: (info: { host: null; platform: null }) => void) =>
      Promise.resolve(ready({ host: null, platform: null })),
    ...(displayLanguage !== undefined && { context: { displayLanguage } }),
  };
  if (excel !== undefined) globals.Excel = excel;
  let found: HTMLElement | null = null;
  await jest.isolateModulesAsync(async () => {
    await import("../../src/taskpane/index");
    found = await screen.findByRole("button", { name: button });
    await screen.findByRole("button", { expanded: false, name: /模板|template/ });
  });
  if (!found) throw new Error(`no ${button} button`);
  return found;
}

describe("the pane's bootstrap", () => {
  // The entry renders with its own createRoot, outside Testing Library's act().
  beforeAll(() => ((globalThis as Globals).IS_REACT_ACT_ENVIRONMENT = false));

  afterEach(() => {
    const globals = globalThis as Globals;
    delete globals.Office;
    delete globals.Excel;
  });

  it("renders in English with the outside-Excel note when there is no Excel and the language is en-US", async () => {
    const button = await boot("en-US", undefined, "Recalculate and check");
    expect(isDisabled(button)).toBe(true);
    expect(screen.getByText("Open this in Excel")).toBeTruthy();
    expect(document.documentElement.lang).toBe("en-US");
  });

  it("renders in Chinese, ready to work, when Excel is there (and Office gives no context)", async () => {
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(projectWorkbook()));
    const run = <T,>(batch: (context: Excel.RequestContext) => Promise<T>) => fake.run(batch);
    const button = await boot(undefined, { run }, "一键计算");
    expect(isDisabled(button)).toBe(false);
    expect(screen.queryByText("请在 Excel 中使用")).toBeNull();
    expect(document.documentElement.lang).toBe("zh-CN");
  });
});
