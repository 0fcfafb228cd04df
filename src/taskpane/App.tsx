import { Body1, Button, ProgressBar, Title3 } from "@fluentui/react-components";
import { ArrowDownloadRegular, CalculatorRegular, DocumentTextRegular, SettingsRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import type { Locale } from "../core/findings/render";
import type { CellRef } from "../core/location";
import type { TemplateSheet } from "../workbook/template/types";
import { Notices } from "./components/Notices";
import type { Notice } from "./hooks/notice";
import { useWorkbookActions } from "./hooks/useWorkbookActions";
import { messagesFor } from "./i18n";
import type { PaneServices } from "./office/services";
import { useAppStyles, useBodyStyles } from "./useAppStyles";

// Loaded on demand, which keeps the pane's initial script well under the 150 KB gzip budget of SPEC §8 (React and
// Fluent's core alone take about 90 KB): the results view (accordion, list, table: about 40 KB) is needed only once
// a recalculation is done and is prefetched while the pane is idle, like the engine (see useWorkbookActions); the
// template menu and the settings dialog (popover positioning, dialog, form controls, template builders) are rarely
// used.
const Results = lazy(() =>
  import(/* webpackChunkName: "results", webpackPrefetch: true */ "./components/Results").then((module) => ({
    default: module.Results,
  })),
);
const TemplateMenu = lazy(() =>
  import(/* webpackChunkName: "template-menu" */ "./components/TemplateMenu").then((module) => ({
    default: module.TemplateMenu,
  })),
);
const SettingsDialog = lazy(() =>
  import(/* webpackChunkName: "settings" */ "./components/SettingsDialog").then((module) => ({
    default: module.SettingsDialog,
  })),
);

export type AppProps = {
  readonly locale: Locale;
  /** Excel's services; null outside Excel, where the pane explains itself and its buttons are disabled. */
  readonly services: PaneServices | null;
};

export function App({ locale, services }: AppProps) {
  useBodyStyles();
  const styles = useAppStyles();
  const t = messagesFor(locale);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  // The dialog's code is fetched on the first opening and the dialog then stays mounted, so that Fluent can close it
  // properly (focus back to 设置, the pane readable again by screen readers).
  const [settingsUsed, setSettingsUsed] = useState(false);
  const { busy, run, recalculate, clearMarks, draftReport, downloadWord } = useWorkbookActions(
    services,
    locale,
    setNotice,
  );
  const known = useMemo(() => run && { settings: run.analysis.settings, ruleSet: run.analysis.ruleSet }, [run]);

  const selectCell = useCallback(
    (ref: CellRef) => {
      services?.selectCell(ref).catch((error: unknown) => setNotice({ kind: "error", error }));
    },
    [services],
  );
  const insertTemplate = useCallback(
    (sheets: readonly TemplateSheet[]) => {
      setNotice(null);
      services?.insertTemplate(sheets).then(
        (names) => setNotice({ kind: "templateInserted", sheets: names }),
        (error: unknown) => setNotice({ kind: "error", error }),
      );
    },
    [services],
  );

  const offline = services === null;
  // Busy buttons stay focusable (disabledFocusable), so that keyboard focus stays on the button that was pressed.
  const blocked = busy !== null;
  return (
    <main className={styles.root} aria-busy={blocked}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t.appTitle}
        </Title3>
        <Body1 className={styles.intro}>{t.intro}</Body1>
      </header>
      <Notices inExcel={!offline} notice={notice} onDismiss={() => setNotice(null)} t={t} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<CalculatorRegular />}
          disabled={offline}
          disabledFocusable={blocked}
          onClick={() => void recalculate()}
        >
          {t.recalculate}
        </Button>
        <Button disabled={offline} disabledFocusable={blocked} onClick={() => void clearMarks()}>
          {t.clearMarks}
        </Button>
        <Button
          icon={<DocumentTextRegular />}
          disabled={offline}
          disabledFocusable={blocked}
          onClick={() => void draftReport()}
        >
          {t.draftReport}
        </Button>
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={offline}
          disabledFocusable={blocked}
          onClick={() => void downloadWord()}
        >
          {t.downloadWord}
        </Button>
        <Suspense fallback={<Button disabled>{t.insertTemplate}</Button>}>
          <TemplateMenu disabled={offline || blocked} onInsert={insertTemplate} t={t} />
        </Suspense>
        <Button
          icon={<SettingsRegular />}
          disabled={offline}
          disabledFocusable={blocked}
          onClick={() => {
            setSettingsUsed(true);
            setSettingsOpen(true);
          }}
        >
          {t.settings}
        </Button>
      </div>
      {blocked && <ProgressBar aria-label={busy === "recalculate" ? t.recalculating : t.working} />}
      {run && (
        <Suspense fallback={<ProgressBar aria-label={t.working} />}>
          <Results analysis={run.analysis} locale={locale} onSelect={selectCell} t={t} />
        </Suspense>
      )}
      {settingsUsed && services && (
        <Suspense fallback={null}>
          <SettingsDialog
            open={settingsOpen}
            host={services.host}
            known={known}
            onDismiss={() => setSettingsOpen(false)}
            onSave={(rules) => {
              setSettingsOpen(false);
              void recalculate(rules);
            }}
            t={t}
          />
        </Suspense>
      )}
    </main>
  );
}
