import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { blankTemplate } from "../../../workbook/template/blankTemplate";
import type { TemplateKind, TemplateSheet } from "../../../workbook/template/types";
import type { Messages } from "../../i18n";

export type TemplateMenuProps = {
  readonly disabled: boolean;
  readonly onInsert: (sheets: readonly TemplateSheet[]) => void;
  readonly t: Messages;
};

const KINDS: readonly TemplateKind[] = ["project", "department", "budget"];

/** 插入空白模板: the standard blank forms, added as new sheets. Loaded on demand with the template builders. */
export function TemplateMenu({ disabled, onInsert, t }: TemplateMenuProps) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton disabledFocusable={disabled}>{t.insertTemplate}</MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {KINDS.map((kind) => (
            <MenuItem key={kind} onClick={() => onInsert(blankTemplate(kind))}>
              {t.templateKinds[kind]}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
