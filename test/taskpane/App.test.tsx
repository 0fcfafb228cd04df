/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Locale } from "../../src/core/findings/render";
import { App } from "../../src/taskpane/App";
import type { PaneServices } from "../../src/taskpane/office/services";
import { cellAt } from "../hosts/office/fakeExcel";
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
    const { services, fake, view } = fakePane(projectWorkbook());
    renderApp(services);
    await user.click(await screen.findByRole("button", { name: "插入空白模板" }));
    await user.click(await screen.findByRole("menuitem", { name: "项目支出" }));

    expect(await screen.findByText("已插入工作表：项目支出绩效自评表。")).toBeTruthy();
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(["项目表", "项目支出绩效自评表"]);
    expect(view.active).toBe("项目支出绩效自评表");
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
