import { makeStyles, tokens } from "@fluentui/react-components";

export const useResultsStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  heading: {
    margin: 0,
  },
});
