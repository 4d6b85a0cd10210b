/**
 * Python tracebacks from V8 stacks: every compiled module is registered with its line map, so a
 * JS frame in generated code maps back to a .tr file, line and function name.
 */
import type { CompiledModule } from "./compiler/codegen.js";
import { PyBaseException, None, T, str as pyStr, typeOf, isSubtype } from "./runtime/index.js";
import { formatDiagnostic } from "./parser/index.js";

interface Registered {
  filename: string;
  lineMap: number[];
  funcNames: string[];
  lines: string[];
}

const byJsFile = new Map<string, Registered>();
let counter = 0;

/** Records a compiled module; returns the (unique) file name to compile its JS under. */
export function registerCompiled(filename: string, c: CompiledModule, source: string): string {
  const jsFile = `tauraro:${++counter}:${filename}`;
  byJsFile.set(jsFile, { filename, lineMap: c.lineMap, funcNames: c.funcNames, lines: source.split("\n") });
  return jsFile;
}

export interface PyFrame {
  filename: string;
  line: number;
  name: string;
  text: string;
}

const originalPrepare = (Error as any).prepareStackTrace;
(Error as any).prepareStackTrace = (err: any, callsites: any[]) => {
  if (err instanceof PyBaseException) return callsites;
  if (originalPrepare) return originalPrepare(err, callsites);
  return `${err}\n` + callsites.map((c) => `    at ${c}`).join("\n");
};
Error.stackTraceLimit = 200;

/** Frames of where `e` was raised, outermost first. */
export function framesOf(e: PyBaseException): PyFrame[] {
  let cs: any;
  try {
    cs = (e as any).stack;
  } catch {
    return [];
  }
  if (!Array.isArray(cs)) return [];
  const out: PyFrame[] = [];
  for (const c of cs) {
    const f = c.getFileName?.();
    if (!f) continue;
    const reg = byJsFile.get(f);
    if (!reg) continue;
    const jsLine = c.getLineNumber();
    const line = reg.lineMap[jsLine - 1] ?? reg.lineMap[reg.lineMap.length - 1] ?? 1;
    const fn: string = c.getFunctionName() ?? "";
    const m = /^\$[fg](\d+)$/.exec(fn);
    const name = m ? reg.funcNames[Number(m[1])] ?? "<module>" : fn.startsWith("$") ? "<module>" : fn || "<module>";
    out.push({ filename: reg.filename, line, name, text: (reg.lines[line - 1] ?? "").trim() });
  }
  return out.reverse();
}

function formatFrames(frames: PyFrame[]): string {
  let s = "";
  let prev: PyFrame | null = null;
  let repeat = 0;
  const flush = () => {
    if (repeat > 3) s += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? "" : "s"}]\n`;
  };
  for (const f of frames) {
    if (prev && prev.filename === f.filename && prev.line === f.line && prev.name === f.name) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      flush();
      repeat = 1;
    }
    prev = f;
    s += `  File "${f.filename}", line ${f.line}, in ${f.name}\n`;
    if (f.text) s += `    ${f.text}\n`;
  }
  flush();
  return s;
}

/** `TypeName: message` as CPython prints the last line. */
export function exceptionLine(e: PyBaseException): string {
  const t = typeOf(e);
  const name = t.$module === "builtins" || t.$module === "__main__" ? t.$qualname : `${t.$module}.${t.$qualname}`;
  let msg: string;
  try {
    msg = pyStr(e);
  } catch {
    msg = "<exception str() failed>";
  }
  return msg === "" ? name : `${name}: ${msg}`;
}

/** The whole report CPython prints for an uncaught exception (chained causes included). */
export function formatException(e: PyBaseException, seen = new Set<any>()): string {
  seen.add(e);
  let s = "";
  const cause = e.__cause__;
  const ctx = e.__context__;
  if (cause instanceof PyBaseException && !seen.has(cause)) {
    s += formatException(cause, seen) + "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (ctx instanceof PyBaseException && ctx !== None && !e.__suppress_context__ && !seen.has(ctx)) {
    s += formatException(ctx, seen) + "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  const diag = (e as any).$diag;
  const frames = framesOf(e);
  if (frames.length) s += "Traceback (most recent call last):\n" + formatFrames(frames);
  if (diag && isSubtype(typeOf(e), T.SyntaxError)) {
    return s + formatDiagnostic(diag.source, diag.filename, diag.diag) + "\n";
  }
  return s + exceptionLine(e) + "\n";
}

export function tracebackFrames(e: PyBaseException): PyFrame[] {
  return framesOf(e);
}
