import { createFakeExcel, cellAt, fakeWorkbookFromSnapshot } from "../hosts/office/fakeExcel";
import { projectWorkbook } from "../taskpane/projectWorkbook";

type Globals = { Office?: unknown };
type Handler = (event: Office.AddinCommands.Event) => void;

const associate = jest.fn<void, [string, Handler]>();
let commands: typeof import("../../src/commands/commands");

beforeAll(async () => {
  // The function file registers its command when it loads, as Excel loads commands.html.
  (globalThis as Globals).Office = { actions: { associate }, context: { displayLanguage: "zh-CN" } };
  commands = await import("../../src/commands/commands");
});

afterAll(() => delete (globalThis as Globals).Office);

function setUp() {
  const fake = createFakeExcel(fakeWorkbookFromSnapshot(projectWorkbook()));
  const completed = jest.fn();
  const run: Parameters<typeof commands.recalculateFromRibbon>[1] = (batch) => fake.run(batch);
  return { fake, run, completed, event: { completed } as unknown as Office.AddinCommands.Event };
}

describe("the ribbon's 一键计算", () => {
  it("is registered under the manifest's function name", () => {
    expect(associate).toHaveBeenCalledWith("recalculate", expect.any(Function));
  });

  it("recalculates without the pane, selects the table's 总分 and completes", async () => {
    const { fake, run, event, completed } = setUp();
    await commands.recalculateFromRibbon(event, run);
    expect(cellAt(fake.workbook, "项目表", "H9")?.value).toBe(89);
    expect(cellAt(fake.workbook, "项目表", "B10")?.value).toBe("良");
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toContain("校验结果");
    expect(fake.workbook.selection).toEqual({ sheet: "项目表", address: "H9" });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("completes when Excel refuses, having written and selected nothing", async () => {
    const { fake, run, event, completed } = setUp();
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    fake.failNextSyncs("GeneralException");
    await commands.recalculateFromRibbon(event, run);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalled();
    expect(cellAt(fake.workbook, "项目表", "H9")?.value ?? "").toBe("");
    expect(fake.workbook.selection ?? null).toBeNull();
    logged.mockRestore();
  });
});
