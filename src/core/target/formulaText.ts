/**
 * Text that begins the way a formula does: a formula saved as text or pasted from the formula bar (`=1+1`,
 * `@SUM(A1)`, `=D6*95%`). No person wrote it as a target, and read as one it would give `= 1` or `≥ 1`. What follows
 * the sign decides; `=100%`, `=95%`, `+5%` and `-5%` are how people write targets (domain-rules §2a) and stay targets.
 */
const FORMULA_BODIES = [
  // SUM(…), _xlfn.CONCAT(…)
  /[A-Za-z_][\w.]*\(/,
  // A1, $D$6, 项目自评表!D6, '项目 自评表'!D6, followed by what may follow a reference in a formula
  /(?:(?:'(?:[^']|'')+'|[^\s'"!()=+\-*/]+)!)?\$?[A-Za-z]{1,3}\$?[1-9]\d*(?=$|[\s:+\-*/^&,)<>=%])/,
  // ="≥95%", =(1+1)
  /["(]/,
  // =1+1, =2000*2; not `-`, which between two numbers is a range (`2000-3000件`) and refused as one
  /\d+(?:\.\d+)?%? ?[+*/^&]/,
];

const FORMULA = new RegExp(`^[=+\\-@] ?(?:${FORMULA_BODIES.map((body) => body.source).join("|")})`);

/** Why such a target is refused. */
export const FORMULA_TEXT_REASON =
  "指标值是以“=”“+”“-”“@”开头的公式文本，不是填写的目标值，请写成“≥95%”“不少于2000件”等形式";

/** Whether a normalised 年度指标值 (full width folded, spaces collapsed) begins like a formula. */
export function looksLikeFormula(normalised: string): boolean {
  return FORMULA.test(normalised);
}
