import type ExcelJS from "exceljs";

/** A solid pattern fill's colour as "#RRGGBB"; null for no fill, another pattern, a gradient or a theme colour. */
export function fillColor(fill: ExcelJS.Fill | undefined): string | null {
  if (fill?.type !== "pattern" || fill.pattern !== "solid") return null;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-Fa-f]{6,8}$/.test(argb) ? `#${argb.slice(-6).toUpperCase()}` : null;
}

/** "#RRGGBB" → the solid fill Excel writes for a colour picked in its palette. */
export function solidFill(color: string): ExcelJS.FillPattern {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${color.slice(1).toUpperCase()}` } };
}
