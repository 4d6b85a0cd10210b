// Syntax and indentation errors: `tauraro prog.py` must print exactly what `python3 prog.py`
// prints (file, line, the source line, the caret line, `SyntaxError: …`) and exit 1; and
// `tauraro check` lists every error of every file.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tauraro, python, tempTree, jsLeaks } from "./helpers.js";

const BAD: Record<string, string> = {
  "unclosed paren, next line": `x = (1,\ny = 2\n`,
  "missing indented block": `def f():\nreturn 1\n`,
  "unexpected indent": `if True:\n    x = 1\n      y = 2\n`,
  "expression ends at EOL": `x = 1 +\n`,
  "call never closed": `print("hi"\n`,
  "for without colon": `for x in range(3)\n    print(x)\n`,
  "unterminated string": `x = "abc\n`,
  "unindent does not match": `class A:\n    def f(self):\n        pass\n  x = 1\n`,
  "two names in a row": `a = 1\nb = 2\nc = a b\n`,
  "x++": `x = 5\nx++ \n`,
  "return outside function": `return 5\n`,
  "bare generator argument": `f(x for x in y, 1)\n`,
  "assign to literal": `1 = x\n`,
  "list never closed": `x = [1, 2\nprint(x)\n`,
  "while without colon": `while True\n    pass\n`,
  "else without if": `else:\n    pass\n`,
  "stray closing paren": `x = )\n`,
  "tab/space mix (TabError)": `if True:\n\tx = 1\n        y = 2\n`,
  "dedent to unknown level": `if True:\n        x = 1\n    y = 2\n`,
  "print statement": `print "hello"\n`,
  "unterminated triple quote": `s = """abc\nxyz\n`,
  "invalid character": `x = 1 $ 2\n`,
  "leading zero": `x = 012\n`,
  "break outside loop": `break\n`,
  "nonlocal at module level": `nonlocal x\n`,
  "duplicate argument": `def f(a, a):\n    pass\n`,
  "positional after keyword": `f(a=1, 2)\n`,
  "empty f-string expression": `x = f"{}"\n`,
  "assign to call": `f() = 5\n`,
  "bad dedent in function": `def f():\n    x = 1\n   y = 2\n`,
  "mismatched brackets": `x = [1, 2, 3}\n`,
  "assignment in while": `while x = 1:\n    pass\n`,
  "bare import": `import\n`,
  "class without name": `class:\n    pass\n`,
  "try without except": `try:\n    pass\nprint(1)\n`,
  "conditional without else": `x = 5 if True\n`,
  "assignment in elif": `a = 1\nif a == 1:\n    print("one")\nelif a = 2:\n    print("two")\n`,
  "missing comma": `x = (1 2)\n`,
  "del of a call": `del f()\n`,
  "non-ASCII line": `s = "héllo" +\n`,
  "keyword argument repeated": `f(a=1, a=2)\n`,
  "error deep in a program": `import sys\n\ndef main(argv):\n    total = 0\n    for a in argv:\n        total += len(a)\n    return total\n\nif __name__ == "__main__":\n    print(main(sys.argv)\n`,
};

const TODO: Record<string, string> = {
  "def with a bad parameter list": "parser: `def f(:` reports \"'(' was never closed\" instead of CPython's 'invalid syntax' at ':'",
};
const TODO_SRC: Record<string, string> = {
  "def with a bad parameter list": `def f(:\n    pass\n`,
};

describe("syntax errors print exactly what CPython prints", { concurrency: 6 }, () => {
  const dir = tempTree({});
  const all: [string, string, string | undefined][] = [
    ...Object.entries(BAD).map(([n, s]): [string, string, string | undefined] => [n, s, undefined]),
    ...Object.entries(TODO_SRC).map(([n, s]): [string, string, string | undefined] => [n, s, TODO[n]]),
  ];
  all.forEach(([name, src, todo], i) => {
    const file = `bad${String(i).padStart(2, "0")}.py`;
    writeFileSync(join(dir, file), src);
    test(name, { todo }, async () => {
      const [py, tr] = await Promise.all([python([file], { cwd: dir }), tauraro([file], { cwd: dir })]);
      assert.equal(py.code, 1, `python3 should reject it:\n${py.stderr}`);
      assert.deepEqual(jsLeaks(tr.stderr), []);
      assert.equal(tr.stdout, "");
      assert.equal(tr.stderr, py.stderr);
      assert.equal(tr.code, 1);
    });
  });

  test("-c with a syntax error", async () => {
    const [py, tr] = await Promise.all([python(["-c", "x = (1,\nprint(x"]), tauraro(["-c", "x = (1,\nprint(x"])]);
    assert.equal(tr.stderr, py.stderr);
    assert.equal(tr.code, 1);
  });
});

describe("tauraro check", () => {
  test("lists every error of each file, exit 1", async () => {
    const dir = tempTree({
      "one.py": `if True:\nx = 1\nclass A\n    pass\nreturn 5\n`,
      "two.py": `print("fine")\nwhile True\n    break\n`,
      "clean.py": `print("ok")\n`,
    });
    const r = await tauraro(["check", "one.py", "clean.py", "two.py"], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "");
    const heads = r.stderr.split("\n").filter((l) => l.startsWith("  File "));
    assert.deepEqual(heads, [
      `  File "${join(dir, "one.py")}", line 2`,
      `  File "${join(dir, "one.py")}", line 3`,
      `  File "${join(dir, "one.py")}", line 5`,
      `  File "${join(dir, "two.py")}", line 2`,
    ]);
    const kinds = r.stderr.split("\n").filter((l) => /^\w+Error: /.test(l));
    assert.deepEqual(kinds, [
      "IndentationError: expected an indented block after 'if' statement on line 1",
      "SyntaxError: expected ':'",
      "SyntaxError: 'return' outside function",
      "SyntaxError: expected ':'",
    ]);
  });

  test("each error is CPython's report for it", async () => {
    // The first error of a file is exactly what python3 prints for the file.
    const dir = tempTree({ "a.py": `def f():\n    return (1,\n\nx = 1\n` });
    const [py, tr] = await Promise.all([python(["a.py"], { cwd: dir }), tauraro(["check", "a.py"], { cwd: dir })]);
    assert.ok(tr.stderr.startsWith(py.stderr), `check:\n${tr.stderr}\npython3:\n${py.stderr}`);
  });

  test("clean files exit 0", async () => {
    const dir = tempTree({ "a.py": `print(1)\n`, "b.tr": `def f(x):\n    return x * 2\n` });
    const r = await tauraro(["check", "a.py", "b.tr"], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stderr, "");
    assert.match(r.stdout, /2 files checked: no syntax errors/);
  });

  test("a missing file is reported and fails the check", async () => {
    const dir = tempTree({ "a.py": `print(1)\n` });
    const r = await tauraro(["check", "a.py", "missing.py"], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /can't open file '.*missing\.py': \[Errno 2\] No such file or directory/);
  });

  test("no file is a usage error", async () => {
    const r = await tauraro(["check"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /'check' needs at least one FILE/);
  });
});
