/** Standard 绩效自评表 layouts as plain data: blank forms for `selfeval template`, filled ones for the samples. */
export { blankTemplate } from "./blankTemplate";
export { indicatorTable, STANDARD_HEADER } from "./indicatorTable";
export type { IndicatorLine, FundLine, InfoLine, IndicatorHeader, IndicatorTableSpec } from "./indicatorTable";
export { budgetTable, STANDARD_BUDGET_COLUMNS, STANDARD_BUDGET_ITEMS } from "./budgetTable";
export type { BudgetLine, BudgetTableSpec } from "./budgetTable";
export { SheetBuilder, cell, head, wrapped, title, figure, blanks, HEADER_FILL } from "./sheetBuilder";
export type { TemplateKind, TemplateSheet, Entry } from "./types";
