import { HostError } from "../../../src/hosts/office/errors";
import { selectCell } from "../../../src/taskpane/office/selectCell";
import { createFakeExcel, fakeWorkbookFromSnapshot } from "../../hosts/office/fakeExcel";
import { projectWorkbook } from "../projectWorkbook";

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one request", async () => {
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(projectWorkbook()));
    await selectCell((batch) => fake.run(batch), { sheet: "项目表", cell: "H9" });
    expect(fake.workbook).toMatchObject({ activeSheet: "项目表", selection: { sheet: "项目表", address: "H9" } });
    expect(fake.syncCount()).toBe(1);
  });

  it("fails with the host's error when the sheet is gone, selecting nothing", async () => {
    const fake = createFakeExcel(fakeWorkbookFromSnapshot(projectWorkbook()));
    await expect(selectCell((batch) => fake.run(batch), { sheet: "已删除", cell: "A1" })).rejects.toBeInstanceOf(
      HostError,
    );
    expect(fake.workbook.selection).toBeNull();
  });
});
