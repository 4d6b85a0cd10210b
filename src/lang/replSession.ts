/**
 * The evaluation side of the REPL: one `__main__` namespace; each complete input is compiled
 * as a module body, and expression statements' values are echoed with repr() (None is not), as
 * CPython's interactive mode does.
 *
 * When an input is complete follows CPython's REPL: an unclosed bracket, an unterminated
 * triple-quoted string or a trailing backslash always wants more lines; a compound statement
 * (def, class, if, for, while, with, try, match) ends with an empty line; anything else runs at
 * once, so `1 +` is a SyntaxError right away.
 */
import { parse } from "./parser/index.js";
import type { Diagnostic } from "./parser/index.js";
import { newModule, sysModules, resetPath, execString } from "./loader.js";
import { reportUncaught } from "./run.js";
import { flushStdout, writeStdout } from "./runtime/builtins.js";
import { None, repr, T, typeOf, isSubtype, exc as toPyExc } from "./runtime/index.js";
import { setArgv } from "./modules/sysState.js";

export type FeedResult = "done" | "more" | "exit";

const COMPOUND = new Set(["FunctionDef", "AsyncFunctionDef", "ClassDef", "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Match", "Try", "TryStar"]);

/** Errors that only mean "the input goes on": more lines are read even after an empty line. */
function alwaysContinues(d: Diagnostic): boolean {
  return /was never closed|unterminated triple-quoted string|unexpected EOF while parsing/.test(d.message);
}

/** Whether `src` (the lines typed so far) needs more lines before it can run. */
export function needsMore(src: string, blankLine: boolean): boolean {
  // A backslash at the end of a line continues it (inside a string literal too).
  if (/\\$/.test(src)) return true;
  const full = src + "\n";
  const { module, diagnostics } = parse(full, "<stdin>");
  if (diagnostics.length) {
    if (diagnostics.some(alwaysContinues)) return true;
    // An error at the very end of the input (a block header without its block, a decorator
    // without its def, `try:` without except…) is an unfinished statement until an empty line.
    return !blankLine && diagnostics.some((d) => d.start >= full.length);
  }
  const body = module.body;
  return !blankLine && body.length > 0 && COMPOUND.has(body[body.length - 1].kind);
}

export function replSession() {
  resetPath(process.cwd());
  setArgv([""]);
  const m = newModule("__main__", null);
  sysModules.set("__main__", m);
  const g = m.$d!;
  let exitCode = 0;

  const echo = (v: any) => {
    if (v !== None) {
      writeStdout(repr(v) + "\n");
      g._ = v;
    }
  };

  return {
    /**
     * `src`: the lines of this input so far; `blankLine`: the user entered an empty line;
     * `atEof`: there is no more input (what was typed runs, or its syntax error is reported).
     */
    feed(src: string, blankLine: boolean, atEof = false): FeedResult {
      if (src.trim() === "") return "done";
      if (!atEof && needsMore(src, blankLine)) return "more";
      try {
        const { module, diagnostics } = parse(src + "\n", "<stdin>");
        const body = module.body;
        if (diagnostics.length || body.length <= 1) {
          // One statement (or a syntax error, reported by the compiler with <stdin> positions).
          if (!diagnostics.length && body.length === 1 && body[0].kind === "Expr") echo(execString(src, g, "eval", "<stdin>"));
          else execString(src, g, "exec", "<stdin>");
        } else {
          // `x = 1; x` or several statements: run them in turn, echoing expression statements.
          for (const s of body) {
            const text = src.slice(s.start, s.start + s.length);
            if (s.kind === "Expr") echo(execString(text, g, "eval", "<stdin>"));
            else execString(text, g, "exec", "<stdin>");
          }
        }
      } catch (e) {
        const pe = toPyExc(e);
        if (isSubtype(typeOf(pe), T.SystemExit)) {
          exitCode = reportUncaught(pe);
          flushStdout();
          return "exit";
        }
        reportUncaught(pe);
      }
      flushStdout();
      return "done";
    },
    exitCode: () => exitCode,
  };
}
