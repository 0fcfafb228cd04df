import { readFile } from "node:fs/promises";
import path from "node:path";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../../..");

/** The global the bundle exposes its exports under (`install`). */
export const FAKE_LIBRARY = "selfevalFakeExcel";

/**
 * Bundles `fakeExcelPage.ts` (the shared typed fake Excel and what the page needs around it) into one script for
 * `page.addInitScript`, with the project's own webpack and ts-loader; nothing is downloaded.
 */
export async function bundleFakeExcel(outDir: string): Promise<string> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: ["web", "es2020"],
    entry: path.join(ROOT, "test/browser/fakeExcelPage.ts"),
    output: { path: outDir, filename: "fakeExcel.js", library: { name: FAKE_LIBRARY, type: "window" } },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } },
          },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else compiler.close(() => resolve());
    }),
  );
  return readFile(path.join(outDir, "fakeExcel.js"), "utf8");
}
