/**
 * A rule written in a 评分标准 cell of a department framework table (SPEC §3.3, domain-rules §3.10 B).
 * Thresholds are in the text's own terms: percent points for rates (`≥90%` → 90), counts for occurrences.
 * Points are absolute, as written (`计5分`); the caller caps them at the row's 分值.
 */
export type ScoringRule =
  | {
      /** `以100%为标准。…≦100%，计5分；每超过一个百分点扣0.5分，扣完为止` */
      readonly kind: "deduction";
      /** Full marks at or on the good side of this value. */
      readonly threshold: number;
      /** `above`: points are lost above the threshold (控制率 ≦100%); `below`: below it (≥95%, 每低于…). */
      readonly lossSide: "above" | "below";
      readonly fullMarks: number;
      /** Points lost per step (`扣0.5分`). */
      readonly perStep: number;
      /** Size of a step in the value's terms (`每超过一个百分点` → 1). */
      readonly step: number;
    }
  | {
      /** `≥90%，计5分；80%(含)-90%，计4分；…；低于60%不得分` */
      readonly kind: "bands";
      /** Checked in order; the first band that holds the value gives the points. */
      readonly bands: readonly {
        readonly min: number | null;
        readonly minInclusive: boolean;
        readonly max: number | null;
        readonly maxInclusive: boolean;
        readonly points: number;
      }[];
      readonly fullMarks: number;
    }
  | {
      /** `每出现一例不符合要求的扣1分，扣完为止`: the value is the count of occurrences. */
      readonly kind: "per-occurrence";
      readonly fullMarks: number | null;
      readonly perOccurrence: number;
    }
  | { readonly kind: "unrecognised"; readonly text: string };
