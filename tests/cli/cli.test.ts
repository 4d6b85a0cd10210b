// The `tauraro` command line: help, version, usage errors, running files (sys.argv as CPython's),
// -c, programs from stdin, sys.exit / SystemExit / KeyboardInterrupt exit statuses, and deep
// recursion. Each runs `node bin/tauraro.cjs …` as a real process.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, tauraro, python, runProcess, tempTree, jsLeaks, lastLine } from "./helpers.js";

describe("help, version and usage errors", () => {
  for (const flag of ["--help", "-h", "help"]) {
    test(`${flag} prints the usage, exit 0`, async () => {
      const r = await tauraro([flag]);
      assert.equal(r.code, 0);
      assert.equal(r.stderr, "");
      for (const word of ["usage: tauraro", "run", "check", "repl", "-c CODE", "--version", "--serve", "--port"]) assert.ok(r.stdout.includes(word), `mentions ${word}`);
    });
  }

  for (const flag of ["--version", "-V"]) {
    test(`${flag}`, async () => {
      const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
      const r = await tauraro([flag]);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, `Tauraro ${pkg.version} (compatible with Python 3.11)\n`);
    });
  }

  const usage: [string[], RegExp][] = [
    [["--bogus"], /^tauraro: unknown option '--bogus'\nTry 'tauraro --help' for more information\.\n$/],
    [["--hlep"], /unknown option '--hlep' \(did you mean '--help'\?\)/],
    [["--verson"], /did you mean '--version'\?/],
    [["-x"], /^tauraro: unknown option '-x'\n/],
    [["-c"], /-c needs CODE/],
    [["run"], /'run' needs a FILE to run/],
    [["run", "--serve"], /'run' needs a FILE to run/],
    [["run", "--port"], /--port needs a port number \(0-65535\), got ''/],
    [["run", "--port", "abc", "x.py"], /--port needs a port number \(0-65535\), got 'abc'/],
    [["run", "--port=abc", "x.py"], /--port needs a port number \(0-65535\), got 'abc'/],
    [["run", "--port=70000", "x.py"], /got '70000'/],
    [["run", "--port", "-1", "x.py"], /got '-1'/],
    [["run", "--browser"], /--browser needs the path of a browser/],
    [["run", "--browser=", "x.py"], /--browser needs the path of a browser/],
    [["run", "--serv", "x.py"], /unknown option '--serv' for 'run' \(did you mean '--serve'\?\)/],
    [["run", "-q", "x.py"], /unknown option '-q' for 'run'/],
    [["check"], /'check' needs at least one FILE/],
  ];
  for (const [args, re] of usage) {
    test(`tauraro ${args.join(" ")} → exit 2`, async () => {
      const r = await tauraro(args);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, re);
      assert.match(r.stderr, /Try 'tauraro --help' for more information\.\n$/);
      assert.equal(r.stdout, "");
    });
  }
});

describe("running files", () => {
  const dir = tempTree({
    "argv.py": `import sys\nprint(sys.argv)\nprint(__name__)\n`,
    "sub/hello.tr": `print("hello from .tr")\n`,
    "pkgdir/__main__.py": `print("dir main")\n`,
    "emptydir/x.txt": ``,
  });

  test("a missing file: CPython's message, exit 2", async () => {
    const [py, tr] = await Promise.all([python(["nope.py"], { cwd: dir }), tauraro(["run", "nope.py"], { cwd: dir })]);
    assert.equal(py.code, 2);
    assert.equal(tr.code, 2);
    const msg = `can't open file '${join(dir, "nope.py")}': [Errno 2] No such file or directory\n`;
    assert.ok(py.stderr.endsWith(msg));
    assert.equal(tr.stderr, `tauraro: ${msg}`);
    const bare = await tauraro(["nope.py"], { cwd: dir });
    assert.equal(bare.code, 2);
    assert.equal(bare.stderr, `tauraro: ${msg}`);
  });

  test("tauraro FILE args… = run, sys.argv as CPython's", async () => {
    for (const args of [["argv.py", "a", "-b", "--c", "x y"], ["./argv.py"], ["argv.py", "--serve", "--", "-c"]]) {
      const [py, tr, trRun] = await Promise.all([python(args, { cwd: dir }), tauraro(args, { cwd: dir }), tauraro(["run", ...args], { cwd: dir })]);
      assert.equal(tr.stdout, py.stdout);
      assert.equal(trRun.stdout, py.stdout);
      assert.equal(tr.code, 0);
    }
  });

  test("run -- FILE and an absolute path", async () => {
    const r = await tauraro(["run", "--", "argv.py", "1"], { cwd: dir });
    assert.equal(r.stdout, "['argv.py', '1']\n__main__\n");
    const abs = join(dir, "argv.py");
    const r2 = await tauraro([abs], { cwd: ROOT });
    assert.equal(r2.stdout, `['${abs}']\n__main__\n`);
  });

  test("any extension: .tr", async () => {
    const r = await tauraro(["sub/hello.tr"], { cwd: dir });
    assert.equal(r.stdout, "hello from .tr\n");
    assert.equal(r.code, 0);
  });

  test("a directory runs its __main__; without one: CPython's message", async () => {
    const r = await tauraro(["pkgdir"], { cwd: dir });
    assert.equal(r.stdout, "dir main\n");
    const [py, tr] = await Promise.all([python(["emptydir"], { cwd: dir }), tauraro(["emptydir"], { cwd: dir })]);
    assert.equal(tr.code, py.code);
    assert.equal(tr.stderr, `tauraro: can't find '__main__' module in '${join(dir, "emptydir")}'\n`);
  });

  test("-c CODE args: sys.argv[0] == '-c'", async () => {
    const code = "import sys; print(sys.argv, __name__)";
    const [py, tr] = await Promise.all([python(["-c", code, "1", "--two"]), tauraro(["-c", code, "1", "--two"])]);
    assert.equal(tr.stdout, py.stdout);
    assert.equal(tr.stdout, "['-c', '1', '--two'] __main__\n");
  });

  test("-c with an uncaught exception: <string> frames, no source line", async () => {
    const code = "def f():\n    return 1/0\nf()";
    const [py, tr] = await Promise.all([python(["-c", code]), tauraro(["-c", code])]);
    assert.equal(tr.stderr, py.stderr);
    assert.equal(tr.code, 1);
  });

  test("'-' reads the program from stdin", async () => {
    const src = "import sys\nprint(sys.argv)\n1/0\n";
    const [py, tr] = await Promise.all([python(["-", "a"], { input: src }), tauraro(["-", "a"], { input: src })]);
    assert.equal(tr.stdout, py.stdout);
    assert.equal(tr.stderr, py.stderr);
    assert.equal(tr.code, 1);
  });
});

describe("exit statuses", { concurrency: 4 }, () => {
  const cases: Record<string, string> = {
    "sys.exit(3)": `import sys\nprint("a")\nsys.exit(3)\n`,
    "sys.exit('msg')": `import sys\nsys.exit("fatal: bad config")\n`,
    "sys.exit(None)": `import sys\nsys.exit(None)\n`,
    "sys.exit()": `import sys\nprint("bye")\nsys.exit()\n`,
    "sys.exit(256)": `import sys\nsys.exit(256)\n`,
    "sys.exit(-1)": `import sys\nsys.exit(-1)\n`,
    "sys.exit(True)": `import sys\nsys.exit(True)\n`,
    "sys.exit([1, 2])": `import sys\nsys.exit([1, 2])\n`,
    "raise SystemExit": `raise SystemExit\n`,
    "raise SystemExit(4)": `raise SystemExit(4)\n`,
    "SystemExit in a function, finally runs": `import sys\ndef f():\n    try:\n        sys.exit(5)\n    finally:\n        print("fin")\nf()\n`,
    "SystemExit caught": `import sys\ntry:\n    sys.exit(9)\nexcept SystemExit as e:\n    print("caught", e.code)\nprint("on")\n`,
    "exit(7)": `exit(7)\n`,
    "quit()": `quit()\n`,
    "output flushed before exit": `import sys\nprint("out", end="")\nsys.stdout.write("x")\nsys.stderr.write("err\\n")\nsys.exit(2)\n`,
    "KeyboardInterrupt raised by the program": `def f():\n    raise KeyboardInterrupt\nprint("before")\nf()\n`,
    "KeyboardInterrupt caught": `try:\n    raise KeyboardInterrupt\nexcept KeyboardInterrupt:\n    print("caught")\n`,
    "exception with exit status 1": `raise ValueError("x")\n`,
  };
  for (const [name, src] of Object.entries(cases)) {
    test(name, async () => {
      const dir = tempTree({ "main.py": src });
      const [py, tr] = await Promise.all([python(["main.py"], { cwd: dir }), tauraro(["main.py"], { cwd: dir })]);
      assert.equal(tr.stdout, py.stdout, "stdout");
      assert.equal(tr.stderr, py.stderr.replace(/^ *[~^]+ *\n/gm, ""), "stderr");
      assert.equal(tr.code, py.code, "exit code");
      // CPython ends by SIGINT after an uncaught KeyboardInterrupt (a shell sees 130).
      assert.equal(tr.signal, py.signal, "signal");
    });
  }

  test("an uncaught KeyboardInterrupt is status 130 in a shell", async () => {
    const dir = tempTree({ "main.py": `raise KeyboardInterrupt\n` });
    const sh = await runProcess("sh", ["-c", `node '${join(ROOT, "bin", "tauraro.cjs")}' main.py 2>/dev/null; echo "status $?"`], { cwd: dir });
    assert.equal(sh.stdout, "status 130\n");
  });
});

describe("deep recursion", () => {
  test("RecursionError is catchable; the program goes on", async () => {
    const src = `def f(n):\n    return f(n+1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print("caught", e)\nprint("after")\n`;
    const dir = tempTree({ "main.py": src });
    const [py, tr] = await Promise.all([python(["main.py"], { cwd: dir }), tauraro(["main.py"], { cwd: dir })]);
    assert.equal(tr.stdout, py.stdout);
    assert.equal(tr.code, 0);
  });

  test("uncaught: a Python traceback ending in RecursionError, no JS stack", async () => {
    const dir = tempTree({ "main.py": `def f(n):\n    return f(n+1)\nf(0)\n` });
    const [py, tr] = await Promise.all([python(["main.py"], { cwd: dir }), tauraro(["main.py"], { cwd: dir })]);
    assert.equal(tr.code, 1);
    assert.equal(lastLine(tr.stderr), "RecursionError: maximum recursion depth exceeded");
    assert.equal(lastLine(tr.stderr), lastLine(py.stderr));
    assert.deepEqual(jsLeaks(tr.stderr), []);
    assert.match(tr.stderr, /^Traceback \(most recent call last\):\n/);
    assert.match(tr.stderr, /  File ".*main\.py", line 2, in f\n    return f\(n\+1\)\n/);
    assert.match(tr.stderr, /  \[Previous line repeated \d+ more times\]\n/);
    assert.ok(tr.stderr.split("\n").length < 40, "repeated frames are collapsed");
  });

  test("mutual recursion through methods and __getattr__", async () => {
    const src = `class A:\n    def __getattr__(self, n):\n        return self.x\ndef even(n):\n    return odd(n + 1)\ndef odd(n):\n    return even(n + 1)\nfor thunk in (lambda: A().y, lambda: even(0)):\n    try:\n        thunk()\n    except RecursionError:\n        print("recursion")\n`;
    const dir = tempTree({ "main.py": src });
    const tr = await tauraro(["main.py"], { cwd: dir });
    assert.equal(tr.stdout, "recursion\nrecursion\n");
    assert.equal(tr.code, 0);
  });

  test("sys.setrecursionlimit / getrecursionlimit do not crash", async () => {
    const src = `import sys\nsys.setrecursionlimit(100000)\nprint(sys.getrecursionlimit())\ndef f(n):\n    return f(n+1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print("caught", e)\nsys.setrecursionlimit(50)\nprint(sys.getrecursionlimit())\ndef g(n):\n    return n if n == 0 else g(n - 1)\nprint(g(30))\n`;
    const dir = tempTree({ "main.py": src });
    const [py, tr] = await Promise.all([python(["main.py"], { cwd: dir }), tauraro(["main.py"], { cwd: dir })]);
    assert.equal(tr.stdout, py.stdout);
    assert.equal(tr.code, 0);
  });
});
