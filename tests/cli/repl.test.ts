// `tauraro repl` with piped stdin behaves as `python3 -i` with piped stdin: values of expression
// statements are echoed with repr() on stdout (None is not), blocks continue until an empty
// line, an error prints a traceback and the session goes on, exit()/EOF end it. Prompts
// (">>> ", "... ") go to stderr when stdin is not a terminal, as CPython does, so stdout carries
// only program output. CPython's two banner lines (printed even with piped input) are dropped
// before comparing stderr; Tauraro prints its banner only on a terminal.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { tauraro, python, jsLeaks } from "./helpers.js";

function withoutBanner(stderr: string): string {
  return stderr.replace(/^Python 3[^\n]*\nType "help"[^\n]*\n/, "");
}

const SESSIONS: Record<string, string> = {
  "expressions echo with repr; None prints nothing": `1+1\nNone\n"abc"\n'it''s'\n[1, "a", None]\n{"k": (1,)}\n3/2\nprint("printed")\nx = 5\nx\n_ + 1\n`,
  "multi-line def, then a call": `def f(x):\n    y = x * 2\n    return y\n\nf(4)\nf("ab")\n`,
  "for loop block": `for i in range(3):\n    print(i)\n\ntotal = 0\nfor i in range(3):\n    total += i\n\ntotal\n`,
  "class with methods": `class Counter:\n    def __init__(self):\n        self.n = 0\n\n    def inc(self):\n        self.n += 1\n        return self\n\nc = Counter()\nc.inc().inc().n\n`,
  "an error shows a traceback; the session goes on": `1/0\nprint("still here")\ndef boom():\n    raise ValueError("bad")\n\nboom()\nundefined_name\n{}["k"]\n2 * 21\n`,
  "syntax errors are reported at once": `1 +\nx = (1,\n2)\nx\nprint("ok"\n)\nif True:\n\nclass A: pass\n\nA\n`,
  "decorators, triple-quoted strings, semicolons": `import functools\n@functools.lru_cache\ndef sq(n):\n    return n * n\n\nsq(7)\n"""abc\ndef"""\nx = 1; x\n1; 2\n`,
  "NameError suggestions from the session's globals": `counter = 1\ncountr\nlenn([])\n`,
  "exit() ends the session": `print("a")\nexit()\nprint("not reached")\n`,
  "exit(3) is the exit status": `import sys\nsys.exit(3)\nprint("not reached")\n`,
  "EOF inside a block runs it": `for i in range(2):\n    print(i)`,
  "EOF inside an unfinished string": `s = "a\\\n`,
};

describe("tauraro repl (piped stdin) behaves as python3 -i", { concurrency: 4 }, () => {
  for (const [name, input] of Object.entries(SESSIONS)) {
    test(name, async () => {
      const [py, tr] = await Promise.all([python(["-i"], { input }), tauraro(["repl"], { input })]);
      assert.deepEqual(jsLeaks(tr.stderr + tr.stdout), []);
      assert.equal(tr.stdout, py.stdout, "stdout");
      assert.equal(tr.stderr, withoutBanner(py.stderr), "stderr");
      assert.equal(tr.code, py.code, "exit status");
    });
  }

  test("prompts never reach stdout", async () => {
    const r = await tauraro(["repl"], { input: `def f():\n    return 1\n\nf()\n` });
    assert.equal(r.stdout, "1\n");
    assert.equal(r.stderr, ">>> ... ... >>> >>> \n");
    assert.equal(r.code, 0);
  });

  test("tauraro with no arguments and piped input runs it as a program (as python3)", async () => {
    const input = `import sys\nprint(sys.argv, __name__)\n1+1\n`;
    const [py, tr] = await Promise.all([python([], { input }), tauraro([], { input })]);
    assert.equal(tr.stdout, py.stdout);
    assert.equal(tr.stdout, "[''] __main__\n");
    assert.equal(tr.code, 0);
  });
});
