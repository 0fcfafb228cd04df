import type ExcelJS from "exceljs";
import { resolveColor, type ThemeColors } from "./colors";

/**
 * A solid pattern fill's colour as "#RRGGBB", theme and indexed colours resolved to the colour Excel shows (and
 * Office.js reports), so that a saved original fill restores a fill that looks the same; null for no fill, another
 * pattern, a gradient or a colour that cannot be known. `theme` is the workbook's (`themeColors`).
 */
export function fillColor(fill: ExcelJS.Fill | undefined, theme: ThemeColors): string | null {
  if (fill?.type !== "pattern" || fill.pattern !== "solid" || !fill.fgColor) return null;
  return resolveColor(fill.fgColor, theme);
}

/** "#RRGGBB" → the solid fill Excel writes for a colour picked in its palette. */
export function solidFill(color: string): ExcelJS.FillPattern {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${color.slice(1).toUpperCase()}` } };
}
