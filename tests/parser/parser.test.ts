import { test } from "node:test";
import assert from "node:assert/strict";
import { parse, formatDiagnostic, dumpAst, type Stmt, type Expr } from "../../src/lang/parser/index.js";

function body(src: string): Stmt[] {
  const r = parse(src, "t.py");
  assert.deepEqual(r.diagnostics, []);
  return r.module.body;
}
function expr(src: string): Expr {
  const s = body(src)[0];
  assert.equal(s.kind, "Expr");
  return (s as Extract<Stmt, { kind: "Expr" }>).value;
}

test("constants keep exact Python values", () => {
  const e = expr("123456789012345678901234567890");
  assert.deepEqual(e.kind === "Constant" && e.value, { type: "int", value: 123456789012345678901234567890n });
  const f = expr("1_0.5e1");
  assert.deepEqual(f.kind === "Constant" && f.value, { type: "float", value: 105 });
  const c = expr("2.5j");
  assert.deepEqual(c.kind === "Constant" && c.value, { type: "complex", imag: 2.5 });
  const b = expr("b'\\x00A' b'B'");
  assert.ok(b.kind === "Constant" && b.value.type === "bytes");
  assert.deepEqual(b.kind === "Constant" && b.value.type === "bytes" && Array.from(b.value.value), [0, 65, 66]);
  const s = expr("'a' \"b\" '''c'''");
  assert.deepEqual(s.kind === "Constant" && s.value, { type: "str", value: "abc" });
});

test("f-string self-documenting expression", () => {
  const src = 'f"{x=}"';
  assert.equal(
    dumpAst(parse(src, "t").module, src),
    "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])",
  );
});

test("node positions are offsets; parenthesized operands extend the parent", () => {
  const src = "y = (a + b) * c";
  const assign = body(src)[0];
  assert.equal(assign.kind, "Assign");
  if (assign.kind !== "Assign") return;
  const v = assign.value;
  assert.equal(src.slice(v.start, v.start + v.length), "(a + b) * c");
  if (v.kind !== "BinOp") return assert.fail();
  assert.equal(src.slice(v.left.start, v.left.start + v.left.length), "a + b");
});

test("soft keywords stay usable as names", () => {
  const b = body("match = 1\ncase = match\n_ = case\nmatch(x)\nmatch x:\n    case _:\n        pass\n");
  assert.deepEqual(b.map((s) => s.kind), ["Assign", "Assign", "Assign", "Expr", "Match"]);
});

test("AnnAssign.simple follows CPython", () => {
  const [a, b] = body("x: int\n(y): int\n");
  assert.equal(a.kind === "AnnAssign" && a.simple, 1);
  assert.equal(b.kind === "AnnAssign" && b.simple, 0);
});

test("parser recovers and reports every bad statement", () => {
  const src = "x = = 1\ny = 2\nif y\n    z = 3\nprint 'a'\nw = 4\ndef f():\n    return 1 +\nv = (1,\n";
  const r = parse(src, "app.tr");
  assert.deepEqual(r.diagnostics.map((d) => d.message), [
    "invalid syntax",
    "expected ':'",
    "Missing parentheses in call to 'print'. Did you mean print(...)?",
    "invalid syntax",
    "'(' was never closed",
  ]);
  // The good statements around the errors are still in the tree.
  assert.deepEqual(r.module.body.map((s) => s.kind), ["Assign", "Assign", "FunctionDef"]);
});

test("formatDiagnostic uses CPython's layout", () => {
  const src = "x = 1\n\nif x\n    pass\n";
  const [d] = parse(src, "app.tr").diagnostics;
  assert.equal(formatDiagnostic(src, "app.tr", d), '  File "app.tr", line 3\n    if x\n        ^\nSyntaxError: expected \':\'\n');
});

test("compile-time errors come after syntax errors", () => {
  const r = parse("return 1\nx = (\n", "app.tr");
  assert.deepEqual(r.diagnostics.map((d) => d.message), ["'(' was never closed", "'return' outside function"]);
});

test("break/continue/return context", () => {
  assert.deepEqual(parse("for x in y:\n    def f():\n        break\n", "t").diagnostics.map((d) => d.message), ["'break' outside loop"]);
  assert.deepEqual(parse("while 1:\n    continue\nclass A:\n    return\n", "t").diagnostics.map((d) => d.message), ["'return' outside function"]);
  assert.deepEqual(parse("f = lambda: (yield)\nasync def g():\n    await x\n", "t").diagnostics, []);
});

const PARSE_BENCH_CHUNK = [
    "class Widget(Base, metaclass=Meta):",
    "    def render(self, ctx, *args, key=None, **kw) -> str:",
    "        items = [f\"<li>{i!r:>4}</li>\" for i in range(self.n) if i % 2]",
    "        if not items and key is not None:",
    "            return '''<div class=\"x\">${empty}</div>'''",
    "        total = sum(x * 2 + 1 for x in self.values) // 3",
    "        data = {'a': [1, 2, 3], 'b': (4, 5), **kw}",
    "        return ''.join(items) + str(total) + repr(data)",
    "",
    "",
  ].join("\n") + "\n";

test("a 5,000-line file parses without diagnostics (its speed is measured in bench/lang/parse.mjs)", () => {
  const src = PARSE_BENCH_CHUNK.repeat(500);
  assert.equal(src.split("\n").length, 5001);
  const r = parse(src, "big.py");
  assert.deepEqual(r.diagnostics, []);
  assert.equal(r.module.body.length, 500);
});
