import { Subtitle2 } from "@fluentui/react-components";
import type { Locale } from "../../../core/findings/render";
import type { CellRef } from "../../../core/location";
import type { Analysis } from "../../../workbook/analyse";
import type { Messages } from "../../i18n";
import { FindingsList } from "../FindingsList";
import { ResultSummary } from "../ResultSummary";
import { useResultsStyles } from "./useResultsStyles";

export type ResultsProps = {
  readonly analysis: Analysis;
  readonly locale: Locale;
  readonly onSelect: (ref: CellRef) => void;
  readonly t: Messages;
};

/** What a recalculation found: the tables' scores, then every finding. */
export function Results({ analysis, locale, onSelect, t }: ResultsProps) {
  const styles = useResultsStyles();
  return (
    <div className={styles.root}>
      <ResultSummary tables={analysis.result.tables} grades={analysis.ruleSet.grades} t={t} />
      <Subtitle2 as="h2" className={styles.heading}>
        {t.findingsTitle}
      </Subtitle2>
      <FindingsList findings={analysis.findings} locale={locale} onSelect={onSelect} t={t} />
    </div>
  );
}
