import { makeStyles, tokens } from "@fluentui/react-components";

export const useNoticesStyles = makeStyles({
  bar: {
    // Chinese error sentences run long; let them wrap instead of being cut off in a narrow pane.
    whiteSpace: "normal",
  },
  body: {
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
});
