import { parseBudgetLabel } from "../../../src/workbook/read/budgetLabel";

describe("parseBudgetLabel", () => {
  it.each([
    ["收入合计", "incomeTotal"],
    ["一般公共预算财政拨款收入", "fiscalIncome"],
    ["其中：财政拨款收入", "fiscalIncome"],
    ["（一）基本支出", "basicExpenditure"],
    ["1.工资福利支出", "personnel"],
    ["商品和服务支出（万元）", "goodsAndServices"],
    ["对个人和家庭的补助", "householdSubsidies"],
    ["资本性支出", "capital"],
    ["二、项目支出", "projectExpenditure"],
    ["“三公”经费", "threePublic"],
    ["三公经费", "threePublic"],
    ["(1)因公出国（境）费", "travelAbroad"],
    ["公务用车购置及运行费", "officialVehicles"],
    ["公务接待费", "officialReception"],
    ["公用经费", "publicFunds"],
    ["政府采购", "procurement"],
    ["编制数（人）", "authorisedStaff"],
    ["实有人数", "actualStaff"],
    ["在职人数", "actualStaff"],
    ["在用固定资产", "fixedAssetsInUse"],
    ["固定资产总额", "fixedAssetsTotal"],
    ["结转结余", "carryover"],
    ["社会保障和就业支出", null],
  ])("%p is %p", (text, key) => {
    expect(parseBudgetLabel(text).key).toBe(key);
  });

  it.each([
    ["一、收入合计", 1],
    ["（一）基本支出", 2],
    ["(一)基本支出", 2],
    ["1.工资福利支出", 3],
    ["1、工资福利支出", 3],
    ["（1）因公出国（境）费", 4],
    ["①公务接待费", 5],
    ["1.5万元以下", 0],
    ["基本支出", 0],
  ])("numbers %p at rank %p", (text, rank) => {
    expect(parseBudgetLabel(text).numbering).toBe(rank);
  });

  it("measures indentation with an ideographic space as two columns and sees 其中", () => {
    expect(parseBudgetLabel("\u3000\u3000其中：公务接待费")).toMatchObject({
      indent: 4,
      partOf: true,
      name: "公务接待费",
      key: "officialReception",
    });
    expect(parseBudgetLabel("  工资福利支出")).toMatchObject({ indent: 2, partOf: false });
  });
});
