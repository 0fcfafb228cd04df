import type { Finding } from "../../core/findings/types";
import type { FundBlock, ScoreTable } from "../../core/model";
import { labelKey } from "../../core/text/normalise";
import type { OwnedValue } from "./entered";
import type { Header } from "./findHeaders";
import type { Grid } from "./grid";
import { missingColumns } from "./missingColumns";
import { readFundBlock } from "./readFundBlock";
import { readIndicatorBlock, type IndicatorBlock } from "./readIndicatorBlock";
import { readTableContext, type TableContext } from "./readTableContext";

/** The score tables of one sheet and what could not be read in them. */
export type ScoreTablesReading = { readonly tables: readonly ScoreTable[]; readonly findings: readonly Finding[] };

const TABLE_NAME = { project: "项目支出绩效自评表", department: "部门整体支出绩效自评表" } as const;
const FUND_NAME = "项目资金";

/** A block under a header runs until the next header, or to the end of the sheet. */
type Span = { readonly header: Header; readonly stop: number };

/**
 * Reads every project and department table of a sheet from its fund, indicator and framework headers (top to
 * bottom, no budget headers). A fund block belongs to the indicator table below it; the lines between the previous
 * table and a table's first header (项目名称, the title) describe it.
 */
export function readScoreTables(grid: Grid, headers: readonly Header[], owned: OwnedValue): ScoreTablesReading {
  const tables: ScoreTable[] = [];
  const findings: Finding[] = [];
  let from = grid.top;
  let fundSpan: Span | null = null;
  const readFund = (span: Span | null): FundBlock | null => {
    if (!span) return null;
    findings.push(...missingColumns(grid, span.header, FUND_NAME));
    const reading = readFundBlock(grid, span.header, span.stop, owned);
    findings.push(...(reading?.findings ?? []));
    return reading?.fund ?? null;
  };
  const flushFund = (): void => {
    const fund = fundSpan && readFund(fundSpan);
    if (fundSpan && fund) {
      const context = readTableContext(grid, from, fundSpan.header.row);
      tables.push(scoreTable(grid, fundSpan.header, context, fund, null));
    }
    fundSpan = null;
  };

  headers.forEach((header, index) => {
    const stop = headers[index + 1]?.row ?? grid.bottom + 1;
    if (header.kind === "fund") {
      flushFund();
      fundSpan = { header, stop };
      return;
    }
    const context = readTableContext(grid, from, fundSpan?.header.row ?? header.row);
    const fund = readFund(fundSpan);
    fundSpan = null;
    const block = readIndicatorBlock(grid, header, stop, owned);
    const table = scoreTable(grid, header, context, fund, block);
    findings.push(...missingColumns(grid, header, TABLE_NAME[table.kind]), ...block.findings);
    tables.push(table);
    from = block.lastRow + 1;
  });
  flushFund();
  return { tables, findings };
}

function scoreTable(
  grid: Grid,
  header: Header,
  context: TableContext,
  fund: FundBlock | null,
  block: IndicatorBlock | null,
): ScoreTable {
  const department = header.kind === "framework" || context.department || labelKey(grid.sheet).includes("部门整体");
  const indicators = block?.indicators ?? [];
  const declaredWeights = block?.declaredWeights ?? [];
  const level1Names = [
    ...indicators.map((row) => row.level1),
    ...declaredWeights.filter((declared) => declared.level === 1).map((declared) => declared.name),
  ];
  return {
    kind: department ? "department" : "project",
    sheet: grid.sheet,
    title: context.title,
    fund,
    indicators,
    declaredWeights,
    enteredTotal: block?.total?.entered ?? null,
    enteredGrade: block?.grade?.entered ?? null,
    hasBonus: level1Names.some((name) => name.includes("加分")),
    at: {
      header: grid.ref(header.row, header.left),
      ...(block?.total?.at ? { total: block.total.at } : {}),
      ...(block?.grade?.at ? { grade: block.grade.at } : {}),
    },
  };
}
