/** Where the command line writes and what it knows of its terminal; tests pass their own. */
export type CliIo = {
  out(text: string): void;
  err(text: string): void;
  /** stderr is a terminal: the progress bar is drawn there, and only there. */
  readonly errIsTty: boolean;
  /** Terminal width in columns, for the progress bar. */
  readonly columns: number;
};

/** The process's own streams. */
export function processIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    errIsTty: process.stderr.isTTY === true,
    columns: process.stderr.columns ?? 80,
  };
}
