/**
 * Request and response size accounting. Excel on the web refuses a request or a response over 5 MB
 * (`RequestPayloadSizeLimitExceeded`, `ResponsePayloadSizeLimitExceeded`); the host sends a request before its
 * running estimate passes `PAYLOAD_BUDGET`.
 *
 * The estimate models what office-js serializes (`{Actions, ObjectPaths}`, checked against office-js itself in
 * test/hosts/office/payload.test.ts): every object a request uses is sent once as an object path with an action
 * instantiating it, and every call as an action carrying its arguments' JSON. A one-cell write thus weighs about
 * 280 bytes, a 1,000-row column of numbers its 6 KB of JSON and 280 bytes more.
 */

/**
 * What a request, or a read's response, may be estimated at. SPEC §8 allows one sync per extra 4 MB: requests cut at
 * 4 MB would need exact packing to stay within it, so they are cut a little later; 400 KB under Excel's 5,000,000
 * bytes remain for what the estimate misses (it is at least, and within a few percent of, what office-js sends).
 */
export const PAYLOAD_BUDGET = 4_600_000;

/** A range-like proxy (`getRangeByIndexes`, `getRanges`, `getItem`…): its object path and instantiating action. */
export const RANGE_BYTES = 200;

/** A navigation such as `format` or `fill` on the way to a property: an object path and its action. */
export const NAVIGATION_BYTES = 130;

/** One call or property set, besides its arguments' JSON: the action's envelope and member name. */
const ACTION_BYTES = 120;

/**
 * office-js itself sends a 2-D `values` or `numberFormat` of more than this many cells as row slices of about as many
 * cells (`setRangePropertiesInBulk`), each a range built from two rows and their bounding rectangle, plus one check
 * of the array's size: about `ARRAY_SLICE_BYTES` more per slice.
 */
const ARRAY_SLICE_CELLS = 1500;
const ARRAY_SLICE_BYTES = 700;

/** A 2-D write larger than this is split by rows, so that one call stays a fraction of a request. */
export const SLICE_BUDGET = 1_000_000;

/** Estimated bytes of one call or property set carrying `data`: its JSON, UTF-8 encoded, plus the action. */
export function callBytes(data: unknown): number {
  return ACTION_BYTES + jsonLength(data);
}

/** Estimated bytes of setting a 2-D array property (`values`, `numberFormat`) to `grid`. */
export function gridBytes(grid: readonly (readonly unknown[])[]): number {
  const cells = grid.length * (grid[0]?.length ?? 0);
  const slices = cells > ARRAY_SLICE_CELLS ? Math.ceil(cells / ARRAY_SLICE_CELLS) + 1 : 0;
  return callBytes(grid) + slices * ARRAY_SLICE_BYTES;
}

/** UTF-8 length of a value's JSON, as it travels. */
export function jsonLength(data: unknown): number {
  return utf8Length(JSON.stringify(data) ?? "");
}

/** UTF-8 length of a string, without TextEncoder (this module also runs in jest's node environment). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 2 UTF-16 units and 4 bytes; every other unit above 0x7f adds one or two bytes.
    if (code >= 0xd800 && code <= 0xdfff) bytes += 1;
    else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}
