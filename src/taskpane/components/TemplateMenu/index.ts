export { TemplateMenu, type TemplateMenuProps } from "./TemplateMenu";
