import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphStyleOptions,
} from "docx";
import { formatPercent, formatScore } from "../../core/format";
import type {
  Report,
  ReportParagraph,
  ReportRun,
  ReportSection,
  ScoreTableData,
  ScoreTableRow,
} from "../../core/report/types";

/**
 * The Word copy of the 自评报告, laid out as Chinese official documents are (GB/T 9704): A4, 仿宋 三号 body with a
 * two-character first-line indent and 28-point lines, 黑体 / 楷体 headings, a 小标宋 title. Fonts are named only; Word
 * or LibreOffice substitutes what the machine lacks. Figures are plain text; placeholders are highlighted yellow so a
 * person sees what is left to write. Built from the docx package alone, with no Node API, so the task pane can load it
 * on demand.
 */

/** Twips (1/20 point) and half-points, the units of WordprocessingML. */
const TWIPS_PER_CM = 567;
const pt = (points: number): number => points * 2;

const FONT = {
  title: "方正小标宋简体",
  level1: "黑体",
  level2: "楷体_GB2312",
  body: "仿宋_GB2312",
  latin: "Times New Roman",
} as const;

/** 三号 (16 pt) for the text, 二号 (22 pt) for the title, 小四 (12 pt) in the table, 四号 (14 pt) page numbers. */
const SIZE = { body: 16, title: 22, table: 12, footer: 14 } as const;

const BODY_LINE = 28 * 20;
const FIRST_LINE_INDENT = 2 * SIZE.body * 20;

/** A4 with the margins of GB/T 9704: 3.7 cm top, 3.5 cm bottom, 2.8 cm left, 2.6 cm right. */
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: {
    top: Math.round(3.7 * TWIPS_PER_CM),
    bottom: Math.round(3.5 * TWIPS_PER_CM),
    left: Math.round(2.8 * TWIPS_PER_CM),
    right: Math.round(2.6 * TWIPS_PER_CM),
  },
} as const;
const TEXT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right;
/** 一级指标 takes half the width; 分值, 得分, 得分率 share the rest. */
const COLUMN_WIDTHS = [TEXT_WIDTH / 2, TEXT_WIDTH / 6, TEXT_WIDTH / 6, TEXT_WIDTH / 6].map(Math.floor);

const fontOf = (eastAsia: string) => ({ eastAsia, ascii: FONT.latin, hAnsi: FONT.latin });

const HEADING: { readonly [L in ReportSection["level"]]: (typeof HeadingLevel)[keyof typeof HeadingLevel] } = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
};

/** Heading styles keep Word's outline (navigation pane) and take the official fonts: 黑体, 楷体, then 仿宋. */
function headingStyle(level: ReportSection["level"], font: string, bold: boolean): IParagraphStyleOptions {
  return {
    id: `Heading${level}`,
    name: `Heading ${level}`,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: fontOf(font), size: pt(SIZE.body), bold, color: "000000" },
    paragraph: { indent: { firstLine: FIRST_LINE_INDENT }, keepNext: true, outlineLevel: level - 1 },
  };
}

function runOf(run: ReportRun, size?: number): TextRun {
  return new TextRun({
    text: run.text,
    ...(size !== undefined ? { size: pt(size) } : {}),
    ...(run.kind === "placeholder" ? { highlight: "yellow" } : {}),
  });
}

function bodyParagraph(paragraph: ReportParagraph): Paragraph {
  return new Paragraph({ children: paragraph.runs.map((run) => runOf(run)), indent: { firstLine: FIRST_LINE_INDENT } });
}

function cellOf(value: string, bold: boolean, width: number, alignment: "left" | "center"): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: alignment === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line: 360, lineRule: LineRuleType.AUTO },
        children: [new TextRun({ text: value, bold, size: pt(SIZE.table) })],
      }),
    ],
  });
}

function tableRow(cells: readonly string[], bold: boolean): TableRow {
  return new TableRow({
    cantSplit: true,
    children: cells.map((value, index) =>
      cellOf(value, bold, COLUMN_WIDTHS[index] ?? 0, index === 0 && !bold ? "left" : "center"),
    ),
  });
}

const figures = (row: ScoreTableRow): string[] => [
  row.name,
  formatScore(row.weight),
  formatScore(row.score),
  row.rate === null ? "—" : formatPercent(row.rate),
];

function scoreTable(table: ScoreTableData): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    alignment: AlignmentType.CENTER,
    rows: [
      tableRow(table.header, true),
      ...table.rows.map((row) => tableRow(figures(row), false)),
      tableRow(figures(table.total), true),
    ],
  });
}

function sectionBlocks(section: ReportSection): (Paragraph | Table)[] {
  const heading = new Paragraph({ heading: HEADING[section.level], children: [new TextRun(section.heading)] });
  const blocks: (Paragraph | Table)[] = [heading, ...section.paragraphs.map(bodyParagraph)];
  // A paragraph after the table keeps the next heading from sticking to its last row.
  if (section.table) blocks.push(scoreTable(section.table), new Paragraph({ children: [] }));
  return blocks;
}

/** `— 1 —` centred at the foot of each page. */
const pageNumberFooter = (): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], size: pt(SIZE.footer), font: fontOf("宋体") }),
        ],
      }),
    ],
  });

/** The report as a .docx file's bytes. */
export async function buildDocx(report: Report): Promise<Uint8Array> {
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: BODY_LINE },
    children: [new TextRun({ text: report.title, font: fontOf(FONT.title), size: pt(SIZE.title) })],
  });
  const cover = report.cover.map((line) => new Paragraph({ children: line.runs.map((run) => runOf(run)) }));
  const document = new Document({
    title: report.title,
    styles: {
      default: {
        document: {
          run: { font: fontOf(FONT.body), size: pt(SIZE.body) },
          paragraph: { spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT }, alignment: AlignmentType.JUSTIFIED },
        },
      },
      paragraphStyles: [
        headingStyle(1, FONT.level1, false),
        headingStyle(2, FONT.level2, false),
        headingStyle(3, FONT.body, true),
        headingStyle(4, FONT.body, false),
      ],
    },
    sections: [
      {
        properties: { page: PAGE },
        footers: { default: pageNumberFooter() },
        children: [title, ...cover, new Paragraph({ children: [] }), ...report.sections.flatMap(sectionBlocks)],
      },
    ],
  });
  return Packer.pack(document, "uint8array");
}
