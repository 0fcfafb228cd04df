/** Comparison operators of a quantitative 指标值. */
export type Operator = ">=" | ">" | "<=" | "<" | "=";

/** Positive: more is better (≥ 不少于 达到). Reverse: less is better (≤ 不超过 低于, costs, failure rates). */
export type Direction = "positive" | "reverse";

/** How a target is scored; each kind owns one scorer (domain-rules §0 rows 3–8). */
export type TargetKind = "positive" | "reverse" | "equality" | "zero" | "comparative" | "qualitative";

/**
 * Things the parser noticed that do not change the arithmetic but a person should know:
 * `bare-number` (no operator: treated as ≥), `per-batch` (每批: compared with the minimum over batches),
 * `rider` (a clause after the number, e.g. 不留隐患, checked by a person), `direction-from-name` (reverse because
 * the indicator's name says 故障率/投诉率/成本…).
 */
export type TargetNote = "bare-number" | "per-batch" | "rider" | "direction-from-name";

/** What every target carries besides its kind. */
export type TargetBase = {
  /** The text as written in the cell. */
  readonly text: string;
  /** 每年, 全年, 年度, 每批, 每月, 每季度, 今年, 特护期 … kept as metadata. */
  readonly period: string | null;
  /** A trailing qualitative clause (`100%处置，不留隐患` → `不留隐患`). */
  readonly rider: string | null;
  readonly notes: readonly TargetNote[];
};

/** A number to reach (positive), stay under (reverse) or hit (equality, scored as positive). */
export type QuantitativeTarget = TargetBase & {
  readonly kind: "positive" | "reverse" | "equality";
  readonly operator: Operator;
  /** The number as written; percentages in percent points (`≥95%` → 95). */
  readonly value: number;
  /** `%`, `件`, `万元` …; null when the text has none. */
  readonly unit: string | null;
};

/** 零进京, 0次, 不发生: full marks at 0, nothing otherwise. */
export type ZeroTarget = TargetBase & { readonly kind: "zero"; readonly unit: string | null };

/** 与上年持平 / 只减不增 / 较上年下降X% / 较上年增长X%: needs the prior-year value. */
export type ComparativeTarget = TargetBase & {
  readonly kind: "comparative";
  readonly relation: "flat" | "no-increase" | "decrease" | "increase";
  /** The X of 下降X% / 增长X%, in percent points; null for 持平 and 只减不增. */
  readonly percent: number | null;
  /** The year named (`与2023年持平` → 2023); null for 上年. */
  readonly baseYear: number | null;
  readonly direction: Direction;
};

/** No number, or only evaluative words: scored in three tiers. */
export type QualitativeTarget = TargetBase & { readonly kind: "qualitative" };

export type Target = QuantitativeTarget | ZeroTarget | ComparativeTarget | QualitativeTarget;

/** What `parseTarget` returns: a target, or why it could not read the text (the row is then scored by hand). */
export type ParsedTarget = Target | { readonly kind: "unparseable"; readonly text: string; readonly reason: string };
