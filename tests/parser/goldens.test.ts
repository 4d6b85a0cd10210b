// Compares our AST (printed by astDump) with CPython 3.11's ast.dump output stored in
// tests/parser/fixtures/**/*.ast (regenerate with tests/parser/gen_ast_goldens.py).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { dumpAst, formatDiagnostic, parse } from "../../src/lang/parser/index.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const fixtures = join(root, "tests", "parser", "fixtures");
const conformance = join(root, "tests", "conformance");

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith(".ast")) out.push(p);
  }
  return out.sort();
}

function sourceFor(golden: string): string {
  const rel = relative(fixtures, golden).replace(/\.attrs\.ast$|\.ast$/, ".py");
  if (rel.startsWith("conformance")) return join(conformance, rel.slice("conformance".length + 1));
  return join(fixtures, rel);
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}:\n  ours:    ${a.slice(Math.max(0, i - 120), i + 120)}\n  cpython: ${b.slice(Math.max(0, i - 120), i + 120)}`;
}

const goldens = walk(fixtures);

test("golden files exist", () => {
  assert.ok(goldens.length >= 40, `only ${goldens.length} goldens`);
});

for (const golden of goldens) {
  const src = sourceFor(golden);
  const name = relative(fixtures, golden);
  test(`ast.dump matches CPython: ${name}`, { skip: existsSync(src) ? false : "source file removed" }, () => {
    const source = readFileSync(src, "utf8");
    const { module, diagnostics } = parse(source, src);
    const syntaxErrors = diagnostics.filter((d) => !/outside|inside async|nonlocal|duplicate argument|multiple starred/.test(d.message));
    assert.deepEqual(syntaxErrors.map((d) => formatDiagnostic(source, name, d)), [], "CPython parses this file without errors");
    const ours = dumpAst(module, source, { includeAttributes: golden.endsWith(".attrs.ast") });
    const expected = readFileSync(golden, "utf8").trimEnd();
    if (ours !== expected) assert.fail(`dump differs ${firstDifference(ours, expected)}`);
  });
}
