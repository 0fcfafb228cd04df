import type { CliIo } from "../../src/cli/io";

/** A CliIo that keeps what the command printed. */
export type CapturedIo = CliIo & { readonly stdout: () => string; readonly stderr: () => string };

export function captureIo(options: { tty?: boolean } = {}): CapturedIo {
  let out = "";
  let err = "";
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    errIsTty: options.tty === true,
    columns: 80,
    stdout: () => out,
    stderr: () => err,
  };
}
