import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  SpinButton,
  type SpinButtonOnChangeData,
  Spinner,
} from "@fluentui/react-components";
import { type FormEvent, useState } from "react";
import type { WorkbookHost } from "../../../workbook/host";
import { type WorkbookRules, useWorkbookRules } from "../../hooks/useWorkbookRules";
import { errorText } from "../../hooks/notice";
import type { Messages } from "../../i18n";
import { formForPreset, formFromRules, rulesFromForm, ruleSetChoices, type SettingsForm } from "./settingsForm";
import { useSettingsDialogStyles } from "./useSettingsDialogStyles";

export type SettingsDialogProps = {
  readonly host: WorkbookHost;
  readonly open: boolean;
  /** The settings of the last recalculation; null reads them from the workbook. */
  readonly known: WorkbookRules | null;
  readonly onDismiss: () => void;
  /** Saves by recalculating with these rules (the state sheet keeps them). */
  readonly onSave: (rules: unknown) => void;
  readonly t: Messages;
};

/**
 * The workbook's scoring settings: rule set, over-achievement threshold, 执行率 denominator, grade cut-offs.
 * The surface's content mounts on each opening, so the form starts from the workbook's current settings every time.
 */
export function SettingsDialog({ open, onDismiss, ...props }: SettingsDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onDismiss()}>
      <DialogSurface>
        <SettingsBody onDismiss={onDismiss} {...props} />
      </DialogSurface>
    </Dialog>
  );
}

function SettingsBody({ host, known, onDismiss, onSave, t }: Omit<SettingsDialogProps, "open">) {
  const state = useWorkbookRules(host, known);
  return (
    <DialogBody>
      <DialogTitle>{t.settingsTitle}</DialogTitle>
      {state.status === "ready" ? (
        <SettingsFormBody rules={state.rules} onDismiss={onDismiss} onSave={onSave} t={t} />
      ) : (
        <>
          <DialogContent>
            {state.status === "loading" ? (
              <Spinner size="small" label={t.settingsLoading} />
            ) : (
              <MessageBar intent="error">
                <MessageBarBody>{errorText(state.error, t)}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onDismiss}>{t.cancel}</Button>
          </DialogActions>
        </>
      )}
    </DialogBody>
  );
}

type FormBodyProps = Pick<SettingsDialogProps, "onDismiss" | "onSave" | "t"> & { readonly rules: WorkbookRules };

function SettingsFormBody({ rules, onDismiss, onSave, t }: FormBodyProps) {
  const styles = useSettingsDialogStyles();
  const [form, setForm] = useState<SettingsForm>(() => formFromRules(rules.settings, rules.ruleSet));
  const [problem, setProblem] = useState<string | null>(null);
  const choices = ruleSetChoices();
  const saved = rules.settings.rules;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = rulesFromForm(form, saved);
    if (result.ok) onSave(result.value);
    else setProblem(result.error);
  };
  const setGrade = (index: number, min: number) =>
    setForm({ ...form, grades: form.grades.map((band, i) => (i === index ? { ...band, min } : band)) });

  return (
    <form onSubmit={submit}>
      <DialogContent className={styles.form}>
        <Field label={t.rulePreset}>
          <Dropdown
            value={choices.find((choice) => choice.id === form.preset)?.name ?? form.preset}
            selectedOptions={[form.preset]}
            onOptionSelect={(_, data) => data.optionValue && setForm(formForPreset(data.optionValue, saved))}
          >
            {choices.map((choice) => (
              <Option key={choice.id} value={choice.id}>
                {choice.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t.overAchievement} hint={t.overAchievementHint}>
          <SpinButton
            value={form.overAchievementRatio}
            min={1}
            max={2}
            step={0.1}
            precision={2}
            onChange={(_, data) => {
              const value = spinValue(data);
              if (value !== null) setForm({ ...form, overAchievementRatio: clamp(value, 1, 2) });
            }}
          />
        </Field>
        <Field label={t.executionBase}>
          <RadioGroup
            value={form.executionRateBase}
            onChange={(_, data) =>
              setForm({ ...form, executionRateBase: data.value === "initial" ? "initial" : "adjusted" })
            }
          >
            <Radio value="adjusted" label={t.executionBaseAdjusted} />
            <Radio value="initial" label={t.executionBaseInitial} />
          </RadioGroup>
        </Field>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t.gradeCutoffs}</legend>
          <div className={styles.grades}>
            {form.grades.map((band, index) => (
              <Field key={band.label} label={t.gradeAtLeast(band.label)}>
                <SpinButton
                  value={band.min}
                  min={0}
                  max={100}
                  onChange={(_, data) => {
                    const value = spinValue(data);
                    if (value !== null) setGrade(index, clamp(value, 0, 100));
                  }}
                />
              </Field>
            ))}
          </div>
        </fieldset>
        {problem && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
      </DialogContent>
      <DialogActions>
        <Button appearance="primary" type="submit">
          {t.saveAndRecalculate}
        </Button>
        <Button onClick={onDismiss}>{t.cancel}</Button>
      </DialogActions>
    </form>
  );
}

/** A SpinButton reports typed text only in `displayValue`; null when it is not a number. */
function spinValue(data: SpinButtonOnChangeData): number | null {
  const value = data.value ?? Number.parseFloat(data.displayValue ?? "");
  // Rounded to 2 decimals, so that 1.1 + 0.1 is saved as 1.2.
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : null;
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));
