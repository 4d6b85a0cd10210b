/**
 * Running a program as `__main__` and reporting how it ended, the way CPython does.
 */
import { readFileSync, statSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { PyBaseException, T, typeOf, isSubtype, None, str as pyStr, exc as toPyExc, PyTuple, PyList } from "./runtime/index.js";
import { compileSource, newModule, runCompiled, resetPath, sysModules, syntaxErrorFor } from "./loader.js";
import { formatException, setModuleSource } from "./traceback.js";
import { flushStdout, writeStderr } from "./runtime/builtins.js";
import { parse, formatDiagnostic } from "./parser/index.js";
import { setArgv, atExit } from "./modules/sysState.js";

// NameError suggestions look names up in the globals of the module that raised.
setModuleSource(() => sysModules.values());

export interface RunResult {
  /** Process exit code CPython would use. */
  code: number;
  /**
   * Set when the program ended with an uncaught KeyboardInterrupt: CPython then ends by the
   * signal itself (a shell sees status 130); the CLI does the same.
   */
  signal?: "SIGINT";
}

/** Prints an uncaught exception like CPython and returns the exit code. */
export function reportUncaught(e: any): number {
  const pe: PyBaseException = toPyExc(e);
  if (isSubtype(typeOf(pe), T.SystemExit)) return systemExitCode(pe);
  flushStdout();
  writeStderr(formatException(pe));
  flushStdout();
  return isSubtype(typeOf(pe), T.KeyboardInterrupt) ? 130 : 1;
}

function systemExitCode(e: PyBaseException): number {
  const args = e.args.a;
  const code = args.length === 0 ? None : args.length === 1 ? args[0] : e.args;
  if (code === None) return 0;
  if (typeof code === "number" && Number.isInteger(code)) return code & 0xff;
  if (typeof code === "boolean") return code ? 1 : 0;
  flushStdout();
  writeStderr(pyStr(code) + "\n");
  return 1;
}

/** Runs `file` as __main__ with `argv` (argv[0] is the program path as given). */
export function runFile(file: string, argv: string[]): RunResult {
  let abs = resolve(file);
  let source: string;
  try {
    if (statSync(abs).isDirectory()) {
      // A directory runs its __main__ file, as in CPython.
      const main = ["__main__.tr", "__main__.py"].map((n) => join(abs, n)).find((p) => existsSync(p));
      if (main === undefined) {
        writeStderr(`tauraro: can't find '__main__' module in '${abs}'\n`);
        return { code: 1 };
      }
      abs = main;
    }
    source = readFileSync(abs, "utf8");
  } catch (err: any) {
    const why = err?.code === "EACCES" ? "[Errno 13] Permission denied" : err?.code === "EISDIR" ? "[Errno 21] Is a directory" : "[Errno 2] No such file or directory";
    writeStderr(`tauraro: can't open file '${abs}': ${why}\n`);
    return { code: 2 };
  }
  return runSource(source, abs, argv);
}

export function runSource(source: string, filename: string, argv: string[]): RunResult {
  resetPath(filename.startsWith("<") ? process.cwd() : dirname(filename));
  setArgv(argv);
  const m = newModule("__main__", filename.startsWith("<") ? null : filename);
  sysModules.set("__main__", m);
  let code = 0;
  let interrupted = false;
  try {
    const c = compileSource(source, filename, "__main__");
    runCompiled(c, m, filename, source);
  } catch (e) {
    code = reportUncaught(e);
    interrupted = isSubtype(typeOf(toPyExc(e)), T.KeyboardInterrupt);
  }
  try {
    runAtExit();
  } catch (e) {
    if (code === 0) code = reportUncaught(e);
  }
  flushStdout();
  return code === 130 && interrupted ? { code, signal: "SIGINT" } : { code };
}

export { atExit };
function runAtExit(): void {
  while (atExit.length) {
    const f = atExit.pop()!;
    try {
      f();
    } catch (e) {
      // CPython reports a failing exit function and goes on with the others.
      const pe = toPyExc(e);
      if (isSubtype(typeOf(pe), T.SystemExit)) continue;
      flushStdout();
      writeStderr("Exception ignored in atexit callback:\n" + formatException(pe));
    }
  }
}

/** `tauraro check`: every syntax error of each file, CPython-formatted. Returns the number of errors. */
export function checkFile(file: string): number {
  const abs = resolve(file);
  const source = readFileSync(abs, "utf8");
  const { diagnostics } = parse(source, abs);
  for (const d of diagnostics) writeStderr(formatDiagnostic(source, abs, d) + "\n");
  return diagnostics.length;
}

export { syntaxErrorFor, PyTuple, PyList };
