import { useCallback, useState } from "react";
import type { Locale } from "../../core/findings/render";
import type { HostRun } from "../../workbook/recalculate";
import type { WritePlan } from "../../workbook/plan";
import { offerDownload } from "../offerDownload";
import type { PaneServices } from "../office/services";
import type { Notice } from "./notice";

/**
 * The engine (reader, scoring, write plan: a third of the pane's script) is fetched after the pane's first paint,
 * prefetched while it is idle, so the pane appears sooner; by the time a person clicks, it is there.
 */
const loadEngine = () => import(/* webpackChunkName: "engine", webpackPrefetch: true */ "../../workbook/recalculate");
/** The report writer shares the engine's chunk for the most part; its own part is small and rarely used. */
const loadReport = () => import(/* webpackChunkName: "report" */ "../../workbook/report/generateReport");
/** The docx library alone is larger than the pane's whole initial script: fetched only when Word is asked for. */
const loadDocx = () => import(/* webpackChunkName: "docx" */ "../../report/docx/buildDocx");

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const DOCX_NAME = "自评报告.docx";

/** What the pane is doing with the workbook; one thing at a time. */
export type Busy = "recalculate" | "clearMarks" | "report" | "word" | null;

export type WorkbookActions = {
  readonly busy: Busy;
  /** The last recalculation, shown until the next one. */
  readonly run: HostRun | null;
  /** 一键计算; `rules` (a preset id or rule-set object) replaces the workbook's setting and is saved with it. */
  readonly recalculate: (rules?: unknown) => Promise<void>;
  readonly clearMarks: () => Promise<void>;
  /** 生成自评报告: writes (or replaces) the add-in's 自评报告 sheet and shows it. */
  readonly draftReport: () => Promise<void>;
  /** 下载 Word: the same report, written to its sheet and offered as 自评报告.docx. */
  readonly downloadWord: () => Promise<void>;
};

/** The sheet a report plan writes: 自评报告, or 自评报告 (2) while a person's sheet has that name. */
function reportSheetName(plan: WritePlan): string {
  const sheet = plan.sheets.find((owned) => owned.purpose === "report");
  if (!sheet) throw new Error("The report's write plan has no report sheet.");
  return sheet.name;
}

/**
 * The pane's actions on the workbook (none outside Excel, when `services` is null). Failures are reported through
 * `notify`, never thrown: a protected sheet or a cell being edited must not break the pane.
 */
export function useWorkbookActions(
  services: PaneServices | null,
  locale: Locale,
  notify: (notice: Notice | null) => void,
): WorkbookActions {
  const [busy, setBusy] = useState<Busy>(null);
  const [run, setRun] = useState<HostRun | null>(null);

  /** Runs one action as `kind`, clearing the last notice and showing the action's own (or its failure). */
  const perform = useCallback(
    async (kind: NonNullable<Busy>, action: (services: PaneServices) => Promise<Notice | null>) => {
      if (!services) return;
      setBusy(kind);
      notify(null);
      try {
        notify(await action(services));
      } catch (error) {
        notify({ kind: "error", error });
      } finally {
        setBusy(null);
      }
    },
    [services, notify],
  );

  const recalculate = useCallback(
    (rules?: unknown) =>
      perform("recalculate", async ({ host }) => {
        const engine = await loadEngine();
        setRun(await engine.recalculate(host, rules === undefined ? { locale } : { rules, locale }));
        return null;
      }),
    [perform, locale],
  );

  const clearMarks = useCallback(
    () =>
      perform("clearMarks", async ({ host }) => {
        await (await loadEngine()).clearMarks(host);
        return { kind: "marksCleared" };
      }),
    [perform],
  );

  const draftReport = useCallback(
    () =>
      perform("report", async (pane) => {
        const { plan } = await (await loadReport()).generateReport(pane.host);
        const sheet = reportSheetName(plan);
        await pane.selectCell({ sheet, cell: "A1" });
        return { kind: "reportDrafted", sheet };
      }),
    [perform],
  );

  const downloadWord = useCallback(
    () =>
      perform("word", async ({ host }) => {
        const [{ generateReport }, { buildDocx }] = await Promise.all([loadReport(), loadDocx()]);
        // The report is built by writing its sheet too, so the sheet and the Word copy say the same.
        const { plan, narrative } = await generateReport(host);
        offerDownload(await buildDocx(narrative), DOCX_NAME, DOCX_TYPE);
        return { kind: "wordDownloaded", file: DOCX_NAME, sheet: reportSheetName(plan) };
      }),
    [perform],
  );

  return { busy, run, recalculate, clearMarks, draftReport, downloadWord };
}
