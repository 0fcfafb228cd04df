import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Messages } from "../../i18n";
import { errorText, type Notice } from "../../hooks/notice";
import { useNoticesStyles } from "./useNoticesStyles";

export type NoticesProps = {
  readonly inExcel: boolean;
  readonly notice: Notice | null;
  readonly onDismiss: () => void;
  readonly t: Messages;
};

/** The pane's message bars: the note outside Excel, and the outcome of the last action. */
export function Notices({ inExcel, notice, onDismiss, t }: NoticesProps) {
  const styles = useNoticesStyles();
  const bar = (intent: MessageBarIntent, title: string | null, text: string, dismissible: boolean) => (
    <MessageBar intent={intent} layout="multiline" className={styles.bar}>
      <MessageBarBody className={styles.body}>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {text}
      </MessageBarBody>
      {dismissible && (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" icon={<DismissRegular />} aria-label={t.dismiss} onClick={onDismiss} />
          }
        />
      )}
    </MessageBar>
  );
  return (
    <>
      {!inExcel && bar("warning", t.outsideExcelTitle, t.outsideExcelBody, false)}
      {notice?.kind === "error" && bar("error", t.errorTitle, errorText(notice.error, t), true)}
      {notice?.kind === "marksCleared" && bar("success", null, t.marksCleared, true)}
      {notice?.kind === "templateInserted" && bar("success", null, t.templateInserted(notice.sheets), true)}
      {notice?.kind === "reportDrafted" && bar("success", null, t.reportDrafted(notice.sheet), true)}
      {notice?.kind === "wordDownloaded" && bar("success", null, t.wordDownloaded(notice.file, notice.sheet), true)}
    </>
  );
}
