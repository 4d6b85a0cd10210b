// The compiled-module cache: a program run again comes from the cache and behaves the same, an
// edited one is compiled afresh, and the cache holds each module once, keyed by its source.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, tauraro } from "./helpers.js";

const CACHE = join(ROOT, "node_modules", ".cache", "tauraro", "modules");

/** A program text no other test or run has used, so its first run cannot be a cache hit. */
function unique(body: string): string {
  return `# ${process.pid}-${Date.now()}-${Math.random()}\n${body}`;
}

function cachedEntryFor(source: string): string | undefined {
  if (!existsSync(CACHE)) return undefined;
  return readdirSync(CACHE)
    .filter((n) => n.endsWith(".json"))
    .find((n) => {
      try {
        return JSON.parse(readFileSync(join(CACHE, n), "utf8")).source === source;
      } catch {
        return false;
      }
    });
}

test("a second run of an unchanged program comes from the cache and prints the same, traceback included", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tauraro-cache-"));
  const src = unique("def f(x):\n    return 10 // x\n\nprint(f(5))\nprint(f(0))\n");
  writeFileSync(join(dir, "prog.py"), src);
  const first = await tauraro(["run", "prog.py"], { cwd: dir });
  assert.ok(cachedEntryFor(src), "the first run stores the compiled module");
  const second = await tauraro(["run", "prog.py"], { cwd: dir });
  assert.equal(first.stdout, "2\n");
  assert.equal(second.stdout, first.stdout);
  assert.equal(second.code, 1);
  assert.equal(second.stderr, first.stderr);
  assert.match(second.stderr, /line 6, in <module>\n    print\(f\(0\)\)\n.*line 3, in f\n    return 10 \/\/ x\nZeroDivisionError: integer division or modulo by zero\n$/s);
});

test("an edited program is compiled afresh, not taken from the cache", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tauraro-cache-"));
  const file = join(dir, "prog.py");
  const tag = unique("");
  writeFileSync(file, `${tag}print("one")\n`);
  assert.equal((await tauraro(["run", "prog.py"], { cwd: dir })).stdout, "one\n");
  writeFileSync(file, `${tag}print("two")\n`);
  assert.equal((await tauraro(["run", "prog.py"], { cwd: dir })).stdout, "two\n");
  // same text again: the first entry still serves it
  writeFileSync(file, `${tag}print("one")\n`);
  assert.equal((await tauraro(["run", "prog.py"], { cwd: dir })).stdout, "one\n");
});

test("imported modules are cached by their own source, and a syntax error is never cached", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tauraro-cache-"));
  const helper = unique("def twice(x):\n    return 2 * x\n");
  writeFileSync(join(dir, "helper.py"), helper);
  writeFileSync(join(dir, "main.py"), "import helper\nprint(helper.twice(21))\n");
  assert.equal((await tauraro(["run", "main.py"], { cwd: dir })).stdout, "42\n");
  assert.ok(cachedEntryFor(helper));
  const bad = unique("print(1 +)\n");
  writeFileSync(join(dir, "bad.py"), bad);
  for (let i = 0; i < 2; i++) {
    const r = await tauraro(["run", "bad.py"], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /SyntaxError: invalid syntax/);
  }
  assert.equal(cachedEntryFor(bad), undefined);
});
