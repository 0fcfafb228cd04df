import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The package's version, read from its package.json: two folders up from this module both as source (src/cli) and
 * compiled (lib/cli), which keeps package.json the one place it is written.
 */
export function packageVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"));
  const version = typeof manifest === "object" && manifest !== null && "version" in manifest ? manifest.version : "";
  return typeof version === "string" ? version : "";
}
