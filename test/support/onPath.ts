import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";

/** Whether a command is installed: tests that drive LibreOffice or poppler run where they are (and always on CI). */
export const onPath = (command: string): boolean =>
  (process.env.PATH ?? "").split(delimiter).some((dir) => existsSync(join(dir, command)));
