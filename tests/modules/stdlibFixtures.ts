// Runs the snippets of tests/modules/fixtures/<module>.json (made by gen_fixtures.py with
// CPython 3.11) under `tauraro -c` and compares their output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// compiled to dist/tests/modules; fixtures stay in the source tree
const root = fileURLToPath(new URL("../../..", import.meta.url));

interface Case {
  name: string;
  code: string;
  out: string;
}

function runTauraro(code: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [join(root, "bin", "tauraro.cjs"), "-c", code], { cwd: root });
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("error", reject);
    p.on("close", (codeOut) => {
      if (codeOut !== 0) {
        const lines = err.split("\n").filter((l) => l.trim());
        out += "!! " + (lines[lines.length - 1] ?? "") + "\n";
      }
      resolve(out);
    });
  });
}

/** One test per fixture case of `module`. */
export function fixtureTests(module: string): void {
  const cases: Case[] = JSON.parse(readFileSync(join(root, "tests", "modules", "fixtures", module + ".json"), "utf8"));
  for (const c of cases) {
    test(`${module}: ${c.name}`, async () => {
      assert.equal(await runTauraro(c.code), c.out);
    });
  }
}
