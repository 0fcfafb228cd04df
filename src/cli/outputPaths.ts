import { realpathSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";

/** Where a file's copy goes, or null when that would overwrite one of the inputs. */
export type OutputPlan = ReadonlyMap<string, string | null>;

/** The path with symbolic links resolved when it exists, so that two names of one file compare equal. */
function canonical(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

/**
 * The copy of each input: `outDir/<same name>`, numbered (`name (2).xlsx`) when two inputs share a name. A copy
 * that would land on an input — `--out` pointing at the inputs' own folder — gets null: inputs are never written.
 */
export function planOutputs(files: readonly string[], outDir: string): OutputPlan {
  const inputs = new Set(files.map(canonical));
  const taken = new Set<string>();
  const plan = new Map<string, string | null>();
  for (const file of files) {
    const extension = extname(file);
    const stem = basename(file, extension);
    let out = join(outDir, basename(file));
    for (let n = 2; taken.has(canonical(out)); n++) out = join(outDir, `${stem} (${n})${extension}`);
    taken.add(canonical(out));
    plan.set(file, inputs.has(canonical(out)) ? null : out);
  }
  return plan;
}
