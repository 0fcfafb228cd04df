import type { WorkbookModel } from "./model";
import type { WorkbookResult } from "./results";
import type { RuleSet } from "./rules/types";
import { checkBudget } from "./checks/checkBudget";
import { computeRatios } from "./ratios/computeRatios";
import { createReadings } from "./scoring/readings";
import { scoreTable } from "./scoring/scoreTable";

/**
 * The engine's one entry point: the standard ratios and the arithmetic checks of the budget table, then every score
 * table scored with those ratios. Findings come budget first, then table by table, as the 校验结果 sheet lists them.
 */
export function evaluateWorkbook(model: WorkbookModel, rules: RuleSet): WorkbookResult {
  const ratios = model.budget ? computeRatios(model.budget) : null;
  const budgetFindings = model.budget ? checkBudget(model.budget) : [];
  const readings = createReadings();
  const tables = model.tables.map((table) => scoreTable(table, rules, ratios, readings));
  return {
    ruleSet: rules,
    tables,
    ratios,
    findings: [...budgetFindings, ...tables.flatMap((table) => table.findings)],
  };
}
