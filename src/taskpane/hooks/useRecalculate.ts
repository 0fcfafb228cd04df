import { useCallback, useState } from "react";
import type { Locale } from "../../core/findings/render";
import type { WorkbookHost } from "../../workbook/host";
import type { HostRun } from "../../workbook/recalculate";
import type { Notice } from "./notice";

/**
 * The engine (reader, scoring, write plan: a third of the pane's script) is fetched after the pane's first paint,
 * prefetched while it is idle, so the pane appears sooner; by the time a person clicks, it is there.
 */
const loadEngine = () => import(/* webpackChunkName: "engine", webpackPrefetch: true */ "../../workbook/recalculate");

/** What the pane is doing with the workbook; one thing at a time. */
export type Busy = "recalculate" | "clearMarks" | null;

export type Recalculation = {
  readonly busy: Busy;
  /** The last recalculation, shown until the next one. */
  readonly run: HostRun | null;
  /** 一键计算; `rules` (a preset id or rule-set object) replaces the workbook's setting and is saved with it. */
  readonly recalculate: (rules?: unknown) => Promise<void>;
  readonly clearMarks: () => Promise<void>;
};

/**
 * 一键计算 and 清除标记 on a host (null outside Excel, when both do nothing). Failures are reported through
 * `notify`, never thrown: a protected sheet or a cell being edited must not break the pane.
 */
export function useRecalculate(
  host: WorkbookHost | null,
  locale: Locale,
  notify: (notice: Notice | null) => void,
): Recalculation {
  const [busy, setBusy] = useState<Busy>(null);
  const [run, setRun] = useState<HostRun | null>(null);

  const recalculateWith = useCallback(
    async (rules?: unknown) => {
      if (!host) return;
      setBusy("recalculate");
      notify(null);
      try {
        const { recalculate } = await loadEngine();
        setRun(await recalculate(host, rules === undefined ? { locale } : { rules, locale }));
      } catch (error) {
        notify({ kind: "error", error });
      } finally {
        setBusy(null);
      }
    },
    [host, locale, notify],
  );

  const clear = useCallback(async () => {
    if (!host) return;
    setBusy("clearMarks");
    notify(null);
    try {
      const { clearMarks } = await loadEngine();
      await clearMarks(host);
      notify({ kind: "marksCleared" });
    } catch (error) {
      notify({ kind: "error", error });
    } finally {
      setBusy(null);
    }
  }, [host, notify]);

  return { busy, run, recalculate: recalculateWith, clearMarks: clear };
}
