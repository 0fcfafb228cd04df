import { HostError } from "../../../src/hosts/office/errors";
import { selectCell } from "../../../src/taskpane/office/selectCell";
import { createFakeExcel, fakeWorkbookFromSnapshot } from "../../hosts/office/fakeExcel";
import { projectWorkbook } from "../projectWorkbook";
import { withViewCalls } from "./fakeViewCalls";

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one request", async () => {
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(projectWorkbook()));
    const { run, view } = withViewCalls(fake);
    await selectCell(run, { sheet: "项目表", cell: "H9" });
    expect(view).toEqual({ active: "项目表", selection: { sheet: "项目表", cell: "H9" } });
    expect(fake.syncCount()).toBe(1);
  });

  it("fails with the host's error when the sheet is gone, selecting nothing", async () => {
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(projectWorkbook()));
    const { run, view } = withViewCalls(fake);
    await expect(selectCell(run, { sheet: "已删除", cell: "A1" })).rejects.toBeInstanceOf(HostError);
    expect(view.selection).toBeNull();
  });
});
