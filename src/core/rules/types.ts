/** A grade cut-off: totals ≥ `min` get `label` (the first match in descending order). */
export type GradeBand = { readonly min: number; readonly label: string };

/** Fractions of the weight bounding each qualitative tier: [inclusive lower, upper]. */
export type QualitativeBands = {
  readonly met: readonly [number, number];
  readonly partly: readonly [number, number];
  readonly missed: readonly [number, number];
};

/**
 * A rule set: plain, serialisable data, so it can live in the workbook's state sheet and in `--rules rules.json`.
 * The default is `mof-2020` (SPEC §3.1); presets override some fields.
 */
export type RuleSet = {
  /** Kebab-case id, e.g. `mof-2020`. */
  readonly id: string;
  /** Display name in Chinese. */
  readonly name: string;
  /**
   * Reverse indicators above target: `ratio` = weight × target / actual (财预〔2020〕10号 wording);
   * `linear` = weight × (1 − (actual − target) / target), 0 at ≥ 2 × target (vendor practice).
   * @default "ratio"
   */
  readonly reverseMode: "ratio" | "linear";
  /** Actual ≥ this × target flags the row as over-achieved (explanation required). @default 1.2 */
  readonly overAchievementRatio: number;
  /** Grade cut-offs, highest first. @default 优 90, 良 80, 中 60, 差 0 */
  readonly grades: readonly GradeBand[];
  /** @default met [0.8, 1], partly [0.6, 0.8), missed [0, 0.6) */
  readonly qualitativeBands: QualitativeBands;
  /** The score pre-filled for each tier, as a fraction of the weight (our choice, not official). @default 1 / 0.7 / 0.3 */
  readonly qualitativePrefill: { readonly met: number; readonly partly: number; readonly missed: number };
  /** 执行率 denominator: `adjusted` = 全年预算数 (调整后), `initial` = 年初预算数. @default "adjusted" */
  readonly executionRateBase: "adjusted" | "initial";
  /** Weight of the 预算执行率 row in a project table. @default 10 */
  readonly fundWeight: number;
  /** Decimals each score is rounded to; totals are sums of rounded scores. @default 2 */
  readonly scoreDecimals: number;
  /** Largest total a table may reach. @default 100 */
  readonly maxTotal: number;
};
