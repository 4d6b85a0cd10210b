// Bundles the CLI and the app worker into dist/bundle: one file per entry (plus shared chunks)
// loads several times faster than the hundred-odd ES modules tsc emits, which is most of start-up.
// The CLI is also bundled as CommonJS (main.cjs) so bin/tauraro.cjs can run it through a V8 code
// cache; the ES module build stays as the fallback and for the worker.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Chunk names carry content hashes: start from an empty directory so old ones do not pile up.
rmSync("dist/bundle", { recursive: true, force: true });

await build({
  entryPoints: ["dist/src/cli/main.js", "dist/src/bridge/vmWorker.js"],
  bundle: true,
  platform: "node",
  format: "esm",
  splitting: true,
  outdir: "dist/bundle",
  entryNames: "[name]",
  packages: "external",
  logLevel: "warning",
});

await build({
  entryPoints: ["dist/src/cli/main.js"],
  bundle: true,
  platform: "node",
  format: "cjs",
  outfile: "dist/bundle/main.cjs",
  packages: "external",
  logLevel: "warning",
  // CommonJS has no import.meta: give the bundle its own file URL instead.
  define: { "import.meta.url": "__importMetaUrl" },
  banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
});
