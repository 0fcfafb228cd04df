import type ExcelJS from "exceljs";
import { remembered } from "../../core/memo";

/** A colour as ExcelJS reads it from styles.xml: its types leave out the `tint` and `indexed` it sets. */
export type FileColor = Partial<ExcelJS.Color> & { readonly tint?: number; readonly indexed?: number };

/** A theme's twelve colours as "RRGGBB", in the order styles.xml numbers them; null where the theme is unreadable. */
export type ThemeColors = readonly (string | null)[];

/**
 * The colours of the theme ExcelJS writes into every workbook made from scratch (Office 2007's), so that a cell of
 * such a workbook reads the same before it is saved as after.
 */
export const DEFAULT_THEME_COLORS: ThemeColors = [
  "FFFFFF",
  "000000",
  "EEECE1",
  "1F497D",
  "4F81BD",
  "C0504D",
  "9BBB59",
  "8064A2",
  "4BACC6",
  "F79646",
  "0000FF",
  "800080",
];

/** The theme's colours as styles.xml numbers them: each light one before its dark one, unlike the clrScheme. */
const THEME_SLOTS = [
  "lt1",
  "dk1",
  "lt2",
  "dk2",
  "accent1",
  "accent2",
  "accent3",
  "accent4",
  "accent5",
  "accent6",
  "hlink",
  "folHlink",
];

/**
 * The legacy palette, indexes 0–63 (64 and 65 are the system's window colours, unknown here). A workbook may
 * replace it in styles.xml (`<colors><indexedColors>`), but ExcelJS does not read that element, so the default
 * palette is all there is to go by.
 */
// prettier-ignore
const INDEXED_COLORS = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
];

/** ExcelJS keeps a loaded file's theme parts as XML text, by part name, on a member its types do not declare. */
type WithThemes = { readonly _themes?: { readonly [part: string]: string } };

/**
 * Each workbook's theme colours with the XML they were read from: read once, not once per cell, and read again
 * only if the workbook object is loaded from another file.
 */
const parsed = new WeakMap<ExcelJS.Workbook, { readonly xml: string; readonly colors: ThemeColors }>();

/** The colours of the workbook's theme; those of ExcelJS's own theme for a workbook that has none yet. */
export function themeColors(workbook: ExcelJS.Workbook): ThemeColors {
  // theme1 is the part the workbook refers to; other parts under xl/theme/ override it for single charts.
  const xml = (workbook as WithThemes)._themes?.theme1;
  if (xml === undefined) return DEFAULT_THEME_COLORS;
  const known = parsed.get(workbook);
  if (known?.xml === xml) return known.colors;
  const colors = readThemeColors(xml);
  parsed.set(workbook, { xml, colors });
  return colors;
}

function readThemeColors(xml: string): ThemeColors {
  const scheme = elementContent(xml, "clrScheme") ?? "";
  return THEME_SLOTS.map((slot) => slotColor(elementContent(scheme, slot) ?? ""));
}

/** The content of the first element of that local name, whatever its namespace prefix. */
function elementContent(xml: string, name: string): string | undefined {
  return new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${name}>`).exec(xml)?.[1];
}

/** A scheme colour: an RGB value, or a system colour as it last was (window text, window) when the file was saved. */
function slotColor(slot: string): string | null {
  const rgb =
    /<(?:\w+:)?srgbClr\b[^>]*\bval=["']([0-9A-Fa-f]{6})["']/.exec(slot) ??
    /<(?:\w+:)?sysClr\b[^>]*\blastClr=["']([0-9A-Fa-f]{6})["']/.exec(slot);
  return rgb?.[1]?.toUpperCase() ?? null;
}

/** The colour as "#RRGGBB", as Excel shows it; null when it names no colour that can be known here. */
export function resolveColor(color: FileColor, theme: ThemeColors): string | null {
  const rgb = color.argb !== undefined ? argbColor(color.argb) : numberedColor(color, theme);
  return rgb === null ? null : `#${rgb}`;
}

function argbColor(argb: string): string | null {
  return /^[0-9A-Fa-f]{6,8}$/.test(argb) ? argb.slice(-6).toUpperCase() : null;
}

function numberedColor(color: FileColor, theme: ThemeColors): string | null {
  if (color.theme !== undefined) {
    const base = theme[color.theme] ?? null;
    return base === null || !color.tint ? base : tinted(base, color.tint);
  }
  return color.indexed === undefined ? null : (INDEXED_COLORS[color.indexed] ?? null);
}

/**
 * Excel applies a tint in Windows' integer HLS (ColorRGBToHLS), whose scale is 0–240, with the formula of
 * ECMA-376 Part 1 §18.8.19 (`tint`); the 255 the standard gives as HLSMAX is off by a step from what Excel shows.
 */
const HLS_MAX = 240;
const RGB_MAX = 255;

type Rgb = readonly [number, number, number];
type Hls = { readonly hue: number; readonly lightness: number; readonly saturation: number };

/** Every quotient is taken in integers, as Windows does: rounding differently shifts colours by a step. */
const quotient = (dividend: number, divisor: number): number => Math.floor(dividend / divisor);

/** Shades already worked out: a sheet has thousands of cells in the same few, and the HLS round trip is not free. */
const shades = new Map<string, string | null>();

function tinted(rgb: string, tint: number): string | null {
  return remembered(shades, `${rgb} ${tint}`, () => shadeOf(rgb, tint));
}

/** "RRGGBB" tinted; null for a tint outside −1…1 (or not a number), which names no colour. */
function shadeOf(rgb: string, tint: number): string | null {
  if (!(Math.abs(tint) <= 1)) return null;
  const hls = toHls(parseRgb(rgb));
  return formatRgb(toRgb({ ...hls, lightness: tintedLightness(hls.lightness, tint) }));
}

function parseRgb(rgb: string): Rgb {
  const channel = (at: number): number => parseInt(rgb.slice(at, at + 2), 16);
  return [channel(0), channel(2), channel(4)];
}

function formatRgb(rgb: Rgb): string {
  return rgb.map((channel) => channel.toString(16).padStart(2, "0").toUpperCase()).join("");
}

/** Darkens towards black by the fraction −tint, or lightens towards white by the fraction tint. */
function tintedLightness(lightness: number, tint: number): number {
  if (tint < 0) return Math.floor(lightness * (1 + tint));
  return Math.floor(lightness * (1 - tint)) + HLS_MAX - Math.floor(HLS_MAX * (1 - tint));
}

function toHls([red, green, blue]: Rgb): Hls {
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const sum = max + min;
  const lightness = quotient(sum * HLS_MAX + RGB_MAX, 2 * RGB_MAX);
  if (max === min) return { hue: 0, lightness, saturation: 0 };
  const spread = max - min;
  const room = lightness <= HLS_MAX / 2 ? sum : 2 * RGB_MAX - sum;
  const saturation = quotient(spread * HLS_MAX + quotient(room, 2), room);
  return { hue: hueOf([red, green, blue], max, spread), lightness, saturation };
}

/** The hue of a colour that is not grey: an angle on the HLS scale, red at 0, green at a third, blue at two. */
function hueOf([red, green, blue]: Rgb, max: number, spread: number): number {
  const distance = (channel: number): number => quotient((max - channel) * (HLS_MAX / 6) + quotient(spread, 2), spread);
  let hue: number;
  if (red === max) hue = distance(blue) - distance(green);
  else if (green === max) hue = HLS_MAX / 3 + distance(red) - distance(blue);
  else hue = (2 * HLS_MAX) / 3 + distance(green) - distance(red);
  return (hue + HLS_MAX) % HLS_MAX;
}

function toRgb({ hue, lightness, saturation }: Hls): Rgb {
  if (saturation === 0) {
    const grey = toRgbScale(lightness);
    return [grey, grey, grey];
  }
  const high =
    lightness <= HLS_MAX / 2
      ? quotient(lightness * (HLS_MAX + saturation) + HLS_MAX / 2, HLS_MAX)
      : lightness + saturation - quotient(lightness * saturation + HLS_MAX / 2, HLS_MAX);
  const low = 2 * lightness - high;
  const channel = (offset: number): number => toRgbScale(hueChannel(low, high, hue + offset));
  return [channel(HLS_MAX / 3), channel(0), channel(-HLS_MAX / 3)];
}

function toRgbScale(value: number): number {
  return quotient(value * RGB_MAX + HLS_MAX / 2, HLS_MAX);
}

/** One RGB channel, on the HLS scale, of the hue at that angle from the channel's own. */
function hueChannel(low: number, high: number, at: number): number {
  const hue = (at + HLS_MAX) % HLS_MAX;
  if (hue < HLS_MAX / 6) return low + quotient((high - low) * hue + HLS_MAX / 12, HLS_MAX / 6);
  if (hue < HLS_MAX / 2) return high;
  if (hue < (2 * HLS_MAX) / 3)
    return low + quotient((high - low) * ((2 * HLS_MAX) / 3 - hue) + HLS_MAX / 12, HLS_MAX / 6);
  return low;
}
