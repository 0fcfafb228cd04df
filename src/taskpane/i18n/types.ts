import type { TemplateKind } from "../../workbook/template/types";
import type { Severity } from "../../core/findings/types";

/**
 * Every text the pane shows. zh-CN and en-US each implement this type in full, so a key missing from either
 * catalogue is a compile error, not an empty label at run time.
 */
export type Messages = {
  readonly appTitle: string;
  readonly recalculate: string;
  readonly recalculating: string;
  readonly working: string;
  readonly clearMarks: string;
  readonly marksCleared: string;
  readonly insertTemplate: string;
  readonly templateKinds: { readonly [K in TemplateKind]: string };
  readonly templateInserted: (sheets: readonly string[]) => string;
  readonly draftReport: string;
  readonly reportDrafted: (sheet: string) => string;
  readonly downloadWord: string;
  readonly wordDownloaded: (file: string, sheet: string) => string;
  readonly settings: string;
  readonly outsideExcelTitle: string;
  readonly outsideExcelBody: string;
  readonly errorTitle: string;
  readonly unexpectedError: (detail: string) => string;
  readonly dismiss: string;
  readonly intro: string;
  readonly noTables: string;
  readonly total: string;
  readonly grade: string;
  readonly ungraded: string;
  readonly unscored: string;
  readonly levelsCaption: (table: string) => string;
  readonly level: string;
  readonly scoreOfWeight: string;
  readonly missed: string;
  readonly explanations: string;
  readonly errors: string;
  readonly countsLabel: string;
  readonly findingsTitle: string;
  readonly severity: { readonly [S in Severity]: string };
  readonly noFindings: string;
  readonly findingsList: (severity: string) => string;
  readonly goToCell: (where: string) => string;
  readonly settingsTitle: string;
  readonly settingsLoading: string;
  readonly rulePreset: string;
  readonly overAchievement: string;
  readonly overAchievementHint: string;
  readonly executionBase: string;
  readonly executionBaseAdjusted: string;
  readonly executionBaseInitial: string;
  readonly gradeCutoffs: string;
  readonly gradeAtLeast: (label: string) => string;
  readonly saveAndRecalculate: string;
  readonly cancel: string;
};
