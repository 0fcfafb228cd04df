/** A value, or the reasons there is none. Used where no partial value makes sense (e.g. an invalid rule set). */
export type Result<T, E> = { ok: true; value: T; error?: never } | { ok: false; value?: never; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });
