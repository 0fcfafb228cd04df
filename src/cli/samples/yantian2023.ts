import { budgetTable } from "../../workbook/template/budgetTable";
import type { Sample } from "./types";

/**
 * 深圳市盐田区信访局 2023 (seed 004): 申报预算 922.56, 调整后 797.14, 执行 793.84 (99.59 %), 政府采购 2.6 / 2.58
 * (99.23 %). The parts are plausible figures that add up. Messy as real files are: a two-line header, some amounts
 * typed as text with thousands separators, a note row.
 */
export const yantian2023: Sample = {
  file: "盐田区信访局-2023-预算.xlsx",
  sheets: [
    budgetTable({
      sheetName: "2023年预算收支表",
      title: "深圳市盐田区信访局2023年度部门预算收支情况表",
      subtitle: "编制单位：深圳市盐田区信访局",
      columns: ["年初预算数\n（申报）", "调整预算数", "调整后\n预算数", "全年\n执行数", "上年执行数"],
      items: [
        { label: "收入合计", amounts: [922.56, -125.42, 797.14, 793.84] },
        { label: "　　其中：财政拨款收入", amounts: ["922.56", "-125.42", "797.14", "793.84"] },
        { label: "支出合计", amounts: [922.56, -125.42, 797.14, 793.84] },
        { label: "　　基本支出", amounts: [612.3, -38.2, 574.1, 572.96] },
        { label: "　　　　其中：工资福利支出", amounts: [520.4, -30, 490.4, 489.75] },
        { label: "　　　　　　　商品和服务支出", amounts: [78.5, -8.2, 70.3, 69.83] },
        { label: "　　　　　　　对个人和家庭的补助", amounts: [13.4, 0, 13.4, 13.38] },
        { label: "　　项目支出", amounts: [310.26, -87.22, 223.04, 220.88] },
        { label: "“三公”经费", amounts: [6, -1, 5, 4.62, 5.12] },
        { label: "　　其中：因公出国（境）费", amounts: [0, 0, 0, 0, 0] },
        { label: "　　　　　公务用车购置及运行费", amounts: [3.5, -0.6, 2.9, 2.71, 3.02] },
        { label: "　　　　　公务接待费", amounts: [2.5, -0.4, 2.1, 1.91, 2.1] },
        { label: "公用经费", amounts: [68, -5, 63, 61.27] },
        { label: "政府采购", amounts: [2.6, 0, 2.6, 2.58] },
        { label: "编制数（人）", amounts: [null, null, null, 22] },
        { label: "在职人数（人）", amounts: [null, null, null, 20] },
        { label: "固定资产总额", amounts: [null, null, null, "156.80"] },
        { label: "　　其中：在用固定资产", amounts: [null, null, null, 150.2] },
      ],
      notes: ["注：2023年度部门预算申报数922.56万元，年中按区财政统一安排调减125.42万元。"],
    }),
  ],
};
