import { finding } from "../findings/types";
import { applyRuleText } from "../ruleText/applyRuleText";
import { parseRuleText } from "../ruleText/parseRuleText";
import { manual, scored, type Outcome, type ScorerInput } from "./outcome";
import { rowCell } from "./rowCell";

/**
 * A row of a department framework table whose 评分标准 cell states the rule (SPEC §3.3). The measured value — the
 * 实际完成值, or the ratio the budget table gave — goes through the rule; a rule the engine does not recognise, or
 * no value to measure, leaves the row to a person. The rule's points are capped at the row's 分值.
 */
export function scoreRuleText(input: ScorerInput<unknown>): Outcome {
  const { row, actual, weight } = input;
  const rule = parseRuleText(row.ruleText);
  if (rule.kind === "unrecognised") {
    return manual([finding("RULE_TEXT_UNRECOGNISED", row.at.row, { name: row.name, text: row.ruleText })], true);
  }
  if (actual.kind === "empty") return manual([], true);
  if (actual.kind !== "quantity") {
    return manual(
      [finding("ACTUAL_UNPARSEABLE", rowCell(row, "actual"), { name: row.name, text: actual.text })],
      false,
    );
  }
  const points = applyRuleText(rule, actual.value, weight);
  return points === null ? manual([], true) : scored(points, input);
}
