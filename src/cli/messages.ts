import { UNREADABLE_REASON_ZH, type UnreadableReason } from "../hosts/xlsx/errors";
import type { Lang } from "./lang";

/** Every text the command line prints, in each language. Figures are formatted by the caller. */
export type Messages = {
  readonly help: string;
  readonly usage: (problem: string) => string;
  readonly unknownCommand: (name: string) => string;
  /** Node's own parser message (in English), for an unknown option or a missing option value. */
  readonly badArguments: (detail: string) => string;
  readonly missingInputs: string;
  readonly badChoice: (option: string, value: string, choices: readonly string[]) => string;
  readonly missingOption: (option: string) => string;
  readonly rulesUnreadable: (file: string, detail: string) => string;
  readonly unreadable: { readonly [R in UnreadableReason]: string };
  readonly cannotRead: (file: string, reason: string) => string;
  readonly wouldOverwrite: (file: string) => string;
  readonly failed: (file: string, detail: string) => string;
  readonly noXlsxInFolder: (folder: string) => string;
  readonly cannotCreateOut: (dir: string, detail: string) => string;
  readonly columns: {
    readonly file: string;
    readonly tables: string;
    readonly total: string;
    readonly grade: string;
    readonly errors: string;
    readonly warnings: string;
  };
  readonly summary: (checked: number, failed: number, outDir: string) => string;
  readonly templateWritten: (file: string) => string;
  readonly oneReportFile: string;
  readonly reportWritten: (file: string, sheet: string) => string;
  readonly docxWritten: (file: string) => string;
  readonly docxOverInput: (file: string) => string;
  readonly reportScored: (total: string, grade: string, errors: number, warnings: number) => string;
  readonly reportNotScored: string;
};

const HELP_ZH = `selfeval — 绩效自评表检查工具

用法：
  selfeval check <文件.xlsx|文件夹>… [选项]   计算并检查自评表，把填好、标好的副本写入输出文件夹
  selfeval template --kind <类型> --out <文件>  生成空白标准表（project 项目支出 | department 部门整体 | budget 预算收支）
  selfeval report <文件> [--docx <输出>]        生成自评报告工作表（写入副本），--docx 另存 Word 文档
  selfeval --version                           显示版本

check 的选项：
  --out <文件夹>        副本写入的文件夹（默认 selfeval-out/；从不修改输入文件）
  --rules <名称|文件>   规则集：预设名称（如 mof-2020）或 rules.json
  --json                输出一份 JSON 文档，而不是逐行摘要
  --fail-on <级别>      error（默认）| warning | never：存在该级别及以上的问题时退出码为 1
  --lang <语言>         zh（默认）| en

退出码：0 无问题；1 存在 --fail-on 级别及以上的问题；2 有文件无法读取（其余文件照常处理）。
`;

const HELP_EN = `selfeval — checks performance self-evaluation workbooks (绩效自评表)

Usage:
  selfeval check <file.xlsx|folder>… [options]  score and check, writing filled, highlighted copies to a folder
  selfeval template --kind <kind> --out <file>   write a blank standard workbook (project | department | budget)
  selfeval report <file> [--docx <out>]          write the 自评报告 sheet into a copy; --docx also a Word file
  selfeval --version                             print the version

Options of check:
  --out <folder>         where the copies go (default selfeval-out/; inputs are never modified)
  --rules <name|file>    rule set: a preset id (e.g. mof-2020) or a rules.json file
  --json                 print one JSON document instead of one line per file
  --fail-on <severity>   error (default) | warning | never: exit 1 when a finding at or above it exists
  --lang <language>      zh (default) | en

Exit codes: 0 no problem; 1 a finding at or above --fail-on; 2 a file could not be read (the others are processed).
`;

const ZH: Messages = {
  help: HELP_ZH,
  usage: (problem) => `${problem}\n运行 selfeval --help 查看用法。\n`,
  unknownCommand: (name) => `未知命令：${name}`,
  badArguments: (detail) => `命令行参数有误（${detail}）`,
  missingInputs: "请至少指定一个 .xlsx 文件或文件夹",
  badChoice: (option, value, choices) => `${option} 的值「${value}」无效，可选：${choices.join(" | ")}`,
  missingOption: (option) => `缺少 ${option}`,
  rulesUnreadable: (file, detail) => `无法读取规则文件 ${file}：${detail}`,
  unreadable: UNREADABLE_REASON_ZH,
  cannotRead: (file, reason) => `无法读取 ${file}：${reason}`,
  wouldOverwrite: (file) => `副本会覆盖输入文件 ${file}，已跳过；请用 --out 指定其他文件夹`,
  failed: (file, detail) => `处理 ${file} 时出错：${detail}`,
  noXlsxInFolder: (folder) => `文件夹 ${folder} 中没有 .xlsx 文件`,
  cannotCreateOut: (dir, detail) => `无法创建输出文件夹 ${dir}：${detail}`,
  columns: { file: "文件", tables: "表格", total: "总分", grade: "等级", errors: "错误", warnings: "警告" },
  summary: (checked, failed, outDir) =>
    `共检查 ${checked} 个文件${failed > 0 ? `，${failed} 个无法处理` : ""}；填好的副本在 ${outDir}`,
  templateWritten: (file) => `已生成空白表：${file}`,
  oneReportFile: "selfeval report 一次处理一个工作簿。",
  reportWritten: (file, sheet) => `已写入自评报告：${file}（工作表「${sheet}」）`,
  docxWritten: (file) => `已写入 Word 文档：${file}`,
  docxOverInput: (file) => `Word 文档会覆盖输入文件 ${file}，已停止；请用 --docx 指定其他文件`,
  reportScored: (total, grade, errors, warnings) =>
    `综合评分 ${total}，等级 ${grade}；错误 ${errors} 项，警告 ${warnings} 项`,
  reportNotScored: "尚无综合评分",
};

const EN: Messages = {
  help: HELP_EN,
  usage: (problem) => `${problem}\nRun selfeval --help for usage.\n`,
  unknownCommand: (name) => `Unknown command: ${name}`,
  badArguments: (detail) => `Bad arguments (${detail})`,
  missingInputs: "Name at least one .xlsx file or folder",
  badChoice: (option, value, choices) => `Invalid ${option} "${value}"; expected ${choices.join(" | ")}`,
  missingOption: (option) => `Missing ${option}`,
  rulesUnreadable: (file, detail) => `Cannot read the rules file ${file}: ${detail}`,
  unreadable: {
    missing: "no such file",
    denied: "permission denied",
    directory: "it is a folder",
    "not-xlsx": "not a valid .xlsx workbook (damaged, or another format renamed)",
    "too-large":
      "a sheet's used range spans more than 5 million cells (Excel's limit for one read), usually stray content far away; delete it and retry",
  },
  cannotRead: (file, reason) => `Cannot read ${file}: ${reason}`,
  wouldOverwrite: (file) => `The copy would overwrite the input ${file}; skipped. Choose another folder with --out`,
  failed: (file, detail) => `Failed on ${file}: ${detail}`,
  noXlsxInFolder: (folder) => `No .xlsx file in the folder ${folder}`,
  cannotCreateOut: (dir, detail) => `Cannot create the output folder ${dir}: ${detail}`,
  columns: { file: "File", tables: "Tables", total: "Total", grade: "Grade", errors: "Errors", warnings: "Warnings" },
  summary: (checked, failed, outDir) =>
    `${checked} file(s) checked${failed > 0 ? `, ${failed} could not be processed` : ""}; filled copies in ${outDir}`,
  templateWritten: (file) => `Blank workbook written: ${file}`,
  oneReportFile: "selfeval report takes one workbook at a time.",
  reportWritten: (file, sheet) => `Report written: ${file} (sheet "${sheet}")`,
  docxWritten: (file) => `Word document written: ${file}`,
  docxOverInput: (file) =>
    `The Word document would overwrite the input ${file}; stopped. Choose another file with --docx`,
  reportScored: (total, grade, errors, warnings) =>
    `Total score ${total}, grade ${grade}; ${errors} error(s), ${warnings} warning(s)`,
  reportNotScored: "No total score yet",
};

export const MESSAGES: { readonly [L in Lang]: Messages } = { zh: ZH, en: EN };
