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

// bin/tauraro.cjs reads the CLI bundle as latin1, which is several times faster than decoding
// UTF-8: make it pure ASCII. esbuild already escapes non-ASCII characters in code; what is left
// sits in comments, where a \uXXXX escape reads the same.
{
  const { readFileSync, writeFileSync } = await import("node:fs");
  const file = "dist/bundle/main.cjs";
  const src = readFileSync(file, "utf8");
  const ascii = src.replace(/[^\x00-\x7f]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
  if (ascii !== src) writeFileSync(file, ascii);
}
