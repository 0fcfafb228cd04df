/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from "node:util";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Locale } from "../../src/core/findings/render";
import { App } from "../../src/taskpane/App";
import type { PaneServices } from "../../src/taskpane/office/services";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { cellAt, dumpWorkbook, emptyWorkbook, sheetNamed } from "../hosts/office/fakeExcel";
import { projectWorkbook } from "./projectWorkbook";
import { fakePane } from "./services";

function renderApp(services: PaneServices | null, locale: Locale = "zh-CN") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App locale={locale} services={services} />
    </FluentProvider>,
  );
}

/** Fluent marks a disabled-but-focusable button with aria-disabled rather than the disabled attribute. */
const isDisabled = (element: HTMLElement): boolean =>
  element.hasAttribute("disabled") || element.getAttribute("aria-disabled") === "true";

async function recalculated(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "一键计算" }));
  return screen.findByRole("region", { name: "信访专项工作经费" });
}

/** The project table, and a sheet a person named 自评报告 themselves. */
function withOwnReportSheet(): WorkbookSnapshot {
  const own: SheetSnapshot = {
    name: "自评报告",
    protected: false,
    visibility: "visible",
    origin: { row: 0, col: 0 },
    values: [["我自己写的报告"]],
    formulas: [[null]],
    numberFormats: [["General"]],
    merges: [],
  };
  return { sheets: [...projectWorkbook().sheets, own] };
}

describe("App", () => {
  it("explains outside Excel that it must run inside Excel, with every action disabled", async () => {
    renderApp(null);
    expect(screen.getByText("请在 Excel 中使用")).toBeTruthy();
    for (const name of ["一键计算", "清除标记", "设置"])
      expect(isDisabled(screen.getByRole("button", { name }))).toBe(true);
    await waitFor(() => expect(isDisabled(screen.getByRole("button", { name: "插入空白模板" }))).toBe(true));
  });

  it("recalculates on 一键计算: writes the workbook and shows total, grade, levels and findings", async () => {
    const user = userEvent.setup();
    const { services, fake } = fakePane(projectWorkbook());
    renderApp(services);
    expect(screen.queryByText("请在 Excel 中使用")).toBeNull();
    const table = await recalculated(user);

    expect(cellAt(fake.workbook, "项目表", "H9")?.value).toBe(89);
    expect(within(table).getByText("89.00")).toBeTruthy();
    expect(within(table).getByText("良")).toBeTruthy();
    const levels = within(table).getByRole("table", { name: "信访专项工作经费：各一级指标得分" });
    const output = within(levels).getByRole("row", { name: /产出指标/ });
    expect(within(output).getByText("60.00 / 70.00")).toBeTruthy();
    const counts = within(table).getByLabelText("问题统计").textContent;
    expect(counts).toContain("未达标1");
    expect(counts).toContain("需说明原因3");
    expect(counts).toContain("错误0");
    expect(screen.getByText(/「处理信访件数」未达到年度指标值：/)).toBeTruthy();
    expect(screen.getByRole("button", { name: /警告/ })).toBeTruthy();
  });

  it("selects a finding's cell on click and on Enter", async () => {
    const user = userEvent.setup();
    const { services } = fakePane(projectWorkbook());
    const selectCell = jest.fn((_ref: unknown) => Promise.resolve());
    renderApp({ ...services, selectCell });
    await recalculated(user);

    const missed = screen.getByText(/「处理信访件数」未达到年度指标值：/).closest("li");
    if (!missed) throw new Error("the finding is not a list item");
    await user.click(missed);
    expect(selectCell).toHaveBeenLastCalledWith({ sheet: "项目表", cell: "F6" });

    const reason = screen.getByText(/「群众满意度」.*未填写偏差原因/).closest("li");
    reason?.focus();
    await user.keyboard("{Enter}");
    expect(selectCell).toHaveBeenLastCalledWith({ sheet: "项目表", cell: "I8" });
    expect(selectCell).toHaveBeenCalledTimes(2);
  });

  it("clears the marks on 清除标记, restoring the cells' fills", async () => {
    const user = userEvent.setup();
    const { services, fake } = fakePane(projectWorkbook());
    renderApp(services);
    await recalculated(user);
    expect(cellAt(fake.workbook, "项目表", "I6")?.fill).not.toBeNull();

    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText("已清除标记，单元格恢复了原来的底色。")).toBeTruthy();
    expect(cellAt(fake.workbook, "项目表", "I6")?.fill ?? null).toBeNull();
  });

  it("shows the host's Chinese message when Excel refuses, and keeps working", async () => {
    const user = userEvent.setup();
    const { services, fake } = fakePane(projectWorkbook());
    renderApp(services);
    fake.failNextSyncs("InvalidOperationInCellEditMode", 4);
    await user.click(screen.getByRole("button", { name: "一键计算" }));
    expect(await screen.findByText("请先完成单元格编辑（按 Enter 或 Esc），再点一键计算。")).toBeTruthy();
    expect(screen.getByText("操作未完成")).toBeTruthy();

    await recalculated(user);
    expect(screen.queryByText("操作未完成")).toBeNull();
  });

  it("saves the settings by recalculating with the new rules", async () => {
    const user = userEvent.setup();
    const { services, fake } = fakePane(projectWorkbook());
    renderApp(services);
    await recalculated(user);

    await user.click(screen.getByRole("button", { name: "设置" }));
    const dialog = await screen.findByRole("dialog", { name: "评分设置" });
    const excellent = within(dialog).getByRole("spinbutton", { name: "“优”不低于" });
    await user.clear(excellent);
    await user.type(excellent, "85{Tab}");
    await user.click(within(dialog).getByRole("button", { name: "保存并重新计算" }));

    await waitFor(() => expect(cellAt(fake.workbook, "项目表", "B10")?.value).toBe("优"));
    const table = await screen.findByRole("region", { name: "信访专项工作经费" });
    expect(within(table).getByText("优")).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("inserts a blank template as a new sheet from the 插入空白模板 menu", async () => {
    const user = userEvent.setup();
    const { services, fake } = fakePane(projectWorkbook());
    renderApp(services);
    await user.click(await screen.findByRole("button", { name: "插入空白模板" }));
    await user.click(await screen.findByRole("menuitem", { name: "项目支出" }));

    expect(await screen.findByText("已插入工作表：项目支出绩效自评表。")).toBeTruthy();
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(["项目表", "项目支出绩效自评表"]);
    expect(fake.workbook.activeSheet).toBe("项目支出绩效自评表");
  });

  it("drafts the report on 生成自评报告 beside a person's 自评报告 sheet, which it leaves untouched, and shows it", async () => {
    const user = userEvent.setup();
    const { services, fake } = fakePane(withOwnReportSheet());
    const own = () => dumpWorkbook({ ...emptyWorkbook(), sheets: [sheetNamed(fake.workbook, "自评报告")] });
    const before = own();
    renderApp(services);
    await recalculated(user);
    await user.click(screen.getByRole("button", { name: "生成自评报告" }));

    expect(await screen.findByText(/已生成工作表“自评报告 \(2\)”/, {}, { timeout: 20_000 })).toBeTruthy();
    expect(own()).toBe(before);
    const text = [...sheetNamed(fake.workbook, "自评报告 (2)").cells.values()].map((cell) => String(cell.value));
    expect(text.some((line) => line.includes("89.00"))).toBe(true);
    expect(fake.workbook.activeSheet).toBe("自评报告 (2)");
  });

  it("offers the report as a Word file on 下载 Word", async () => {
    const user = userEvent.setup();
    const { services } = fakePane(projectWorkbook());
    // jsdom has no object URLs (the Blob handed to one is the download), cannot follow the link, and has no
    // TextEncoder, which docx's zip writer uses; every browser and webview has all three.
    const createObjectURL = jest.fn((_blob: Blob) => "blob:report");
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    Object.assign(globalThis, { TextEncoder, TextDecoder });
    const downloads: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(`${this.download} ${this.href}`);
    });
    renderApp(services);
    await user.click(screen.getByRole("button", { name: "下载 Word" }));

    const done = "已下载 自评报告.docx，内容与工作表“自评报告”相同。";
    expect(await screen.findByText(done, {}, { timeout: 20_000 })).toBeTruthy();
    const [blob] = createObjectURL.mock.calls[0] ?? [];
    expect(blob?.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(blob?.size).toBeGreaterThan(5000);
    expect(downloads).toEqual(["自评报告.docx blob:report"]);
    expect(document.querySelector("a[download]")).toBeNull();
    click.mockRestore();
  });

  it("speaks English when Office's display language is English", async () => {
    const user = userEvent.setup();
    const { services } = fakePane(projectWorkbook());
    renderApp(services, "en-US");
    await user.click(screen.getByRole("button", { name: "Recalculate and check" }));
    const table = await screen.findByRole("region", { name: "信访专项工作经费" });
    expect(within(table).getByText("Total")).toBeTruthy();
    expect(screen.getByText(/“处理信访件数” missed its target: target/)).toBeTruthy();
  });
});
