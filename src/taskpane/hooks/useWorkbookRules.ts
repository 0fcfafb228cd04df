import { useEffect, useState } from "react";
import type { RuleSet } from "../../core/rules/types";
import { analyseWorkbook } from "../../workbook/analyse";
import type { WorkbookHost } from "../../workbook/host";
import type { Settings } from "../../workbook/settings";

/** A workbook's saved settings and the rule set they resolve to. */
export type WorkbookRules = { readonly settings: Settings; readonly ruleSet: RuleSet };

export type WorkbookRulesState =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly rules: WorkbookRules }
  | { readonly status: "failed"; readonly error: unknown };

/**
 * The settings to edit: those of the last recalculation when there is one, else read from the workbook (one read,
 * nothing written), so that opening the settings first never replaces the workbook's rules with the defaults.
 */
export function useWorkbookRules(host: WorkbookHost, known: WorkbookRules | null): WorkbookRulesState {
  const [read, setRead] = useState<WorkbookRulesState>({ status: "loading" });
  useEffect(() => {
    if (known) return;
    let current = true;
    host.readSnapshot().then(
      (snapshot) => {
        const { settings, ruleSet } = analyseWorkbook(snapshot);
        if (current) setRead({ status: "ready", rules: { settings, ruleSet } });
      },
      (error: unknown) => {
        if (current) setRead({ status: "failed", error });
      },
    );
    return () => {
      current = false;
    };
  }, [host, known]);
  return known ? { status: "ready", rules: known } : read;
}
