// Runs every compiled test file (dist/tests/**/*.test.js) under node's test runner.
// Pass a substring to run only matching files: `node tests/run.mjs parser`.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const testRoot = join(root, "dist", "tests");

function collect(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...collect(p));
    else if (name.endsWith(".test.js")) out.push(p);
  }
  return out;
}

const filters = process.argv.slice(2);
const files = collect(testRoot)
  .filter((f) => filters.length === 0 || filters.some((s) => relative(testRoot, f).includes(s)))
  .sort();
if (files.length === 0) {
  console.error("no test files matched");
  process.exit(1);
}
const r = spawnSync(process.execPath, ["--test", "--test-concurrency=2", ...files], { stdio: "inherit", cwd: root });
process.exit(r.status ?? 1);
