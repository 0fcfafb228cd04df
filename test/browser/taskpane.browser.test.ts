/**
 * The built task pane in a real Chromium, against the typed fake Excel holding the sample project table.
 *
 * Build: `npm run build:test` into test-results/browser/dist (reused while newer than src/, assets/ and the build
 * configuration), so office.js loads from the page's own server and nothing is downloaded. The fake Excel is bundled
 * from test/hosts/office/fakeExcel and injected with `page.addInitScript` before office.js and the pane load.
 * Chromium is Debian's /usr/bin/chromium: when it is missing the test is skipped with a message, except under CI,
 * where it fails.
 */
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { loadWorkbook, readSnapshot } from "../../src/hosts/xlsx";
import type { WorkbookSnapshot } from "../../src/workbook/snapshot";
import type { FakeExcelProbe } from "./fakeExcelPage";
import { bundleFakeExcel, FAKE_LIBRARY } from "./support/bundleFakeExcel";
import { paneBuild } from "./support/paneBuild";
import { serveDirectory } from "./support/serveDirectory";

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-results");
const CHROMIUM = "/usr/bin/chromium";
const SAMPLE = path.join(ROOT, "samples/项目支出绩效自评表-信访工作经费.xlsx");
const SHEET = "项目自评表";
const ci = !["", "0", "false"].includes(process.env.CI ?? "");
const present = existsSync(CHROMIUM);

if (!present && !ci)
  console.warn(`Skipping the browser test of the task pane: ${CHROMIUM} is missing (apt-get install chromium).`);

type ProbeWindow = { selfevalProbe: FakeExcelProbe };

/** Reads the fake workbook inside the page (`read` runs there, so it may use only its argument). */
async function probe<T>(page: Page, read: (probe: FakeExcelProbe) => T): Promise<T> {
  const handle = await page.evaluateHandle(() => (window as unknown as ProbeWindow).selfevalProbe);
  return handle.evaluate(read);
}

(present || ci ? describe : describe.skip)("the task pane in Chromium", () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let initScript: string;

  beforeAll(async () => {
    if (!present) throw new Error(`CI needs ${CHROMIUM} for the browser test (apt-get install chromium).`);
    mkdirSync(OUT, { recursive: true });
    const dist = paneBuild(path.join(OUT, "browser/dist"));
    const snapshot: WorkbookSnapshot = readSnapshot(await loadWorkbook(SAMPLE));
    const fake = await bundleFakeExcel(path.join(OUT, "browser/fake"));
    initScript = `${fake}\n;window.${FAKE_LIBRARY}.install(${JSON.stringify(snapshot)});`;
    ({ server, url } = await serveDirectory(dist));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** A pane the size of Excel's task pane, over a fresh fake workbook; fails on any page error. */
  async function openPane(): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.addInitScript({ content: initScript });
    await page.goto(`${url}/taskpane.html`);
    await page.getByRole("button", { name: "一键计算" }).waitFor();
    return { page, errors };
  }

  it("recalculates on a click: fills the workbook, writes 校验结果 and shows the result", async () => {
    const { page, errors } = await openPane();
    await page.getByRole("button", { name: "一键计算" }).click();
    const table = page.getByRole("region", { name: "信访工作经费" });
    await table.waitFor();

    expect(await probe(page, (p) => p.cell("项目自评表", "G21")?.value)).toBe(98.96);
    expect(await probe(page, (p) => p.cell("项目自评表", "F22")?.value)).toBe("优");
    expect(await probe(page, (p) => p.cell("项目自评表", "H6")?.value)).toBe(9.96);
    expect(await probe(page, (p) => p.cell("项目自评表", "G14")?.value)).toBe(9.2);
    expect(await probe(page, (p) => p.cell("项目自评表", "G14")?.fill)).not.toBeNull();
    const sheets = await probe(page, (p) => p.sheetNames());
    expect(sheets).toEqual([SHEET, "校验结果", "_selfeval_state"]);
    const codes = await probe(page, (p) => p.column("校验结果", "D", 5));
    expect(codes).toEqual(["代码", "REASON_MISSING", "OVER_ACHIEVED", "TARGET_MISSED", "TARGET_MISSED"]);
    expect(await probe(page, (p) => p.syncCount())).toBeLessThanOrEqual(3);

    expect(await table.getByText("98.96").isVisible()).toBe(true);
    expect(await table.getByText("优", { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText("「办理网上信访件」未达到年度指标值", { exact: false }).isVisible()).toBe(true);
    expect(await page.getByText("「信访事项及时受理率」未达到年度指标值，但未填写偏差原因").isVisible()).toBe(true);

    mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    await page.screenshot({ path: path.join(OUT, "taskpane.png"), fullPage: true });
    copyFileSync(path.join(OUT, "taskpane.png"), path.join(ROOT, "docs/taskpane.png"));

    await page.getByRole("button", { name: "生成自评报告" }).click();
    await page.getByText("已生成工作表“自评报告”", { exact: false }).waitFor();
    expect(await probe(page, (p) => p.sheetNames())).toContain("自评报告");
    expect(await probe(page, (p) => p.text("自评报告"))).toContain("98.96");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("works from the keyboard alone: Tab to 一键计算, Enter; Tab to a finding, Enter selects its cell", async () => {
    const { page, errors } = await openPane();
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return {
          text: element?.textContent ?? "",
          tag: element?.tagName ?? "",
          visible: element?.hasAttribute("data-fui-focus-visible") ?? false,
        };
      });
    async function tabUntil(found: (focus: Awaited<ReturnType<typeof focused>>) => boolean) {
      for (let presses = 0; presses < 20; presses += 1) {
        await page.keyboard.press("Tab");
        const focus = await focused();
        if (found(focus)) return focus;
      }
      throw new Error("Tab never reached the element");
    }

    const button = await tabUntil((focus) => focus.tag === "BUTTON" && focus.text === "一键计算");
    expect(button.visible).toBe(true);
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: "信访工作经费" }).waitFor();
    expect(await probe(page, (p) => p.cell("项目自评表", "G21")?.value)).toBe(98.96);

    const finding = await tabUntil((focus) => focus.tag === "LI");
    expect(finding.text).toContain("「信访事项及时受理率」未达到年度指标值，但未填写偏差原因");
    expect(finding.visible).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as ProbeWindow).selfevalProbe.selection() !== null);
    expect(await probe(page, (p) => p.selection())).toEqual({ sheet: SHEET, address: "H16" });

    await page.keyboard.press("ArrowDown");
    expect((await focused()).text).toContain("「信访矛盾纠纷化解率」实际完成 98%");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as ProbeWindow).selfevalProbe.selection()?.address === "E18");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("explains outside Excel that it must run in Excel, with its buttons disabled", async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/taskpane.html`);
    await page.getByText("请在 Excel 中使用").waitFor();
    expect(await page.getByRole("button", { name: "一键计算" }).isDisabled()).toBe(true);
    await page.close();
  });
});
