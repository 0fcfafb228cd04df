import {
  Badge,
  type BadgeProps,
  ProgressBar,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { Finding } from "../../../core/findings/types";
import { formatScore } from "../../../core/format";
import type { LevelSummary, TableResult } from "../../../core/results";
import type { GradeBand } from "../../../core/rules/types";
import type { Messages } from "../../i18n";
import { useResultSummaryStyles } from "./useResultSummaryStyles";

export type ResultSummaryProps = {
  readonly grades: readonly GradeBand[];
  readonly t: Messages;
  readonly tables: readonly TableResult[];
};

/** Per table: total, grade, score against weight per 一级指标, and what needs attention. */
export function ResultSummary({ grades, t, tables }: ResultSummaryProps) {
  const styles = useResultSummaryStyles();
  if (tables.length === 0) return <Text>{t.noTables}</Text>;
  return (
    <>
      {tables.map((table) => {
        const name = table.table.title === "" ? table.table.sheet : table.table.title;
        return (
          <section
            key={`${table.table.sheet}!${table.table.at.header.cell}`}
            className={styles.table}
            aria-label={name}
          >
            <Subtitle2 as="h2" className={styles.heading}>
              {name}
            </Subtitle2>
            <div className={styles.headline}>
              <Text className={styles.muted}>{t.total}</Text>
              <Text className={styles.total}>{table.total === null ? t.unscored : formatScore(table.total)}</Text>
              <Text className={styles.muted}>/ {formatScore(table.maxTotal)}</Text>
              <Badge
                appearance="filled"
                color={gradeColor(table.grade, grades)}
                aria-label={`${t.grade} ${table.grade ?? t.ungraded}`}
              >
                {table.grade ?? t.ungraded}
              </Badge>
            </div>
            <Counts findings={table.findings} t={t} />
            <Levels caption={t.levelsCaption(name)} levels={table.levels} t={t} />
          </section>
        );
      })}
    </>
  );
}

function Counts({ findings, t }: { readonly findings: readonly Finding[]; readonly t: Messages }) {
  const styles = useResultSummaryStyles();
  const counts: readonly [string, number][] = [
    [t.missed, findings.filter((f) => f.code === "TARGET_MISSED").length],
    [t.explanations, findings.filter((f) => f.code === "REASON_MISSING" || f.code === "OVER_ACHIEVED").length],
    [t.errors, findings.filter((f) => f.severity === "error").length],
  ];
  return (
    <dl className={styles.counts} aria-label={t.countsLabel}>
      {counts.map(([label, count]) => (
        <div key={label} className={styles.count}>
          <dt>
            <Text size={200} className={styles.muted}>
              {label}
            </Text>
          </dt>
          <dd className={styles.countValue}>{count}</dd>
        </div>
      ))}
    </dl>
  );
}

function Levels(props: { readonly caption: string; readonly levels: readonly LevelSummary[]; readonly t: Messages }) {
  const { caption, levels, t } = props;
  const styles = useResultSummaryStyles();
  if (levels.length === 0) return null;
  return (
    <Table size="extra-small" aria-label={caption} className={styles.levels}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.level}</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>{t.scoreOfWeight}</TableHeaderCell>
          <TableHeaderCell className={styles.bar} aria-hidden />
        </TableRow>
      </TableHeader>
      <TableBody>
        {levels.map((level) => (
          <TableRow key={level.name}>
            <TableCell>{level.name}</TableCell>
            <TableCell className={styles.figure}>
              {formatScore(level.score)} / {formatScore(level.weight)}
            </TableCell>
            <TableCell className={styles.bar}>
              <ProgressBar
                value={Math.min(level.score, level.weight)}
                max={level.weight > 0 ? level.weight : 1}
                color={level.score < level.weight ? "warning" : "success"}
                aria-hidden
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The grade's colour by its rank in the rule set: the best green, the worst red. */
function gradeColor(grade: string | null, grades: readonly GradeBand[]): NonNullable<BadgeProps["color"]> {
  const rank = grades.findIndex((band) => band.label === grade);
  if (rank < 0) return "informative";
  if (rank === 0) return "success";
  if (rank === grades.length - 1) return "danger";
  return rank === 1 ? "brand" : "warning";
}
