import { renderFinding, SEVERITY_LABELS } from "../findings/render";
import type { Finding } from "../findings/types";
import { section, type ReportContext } from "./context";
import { indicatorLine } from "./indicatorLines";
import { paragraph } from "./runs";
import type { ReportParagraph, ReportSection } from "./types";

/** Findings listed in the report; the rest are on the 校验结果 sheet. */
export const MAX_REPORTED_FINDINGS = 20;

/**
 * 三、存在问题及改进措施 and 四、上年度问题整改情况: the indicators that missed their target (with their reasons) or
 * passed it far (target set too low), the errors and warnings a person must still resolve, and placeholders for the
 * other problems, the measures and the rectification of last year's problems.
 */
export function problemSections(ctx: ReportContext): ReportSection[] {
  const { text } = ctx;
  const lines = (ctx.main?.indicators ?? []).map(indicatorLine);
  const problems: ReportParagraph[] = [
    ...lines.filter((line) => line.status === "missed").map((line) => paragraph(text.problems.missed(line))),
    ...lines.filter((line) => line.status === "exceeded").map((line) => paragraph(text.problems.exceeded(line))),
    ...findingParagraphs(ctx),
    paragraph(text.problems.other),
  ];
  return [
    section(text.headings.issues, 1, []),
    section(text.headings.problems, 2, problems),
    section(text.headings.measures, 2, [paragraph(text.problems.measures)]),
    section(text.headings.rectification, 1, [paragraph(text.problems.rectification)]),
  ];
}

/** The errors and warnings, rendered as on the 校验结果 sheet, at most MAX_REPORTED_FINDINGS of them. */
function findingParagraphs(ctx: ReportContext): ReportParagraph[] {
  const { text, locale } = ctx;
  const open = ctx.findings.filter((f: Finding) => f.severity !== "info");
  if (open.length === 0) return [];
  const listed = open.slice(0, MAX_REPORTED_FINDINGS).map((f) => {
    const { message, suggestion } = renderFinding(f, locale);
    const severity = SEVERITY_LABELS[locale][f.severity];
    return paragraph(text.problems.finding({ severity, sheet: f.sheet, cell: f.cell, message, suggestion }));
  });
  const more = open.length > MAX_REPORTED_FINDINGS ? [paragraph(text.problems.findingsMore)] : [];
  return [paragraph(text.problems.findingsLead), ...listed, ...more];
}
