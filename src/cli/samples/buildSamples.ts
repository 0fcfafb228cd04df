import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { saveSheets } from "../../hosts/xlsx/saveSheets";
import { city2024 } from "./city2024";
import { huadu2021 } from "./huadu2021";
import { projectXinfang } from "./projectXinfang";
import type { Sample } from "./types";
import { yantian2023 } from "./yantian2023";

/** The sample workbooks, built from the seeds' figures (`npm run samples`; the files are committed). */
export const SAMPLES: readonly Sample[] = [yantian2023, huadu2021, city2024, projectXinfang];

/** Writes every sample into `dir`; returns the paths written. */
export async function buildSamples(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const sample of SAMPLES) {
    const path = join(dir, sample.file);
    await saveSheets(sample.sheets, path);
    written.push(path);
  }
  return written;
}

if (require.main === module) {
  // Compiled to lib/cli/samples/: the repository's samples/ is three levels up.
  buildSamples(resolve(__dirname, "../../../samples")).then(
    (paths) => paths.forEach((path) => console.log(path)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
