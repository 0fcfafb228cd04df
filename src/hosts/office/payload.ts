/**
 * Request-size accounting. Excel on the web rejects a request or a response over 5 MB
 * (`RequestPayloadSizeLimitExceeded`); the host syncs before its running estimate passes `REQUEST_BUDGET`, so the
 * remaining megabyte absorbs what the estimate misses.
 */

/** Sync before a request's estimate passes this (SPEC §8: one extra sync per extra 4 MB). */
export const REQUEST_BUDGET = 4_000_000;

/** Bytes one queued call costs besides its data: the action envelope and the object path it names. */
const CALL_OVERHEAD = 300;

/** A single 2-D write larger than this is split by rows, so that requests pack well under the budget. */
export const SLICE_BUDGET = 1_000_000;

/** Estimated bytes of one queued call carrying `data`: its JSON, UTF-8 encoded, plus the call's envelope. */
export function callBytes(data: unknown): number {
  return CALL_OVERHEAD + utf8Length(JSON.stringify(data) ?? "");
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
