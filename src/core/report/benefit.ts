import { section, type ReportContext } from "./context";
import { benefitSide, indicatorLine, type BenefitSide } from "./indicatorLines";
import { paragraph } from "./runs";
import type { ReportRun, ReportSection } from "./types";

/**
 * 3.预算使用效益 over the main table's indicators: 经济性, 效果性 and 公平性, one paragraph per indicator — target,
 * actual, met / missed / over-achieved, score, and the 偏差原因 (a placeholder where one is required and missing).
 */
export function benefitSections(ctx: ReportContext): ReportSection[] {
  const { text } = ctx;
  const rows = ctx.main?.indicators ?? [];
  const side = (which: BenefitSide, heading: string, missing: readonly ReportRun[]): ReportSection => {
    const lines = rows.filter((result) => benefitSide(result) === which).map(indicatorLine);
    const paragraphs = lines.length > 0 ? lines.map((line) => paragraph(text.indicator(line))) : [paragraph(missing)];
    return section(heading, 4, paragraphs);
  };
  return [
    section(text.headings.benefit, 3, []),
    side("economy", text.headings.economy, text.benefit.economyMissing),
    side("effect", text.headings.effect, text.benefit.effectMissing),
    side("fairness", text.headings.fairness, text.benefit.fairnessMissing),
  ];
}
