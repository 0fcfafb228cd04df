import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  CounterBadge,
  List,
  ListItem,
  mergeClasses,
  Text,
} from "@fluentui/react-components";
import { renderFinding, type Locale } from "../../../core/findings/render";
import type { Finding, Severity } from "../../../core/findings/types";
import type { CellRef } from "../../../core/location";
import { STATE_SHEET_NAME } from "../../../workbook/state";
import type { Messages } from "../../i18n";
import { useFindingsListStyles } from "./useFindingsListStyles";

export type FindingsListProps = {
  readonly findings: readonly Finding[];
  readonly locale: Locale;
  readonly onSelect: (ref: CellRef) => void;
  readonly t: Messages;
};

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const COUNTER_COLOR = { error: "danger", warning: "important", info: "informative" } as const;

/** Where a finding points, when that is a cell a person can be taken to (not the hidden state sheet). */
function target(f: Finding): CellRef | null {
  return f.sheet === "" || f.cell === "" || f.sheet === STATE_SHEET_NAME ? null : { sheet: f.sheet, cell: f.cell };
}

/**
 * The findings grouped by severity. Each group is one tab stop (arrow keys move between its items); Enter, Space
 * or a click on an item selects its cell in the workbook.
 */
export function FindingsList({ findings, locale, onSelect, t }: FindingsListProps) {
  const styles = useFindingsListStyles();
  if (findings.length === 0) return <Text>{t.noFindings}</Text>;
  const groups = SEVERITIES.map((severity) => ({ severity, items: findings.filter((f) => f.severity === severity) }));
  const present = groups.filter((group) => group.items.length > 0);
  return (
    <Accordion multiple collapsible defaultOpenItems={present.map((group) => group.severity)}>
      {present.map(({ severity, items }) => (
        <AccordionItem key={severity} value={severity}>
          <AccordionHeader>
            {t.severity[severity]}&nbsp;
            <CounterBadge count={items.length} color={COUNTER_COLOR[severity]} appearance="filled" size="small" />
          </AccordionHeader>
          <AccordionPanel>
            <List navigationMode="items" aria-label={t.findingsList(t.severity[severity])} className={styles.list}>
              {items.map((f, index) => {
                const { message, suggestion } = renderFinding(f, locale);
                const ref = target(f);
                const where = ref && `${ref.sheet}!${ref.cell}`;
                return (
                  <ListItem
                    key={`${f.code}|${f.sheet}|${f.cell}|${index}`}
                    className={mergeClasses(styles.item, !ref && styles.fixed)}
                    {...(ref && where && { onAction: () => onSelect(ref), title: t.goToCell(where) })}
                  >
                    <Text>{message}</Text>
                    {suggestion !== "" && (
                      <Text size={200} className={styles.suggestion}>
                        {suggestion}
                      </Text>
                    )}
                    {where && (
                      <Text size={200} className={styles.where}>
                        {where}
                      </Text>
                    )}
                  </ListItem>
                );
              })}
            </List>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
