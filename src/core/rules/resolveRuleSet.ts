import { fail, ok, type Result } from "../result";
import type { QualitativeTierName } from "../findings/types";
import type { RuleSet } from "./types";
import { MOF_2020 } from "./mof2020";
import { PRESETS } from "./presets";
import { deepFreeze } from "./deepFreeze";

type Fields = { [key: string]: unknown };
/** Checks one field of the merged rule set; returns why it is invalid, or null. */
type Check = (value: unknown, all: Fields) => string | null;

const TIERS: readonly QualitativeTierName[] = ["met", "partly", "missed"];
/** Objects a workbook may override one key at a time (`{ qualitativePrefill: { partly: 0.75 } }`). */
const NESTED = new Set(["qualitativeBands", "qualitativePrefill"]);

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isFields = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isTextList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");
const shown = (value: unknown): string => JSON.stringify(value) ?? String(value);

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? null : "须为非空文字";
const oneOf =
  (...allowed: readonly string[]): Check =>
  (value) =>
    typeof value === "string" && allowed.includes(value) ? null : `须为 ${allowed.join(" 或 ")} 之一`;
const numberIn =
  (min: number, max: number, integer = false): Check =>
  (value) =>
    isNumber(value) && value >= min && value <= max && (!integer || Number.isInteger(value))
      ? null
      : `须为 ${min}–${max} 之间的${integer ? "整数" : "数"}`;

const grades: Check = (value) => {
  if (!Array.isArray(value) || value.length === 0) return "须为非空的等级列表";
  let previous = Infinity;
  for (const band of value as unknown[]) {
    if (!isFields(band) || !isNumber(band.min) || text(band.label) !== null)
      return "每一档须为 { min: 数, label: 文字 }";
    if (band.min >= previous) return "各档分数线须从高到低排列";
    previous = band.min;
  }
  return null;
};

/** Each tier is [lower, upper] inside [0, 1], and the tiers descend without overlapping: 达成 ≥ 部分达成 ≥ 未达成. */
const qualitativeBands: Check = (value) => {
  if (!isFields(value)) return "须含 met、partly、missed 三档";
  let above = 1;
  for (const tier of TIERS) {
    const band = value[tier];
    if (!Array.isArray(band) || band.length !== 2 || !band.every(isNumber)) return `${tier} 须为 [下限, 上限] 两个数`;
    const [low, high] = band as [number, number];
    if (low < 0 || high > 1 || low > high) return `${tier} 须在 0–1 之间且下限不大于上限`;
    if (high > above) return `${tier} 与上一档重叠`;
    above = low;
  }
  return null;
};

/** A pre-filled score must fall in its own tier, or every pre-filled row would be flagged out of band. */
const qualitativePrefill: Check = (value, all) => {
  if (!isFields(value)) return "须含 met、partly、missed 三档";
  const bands = all.qualitativeBands as RuleSet["qualitativeBands"];
  for (const tier of TIERS) {
    const fraction = value[tier];
    const [low, high] = bands[tier];
    const inBand = isNumber(fraction) && fraction >= low && (tier === "met" ? fraction <= high : fraction < high);
    if (!inBand) return `${tier} 须落在该档的区间 [${low}, ${high}${tier === "met" ? "]" : ")"} 内`;
  }
  return null;
};

/** Every field with its check and its Chinese label; bands come before the pre-fill that is checked against them. */
const FIELDS: { readonly [K in keyof RuleSet]: { readonly label: string; readonly check: Check } } = {
  id: { label: "规则编号", check: text },
  name: { label: "规则名称", check: text },
  reverseMode: { label: "反向指标计分方式", check: oneOf("ratio", "linear") },
  overAchievementRatio: { label: "超额完成提示倍数", check: numberIn(1, 100) },
  grades: { label: "等级分数线", check: grades },
  qualitativeBands: { label: "定性指标档次区间", check: qualitativeBands },
  qualitativePrefill: { label: "定性指标预填比例", check: qualitativePrefill },
  executionRateBase: { label: "预算执行率分母", check: oneOf("adjusted", "initial") },
  fundWeight: { label: "预算执行率分值", check: numberIn(0, 100) },
  scoreDecimals: { label: "得分小数位数", check: numberIn(0, 4, true) },
  maxTotal: { label: "满分", check: numberIn(1, 1000) },
};

const isField = (key: string): key is keyof RuleSet => Object.prototype.hasOwnProperty.call(FIELDS, key);

/**
 * The rule set a workbook or `--rules` asks for: nothing (→ `mof-2020`), a preset id, or an object
 * `{ presets?: string[]; …RuleSet fields }` laid over `mof-2020` in that order (presets first, then the fields).
 * Every field of the result is checked; an invalid one gives a Chinese error naming it. The result is frozen.
 */
export function resolveRuleSet(input: unknown): Result<RuleSet, string> {
  if (input === undefined || input === null) return ok(MOF_2020);
  if (typeof input === "string") return resolveRuleSet({ presets: [input] });
  if (!isFields(input)) return fail(`评分规则须为规则名称或设置对象，现为 ${shown(input)}`);

  const { presets = [], ...overrides } = input;
  if (!isTextList(presets)) return fail("presets（预设规则）须为规则名称的列表");
  const ids = presets.filter((id) => id !== MOF_2020.id);
  const unknownPreset = ids.find((id) => !Object.prototype.hasOwnProperty.call(PRESETS, id));
  if (unknownPreset !== undefined)
    return fail(`presets（预设规则）中的「${unknownPreset}」不是已知的规则，可选：${Object.keys(PRESETS).join("、")}`);
  const unknownKey = Object.keys(overrides).find((key) => !isField(key));
  if (unknownKey !== undefined) return fail(`未知的设置项「${unknownKey}」`);

  const fromPresets = ids.map((id): Fields => PRESETS[id]).reduce(layer, MOF_2020);
  const merged = layer({ ...fromPresets, ...identity(ids, Object.keys(overrides).length > 0) }, overrides);
  for (const [key, { label, check }] of Object.entries(FIELDS)) {
    const problem = check(merged[key], merged);
    if (problem !== null) return fail(`${key}（${label}）${problem}，现为 ${shown(merged[key])}`);
  }
  // A copy, so freezing never reaches into the caller's object; every value is checked plain JSON by now.
  return ok(deepFreeze(JSON.parse(JSON.stringify(merged)) as RuleSet));
}

/** Lays one preset or override object over the rule set so far; nested tier objects merge key by key. */
function layer(base: Fields, over: Fields): Fields {
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const below = base[key];
    out[key] = NESTED.has(key) && isFields(value) && isFields(below) ? { ...below, ...value } : value;
  }
  return out;
}

/**
 * The id and name a combination gets unless the caller's fields name it: `mof-2020+linear-reverse`, and `+custom`
 * when fields were changed by hand, so the JSON output and the state sheet say which rules scored the workbook.
 */
function identity(ids: readonly string[], custom: boolean): Pick<RuleSet, "id" | "name"> {
  const parts = [...ids, ...(custom ? ["custom"] : [])];
  const names = [...ids.map((id) => PRESETS[id].name), ...(custom ? ["自定义"] : [])];
  return parts.length === 0
    ? { id: MOF_2020.id, name: MOF_2020.name }
    : { id: [MOF_2020.id, ...parts].join("+"), name: [MOF_2020.name, ...names].join(" + ") };
}
