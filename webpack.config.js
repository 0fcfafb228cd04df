// Builds the add-in into dist/: taskpane.html, commands.html, their scripts, assets/ and manifest.xml (SPEC §9).
//   npm run build                                   production, office.js from Microsoft's CDN
//   npm run build:test  (--env officeLocal)         production, office.js copied into dist/office-js/
//   npm run build:dev / npm run dev-server          development, office.js copied as well
"use strict";

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const DEV_SERVER_PORT = 3000;

// Outside an Office host, office.js fetches only o15apptofilemappingtable.js from its own folder (checked in a
// browser: it then resolves Office.onReady with host null). Inside Excel it also fetches the Excel host file and
// its locale strings, so a development build sideloaded into Excel needs those too. The rest of the 86 MB package
// (other hosts, .debug.js twins) is never requested by an Excel add-in.
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-*-16.*.js",
  "*/office_strings.js",
  "telemetry/*.js",
  "ariatelemetry/*.js",
];

// Budget of SPEC §8 is 150 KB gzip; minified React + Fluent compresses about 3.3×, so warn above ~500 KB raw.
const INITIAL_JS_BUDGET_BYTES = 500 * 1024;

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const officeLocal = !production || Boolean(env.officeLocal);
  const officeJs = officeLocal ? "office-js/office.js" : OFFICE_JS_CDN;

  const page = (name) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${name}/${name}.html`,
      chunks: [name],
      templateParameters: { officeJs },
    });

  return {
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    target: ["web", "es2020"],
    devtool: production ? false : "source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // `npm run typecheck` checks types; the bundle only needs transpiling.
              transpileOnly: true,
              // ES modules reach webpack untouched, so Fluent's unused components are shaken out.
              compilerOptions: { module: "esnext", noEmit: false, sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      page("taskpane"),
      page("commands"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
          ...(officeLocal
            ? OFFICE_JS_FILES.map((from) => ({
                from,
                context: OFFICE_JS_DIST,
                to: "office-js/[path][name][ext]",
                // Already minified by Microsoft; running them through terser again takes over a minute.
                info: { minimized: true },
              }))
            : []),
        ],
      }),
    ],
    performance: {
      hints: production ? "warning" : false,
      maxEntrypointSize: INITIAL_JS_BUDGET_BYTES,
      maxAssetSize: INITIAL_JS_BUDGET_BYTES,
      // Only our own scripts count; the copied office.js files are Microsoft's and not part of the pane's load.
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("office-js/"),
    },
    devServer: {
      host: "127.0.0.1",
      port: DEV_SERVER_PORT,
      // webpack-dev-server generates and caches its own self-signed certificate (see README).
      server: "https",
      // Excel fetches the manifest's icons and pages from other origins (the Office host, Excel on the web).
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
    },
  };
};
