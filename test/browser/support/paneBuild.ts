import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");

/** What the add-in build reads: a change to any of these makes an earlier build stale. */
const INPUTS = ["src", "assets", "webpack.config.js", "manifest.xml", "package-lock.json", "tsconfig.json"];

function newest(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((latest, name) => Math.max(latest, newest(path.join(entry, name))), stat.mtimeMs);
}

/**
 * The add-in as `npm run build:test` builds it (production, office.js copied locally so the page loads offline),
 * written to `outDir` rather than `dist/` so that the test neither races nor clobbers a build there. Reused when it
 * is newer than every input, so a second run costs nothing.
 */
export function paneBuild(outDir: string): string {
  const page = path.join(outDir, "taskpane.html");
  const fresh =
    existsSync(page) &&
    existsSync(path.join(outDir, "office-js/office.js")) &&
    statSync(page).mtimeMs > Math.max(...INPUTS.map((input) => newest(path.join(ROOT, input))));
  if (!fresh) {
    execFileSync("npm", ["run", "build:test", "--", "--output-path", outDir], { cwd: ROOT, stdio: "pipe" });
  }
  return outDir;
}
