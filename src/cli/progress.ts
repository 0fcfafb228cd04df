import { basename } from "node:path";
import type { CliIo } from "./io";
import { cutDisplay } from "./textWidth";

/** A one-line progress bar on stderr, drawn only when stderr is a terminal (never into a pipe or a log file). */
export type Progress = { start(file: string): void; done(): void };

const BAR_WIDTH = 24;

export function createProgress(io: CliIo, total: number): Progress {
  if (!io.errIsTty || total === 0) return { start: () => undefined, done: () => undefined };
  let current = 0;
  const clear = (): void => io.err(`\r${" ".repeat(Math.max(0, io.columns - 1))}\r`);
  return {
    start(file) {
      const filled = Math.round((current / total) * BAR_WIDTH);
      const line = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${current}/${total} ${basename(file)}`;
      clear();
      io.err(cutDisplay(line, io.columns - 1));
      current++;
    },
    done: clear,
  };
}
