// Bundles the CLI and the app worker into dist/bundle: one file per entry (plus shared chunks)
// loads several times faster than the hundred-odd ES modules tsc emits, which is most of start-up.
import { build } from "esbuild";

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
