/**
 * The evaluation side of the REPL: one `__main__` namespace; each complete input is compiled
 * as a module body, and a lone expression's value is echoed with repr().
 */
import { parse } from "./parser/index.js";
import { newModule, sysModules, resetPath, execString } from "./loader.js";
import { reportUncaught } from "./run.js";
import { flushStdout, writeStdout } from "./runtime/builtins.js";
import { None, repr, T, typeOf, isSubtype, exc as toPyExc } from "./runtime/index.js";
import { setArgv } from "./modules/sysState.js";

export type FeedResult = "done" | "more" | "exit";

export function replSession() {
  resetPath(process.cwd());
  setArgv([""]);
  const m = newModule("__main__", null);
  sysModules.set("__main__", m);
  const g = m.$d!;
  let exitCode = 0;
  return {
    /** `blankLine`: the user entered an empty line (ends a block). */
    feed(src: string, blankLine: boolean): FeedResult {
      if (src.trim() === "") return "done";
      const { module, diagnostics } = parse(src + "\n", "<stdin>");
      const incomplete = diagnostics.some((d) => /never closed|unexpected EOF|expected an indented block|unterminated triple-quoted/.test(d.message) || d.start >= src.length);
      const lastLine = src.split("\n").pop() ?? "";
      const opensBlock = /:\s*(#.*)?$/.test(src.split("\n")[0]) || src.includes("\n");
      if ((incomplete && !blankLine) || (opensBlock && !blankLine && diagnostics.length === 0 && src.split("\n").length >= 1 && /:\s*(#.*)?$/.test(src.split("\n")[0]))) {
        return "more";
      }
      void lastLine;
      try {
        const body = module.body;
        if (body.length === 1 && body[0].kind === "Expr") {
          const v = execString(src, g, "eval", "<stdin>");
          if (v !== None) {
            writeStdout(repr(v) + "\n");
            g._ = v;
          }
        } else {
          execString(src, g, "exec", "<stdin>");
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
