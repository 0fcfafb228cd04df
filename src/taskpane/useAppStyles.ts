import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";

/** The pane fills the task pane's frame edge to edge; the browser's default body margin would waste 8 px a side. */
export const useBodyStyles = makeStaticStyles({
  body: { margin: 0 },
});

export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  title: {
    margin: 0,
  },
  intro: {
    color: tokens.colorNeutralForeground3,
  },
  actions: {
    // Two equal columns in a narrow pane, more as the pane widens.
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
});
