import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The newest modification time under a path (a file, or a folder searched recursively). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/** Builds dist/ with `npm run build` when it is missing or older than the sources it is built from. */
export function ensureBuilt(root: string): void {
  const page = join(root, "dist", "taskpane.html");
  const sources = ["src", "webpack.config.js", "package.json"].map((name) => join(root, name));
  if (existsSync(page) && statSync(page).mtimeMs >= Math.max(...sources.map(newest))) return;
  console.log("dist/ is missing or stale: npm run build …");
  const build = spawnSync("npm", ["run", "build"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (build.status !== 0) throw new Error(`npm run build failed (${build.status})`);
}

/**
 * The JavaScript the task pane loads before it can draw (SPEC §8): the scripts `dist/taskpane.html` names, our own
 * files only (office.js comes from Microsoft's CDN), raw and gzip-compressed as a web server sends them. Chunks
 * loaded on demand (Word export, dialogs) are not counted.
 */
export function taskpaneInitialJs(root: string): { raw: number; gzip: number; files: string[] } {
  const html = readFileSync(join(root, "dist", "taskpane.html"), "utf8");
  const files = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((match) => match[1] ?? "")
    .filter((src) => !/^(https?:)?\/\//.test(src));
  const bytes = files.map((file) => readFileSync(join(root, "dist", file)));
  return {
    raw: bytes.reduce((sum, data) => sum + data.length, 0),
    gzip: bytes.reduce((sum, data) => sum + gzipSync(data, { level: 9 }).length, 0),
    files,
  };
}
