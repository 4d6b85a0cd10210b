#!/usr/bin/env node
// Standard-library benchmarks: the same harness as bench/lang/run.mjs, over bench/stdlib/*.py.
// Usage: node bench/stdlib/run.mjs [--runs N] [--only name[,name]] [--json out.json] [--python cmd] [--timeout s]
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const r = spawnSync(process.execPath, [join(here, "..", "lang", "run.mjs"), "--dir", here, "--no-startup", ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(r.status ?? 1);
