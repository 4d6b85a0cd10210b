// Bad programs in tests/parser/fixtures/errors/*.py: the first diagnostic, rendered by
// formatDiagnostic, must equal what CPython 3.11 prints for the same file (*.err,
// produced by tests/parser/gen_ast_goldens.py).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatDiagnostic, parse } from "../../src/lang/parser/index.js";

const dir = fileURLToPath(new URL("../../../tests/parser/fixtures/errors", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".py")).sort();

test("there are at least 25 error fixtures", () => {
  assert.ok(files.length >= 25);
});

for (const f of files) {
  test(`error matches CPython: ${f}`, () => {
    const source = readFileSync(join(dir, f), "utf8");
    const expected = readFileSync(join(dir, f.replace(/\.py$/, ".err")), "utf8");
    const { diagnostics } = parse(source, "app.tr");
    assert.ok(diagnostics.length > 0, "expected a diagnostic");
    assert.equal(formatDiagnostic(source, "app.tr", diagnostics[0]), expected);
  });
}
