/**
 * The `tauraro` command.
 */
import { readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HELP = `usage: tauraro [option] ... [-c cmd | file | -] [arg] ...

Tauraro runs Python-style programs (.tr or .py) compiled to JavaScript, and
WebViewTK apps whose backend is Tauraro code.

Commands:
  tauraro run [options] FILE [args...]   run a program (a WebViewTK app opens its window)
  tauraro FILE [args...]                 same as 'run'
  tauraro -c CODE [args...]              run CODE as a program
  tauraro check FILE...                  report every syntax error in the files
  tauraro - [args...]                    run the program read from standard input
  tauraro repl                           interactive prompt (also: tauraro with no arguments
                                         on a terminal; with input piped in, that input runs
                                         as a program, as with python3)
  tauraro --version                      print the version
  tauraro --help                         print this help

Options for 'run' (before FILE; what follows FILE is the program's sys.argv):
  --serve            do not open a window: serve the app and print its URL
  --port N           with --serve: the port on 127.0.0.1 (default: any free port)
  --browser PATH     the Chromium-family browser to open the app window with

Exit codes: 0 success, 1 uncaught exception or syntax error, 2 usage error,
or the code given to sys.exit().`;

function version(): string {
  // Walk up to package.json: this file runs both from dist/src/cli and from the dist/bundle build.
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  return `Tauraro ${pkg.version} (compatible with Python 3.11)`;
}

const TOP_OPTIONS = ["--help", "--version", "-c", "-h", "-V", "run", "check", "repl"];
const RUN_OPTIONS = ["--serve", "--port", "--browser"];

/** " (did you mean '--help'?)" for a near miss of a known option. */
function didYouMean(given: string, known: string[]): string {
  const bare = given.replace(/=.*/, "");
  if (bare.length <= 2) return "";
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance(bare, k);
    if (d < bestD && d <= Math.max(1, Math.floor(k.length / 3))) {
      best = k;
      bestD = d;
    }
  }
  return best === null ? "" : ` (did you mean '${best}'?)`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

function usageError(msg: string): never {
  process.stderr.write(`tauraro: ${msg}\nTry 'tauraro --help' for more information.\n`);
  process.exit(2);
}

interface RunOptions {
  serve: boolean;
  port: number;
  browser: string | null;
}

/** Whether a program is a WebViewTK app (it imports webviewtk): those run on a worker with the bridge. */
function isWebViewApp(file: string): boolean {
  try {
    const src = readFileSync(file, "utf8");
    return /^\s*(from\s+webviewtk\s+import|import\s+webviewtk)\b/m.test(src);
  } catch {
    return false;
  }
}

interface Outcome {
  code: number;
  signal?: "SIGINT";
}

async function runCommand(args: string[], stdinArgv?: string[]): Promise<Outcome> {
  const opts: RunOptions = { serve: false, port: 0, browser: null };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "--serve") opts.serve = true;
    else if (a === "--port" || a.startsWith("--port=")) {
      const v = a === "--port" ? args[++i] : a.slice(7);
      const p = /^\d+$/.test(v ?? "") ? Number(v) : NaN;
      if (!Number.isInteger(p) || p < 0 || p > 65535) usageError(`--port needs a port number (0-65535), got '${v ?? ""}'`);
      opts.port = p;
    } else if (a === "--browser" || a.startsWith("--browser=")) {
      const v = a === "--browser" ? args[++i] : a.slice(10);
      if (!v) usageError("--browser needs the path of a browser");
      opts.browser = v;
    } else if (a === "--") {
      i++;
      break;
    } else if (a.startsWith("-") && a !== "-") usageError(`unknown option '${a}' for 'run'${didYouMean(a, RUN_OPTIONS)}`);
    else break;
  }
  const file = args[i];
  if (file === undefined) usageError("'run' needs a FILE to run");
  const argv = [file, ...args.slice(i + 1)];
  if (file === "-") {
    // The program is read from standard input, as `python3 -`.
    let src: string;
    try {
      src = readFileSync(0, "utf8");
    } catch {
      src = "";
    }
    const { runSource } = await import("../lang/run.js");
    return runSource(src, "<stdin>", stdinArgv ?? argv);
  }
  if (!existsSync(file)) {
    process.stderr.write(`tauraro: can't open file '${resolve(file)}': [Errno 2] No such file or directory\n`);
    return { code: 2 };
  }
  if (isWebViewApp(file)) {
    const { runApp } = await import("./app.js");
    return { code: await runApp(resolve(file), argv, opts) };
  }
  const { runFile } = await import("../lang/run.js");
  return runFile(file, argv);
}

/** Ends the process like CPython: by SIGINT after an uncaught KeyboardInterrupt, else with `code`. */
function finish(o: Outcome): never {
  process.exitCode = o.code;
  if (o.signal === "SIGINT") {
    process.removeAllListeners("SIGINT");
    try {
      process.kill(process.pid, "SIGINT");
    } catch {
      /* fall through to exit(130) */
    }
    // Still here: SIGINT is ignored (the process was started with it ignored); exit with 130.
  }
  process.exit(o.code);
}

export async function main(args: string[]): Promise<void> {
  let code = 0;
  let outcome: Outcome | null = null;
  const cmd = args[0];
  if (cmd === undefined && !process.stdin.isTTY) {
    // `tauraro < prog.py` (no arguments, input not a terminal) runs the input as a program, like python3.
    outcome = await runCommand(["-"], [""]);
  } else if (cmd === undefined || cmd === "repl") {
    const { repl } = await import("./repl.js");
    code = await repl();
  } else if (cmd === "--help" || cmd === "-h" || cmd === "help") {
    process.stdout.write(HELP + "\n");
  } else if (cmd === "--version" || cmd === "-V") {
    process.stdout.write(version() + "\n");
  } else if (cmd === "run") {
    outcome = await runCommand(args.slice(1));
  } else if (cmd === "-c") {
    const src = args[1];
    if (src === undefined) usageError("-c needs CODE");
    const { runSource } = await import("../lang/run.js");
    outcome = runSource(src, "<string>", ["-c", ...args.slice(2)]);
  } else if (cmd === "check") {
    const files = args.slice(1);
    if (files.length === 0) usageError("'check' needs at least one FILE");
    const { checkFile } = await import("../lang/run.js");
    let errors = 0;
    for (const f of files) {
      if (!existsSync(f)) {
        process.stderr.write(`tauraro: can't open file '${resolve(f)}': [Errno 2] No such file or directory\n`);
        errors++;
        continue;
      }
      errors += checkFile(f);
    }
    if (errors === 0) process.stdout.write(`${files.length} file${files.length === 1 ? "" : "s"} checked: no syntax errors\n`);
    code = errors ? 1 : 0;
  } else if (cmd.startsWith("-") && cmd !== "-") {
    usageError(`unknown option '${cmd}'${didYouMean(cmd, TOP_OPTIONS)}`);
  } else {
    outcome = await runCommand(args);
  }
  finish(outcome ?? { code });
}
