import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize, TokenType, StringFlags, lineCol } from "../../src/lang/parser/index.js";

function kinds(src: string): string[] {
  return tokenize(src).tokens.map((t) => {
    switch (t.type) {
      case TokenType.NewLine: return "NL";
      case TokenType.Indent: return "IN";
      case TokenType.Dedent: return "DE";
      case TokenType.EndOfStream: return "EOF";
      case TokenType.Error: return "ERR";
      case TokenType.String: return "STR";
      case TokenType.Number: return `NUM:${t.value}`;
      default: return t.value;
    }
  });
}

test("simple statement tokens", () => {
  assert.deepEqual(kinds("x = 1\n"), ["x", "=", "NUM:1", "NL", "EOF"]);
  assert.deepEqual(kinds("a **= b // c"), ["a", "**=", "b", "//", "c", "NL", "EOF"]);
  assert.deepEqual(kinds("f(x) -> y := ... != <= >>= @"), ["f", "(", "x", ")", "->", "y", ":=", "...", "!=", "<=", ">>=", "@", "NL", "EOF"]);
});

test("keywords vs soft keywords", () => {
  const t = tokenize("if match case _ None").tokens;
  assert.equal(t[0].type, TokenType.Keyword);
  assert.equal(t[1].type, TokenType.Name);
  assert.equal(t[2].type, TokenType.Name);
  assert.equal(t[3].type, TokenType.Name);
  assert.equal(t[4].type, TokenType.Keyword);
});

test("INDENT/DEDENT and blank/comment lines", () => {
  const src = "if a:\n    b\n\n    # c\n        # d\n    e\nf\n";
  assert.deepEqual(kinds(src), ["if", "a", ":", "NL", "IN", "b", "NL", "e", "NL", "DE", "f", "NL", "EOF"]);
});

test("nested dedents at EOF without trailing newline", () => {
  assert.deepEqual(kinds("if a:\n  if b:\n    c"), ["if", "a", ":", "NL", "IN", "if", "b", ":", "NL", "IN", "c", "NL", "DE", "DE", "EOF"]);
});

test("brackets suspend NEWLINE and indentation", () => {
  assert.deepEqual(kinds("x = (1,\n        2,\n  3)\ny"), ["x", "=", "(", "NUM:1", ",", "NUM:2", ",", "NUM:3", ")", "NL", "y", "NL", "EOF"]);
});

test("backslash continuation joins lines", () => {
  assert.deepEqual(kinds("x = 1 + \\\n    2\n"), ["x", "=", "NUM:1", "+", "NUM:2", "NL", "EOF"]);
});

test("tabs count to the next multiple of 8", () => {
  // A tab and 8 spaces are the same level, but mixing them is a TabError like CPython.
  const out = tokenize("if a:\n\tb\n        c\n");
  assert.equal(out.diagnostics[0]?.kind, "TabError");
  assert.deepEqual(kinds("if a:\n\tb\n\tc\n"), ["if", "a", ":", "NL", "IN", "b", "NL", "c", "NL", "DE", "EOF"]);
});

test("CRLF and BOM", () => {
  assert.deepEqual(kinds("\ufeffx = 1\r\nif x:\r\n  y\r\n"), ["x", "=", "NUM:1", "NL", "if", "x", ":", "NL", "IN", "y", "NL", "DE", "EOF"]);
});

test("token positions are source offsets", () => {
  const src = "ab = 'cd'\n  # x\nef";
  const t = tokenize(src).tokens;
  assert.deepEqual([t[0].start, t[0].length], [0, 2]);
  assert.deepEqual([t[2].start, t[2].length], [5, 4]);
  const ef = t.find((x) => x.value === "ef")!;
  assert.equal(ef.start, 16);
  assert.deepEqual(lineCol(src, ef.start), { line: 3, col: 0 });
});

test("string tokens carry prefix flags and raw body", () => {
  const t = tokenize(`rb'\\d' f"{x}" '''a\n"b"''' u'x'`).tokens;
  assert.equal(t[0].flags, StringFlags.Raw | StringFlags.Bytes);
  assert.equal(t[0].value, "\\d");
  assert.equal(t[1].flags, StringFlags.Format);
  assert.equal(t[2].flags & StringFlags.Triple, StringFlags.Triple);
  assert.equal(t[2].value, 'a\n"b"');
  assert.equal(t[3].flags, StringFlags.Unicode);
});

test("triple-quoted strings keep HTML/JS with quotes, backticks and ${...} literal", () => {
  const body = `<script>const s = \`x \${y}\`; if (a == "b" || c == 'd') {}</script>`;
  const t = tokenize(`H = """${body}"""\n`).tokens;
  assert.equal(t[2].type, TokenType.String);
  assert.equal(t[2].value, body);
});

test("numbers", () => {
  assert.deepEqual(kinds("1_000 0xFF 0o17 0b1 1.5e-3 .5 1. 3j 1E5J"), [
    "NUM:1_000", "NUM:0xFF", "NUM:0o17", "NUM:0b1", "NUM:1.5e-3", "NUM:.5", "NUM:1.", "NUM:3j", "NUM:1E5J", "NL", "EOF",
  ]);
});

test("the tokenizer never throws; errors become ERR tokens plus diagnostics", () => {
  const out = tokenize("x = 1abc € 'open\ny = (\n");
  assert.ok(out.tokens.some((t) => t.type === TokenType.Error));
  assert.deepEqual(out.diagnostics.map((d) => d.message), [
    "invalid decimal literal",
    "invalid character '€' (U+20AC)",
    "unterminated string literal (detected at line 1)",
    "'(' was never closed",
  ]);
  assert.equal(out.tokens[out.tokens.length - 1].type, TokenType.EndOfStream);
});
