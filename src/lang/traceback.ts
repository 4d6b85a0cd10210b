/**
 * Python tracebacks from V8 stacks: every compiled module is registered with its line map, so a
 * JS frame in generated code maps back to a .tr file, line and function name.
 */
import type { CompiledModule } from "./compiler/codegen.js";
import { PyBaseException, PyModule, None, T, str as pyStr, typeOf, isSubtype } from "./runtime/index.js";
import { builtins, dirOf } from "./runtime/builtins.js";
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
  // exec()/eval() code is registered as "<string><string>#N" (unique per call): shown as "<string>".
  const shown = filename.replace(/(.)<string>#\d+$/, "$1");
  // CPython shows no source line for pseudo-files ("<string>", "<stdin>"): there is no file to read.
  const pseudo = /^<.*>$/.test(shown);
  byJsFile.set(jsFile, { filename: shown, lineMap: c.lineMap, funcNames: c.funcNames, lines: pseudo ? [] : source.split("\n") });
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
  // A JS error (stack overflow, a runtime bug) keeps its call sites: the Python exception made
  // from it (fromJsError keeps the JS error as $jsError) is reported with these frames.
  if (err !== null && typeof err === "object") {
    try {
      Object.defineProperty(err, "$callsites", { value: callsites, configurable: true });
    } catch {
      /* frozen */
    }
  }
  if (originalPrepare) return originalPrepare(err, callsites);
  return `${err}\n` + callsites.map((c) => `    at ${c}`).join("\n");
};
Error.stackTraceLimit = 200;

/** The V8 call sites recorded for `e` (for one made from a JS error: that error's). */
function callSitesOf(e: PyBaseException): any[] | null {
  try {
    const js = (e as any).$jsError;
    if (js !== null && typeof js === "object") {
      void js.stack; // formats lazily: records $callsites
      if (Array.isArray(js.$callsites)) return js.$callsites;
    }
    const cs = (e as any).stack;
    return Array.isArray(cs) ? cs : null;
  } catch {
    return null;
  }
}

/** Frames of where `e` was raised, outermost first. */
export function framesOf(e: PyBaseException): PyFrame[] {
  const cs = callSitesOf(e);
  if (cs === null) return [];
  const out: PyFrame[] = [];
  // A call with wrong arguments fails in the callee's prologue (argMissing), but CPython reports
  // it at the call: the callee's frame is not shown.
  let skipCallee = false;
  for (const c of cs) {
    const f = c.getFileName?.();
    if (!f) continue;
    const reg = byJsFile.get(f);
    if (!reg) {
      const jsFn = c.getFunctionName?.();
      if ((out.length === 0 && jsFn === "argMissing") || jsFn === "sumAdd") skipCallee = true;
      continue;
    }
    if (skipCallee) {
      skipCallee = false;
      continue;
    }
    const jsLine = c.getLineNumber();
    const line = reg.lineMap[jsLine - 1] ?? reg.lineMap[reg.lineMap.length - 1] ?? 1;
    const fn: string = c.getFunctionName() ?? "";
    const m = /^\$[fg](\d+)$/.exec(fn);
    const name = m ? reg.funcNames[Number(m[1])] ?? "<module>" : fn.startsWith("$") ? "<module>" : fn || "<module>";
    out.push({ filename: reg.filename, line, name, text: (reg.lines[line - 1] ?? "").trim() });
  }
  // The JS stack overflowed on entering a function (its `def` line): CPython's RecursionError is
  // raised at the call, in the caller's frame.
  if ((e as any).$jsError instanceof RangeError && out.length > 1 && /^(async\s+)?def\s/.test(out[0].text)) out.shift();
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

/** `TypeName: message` as CPython prints the last line (with 3.11's "Did you mean" suggestion). */
export function exceptionLine(e: PyBaseException): string {
  const t = typeOf(e);
  const name = t.$module === "builtins" || t.$module === "__main__" ? t.$qualname : `${t.$module}.${t.$qualname}`;
  let msg: string;
  try {
    msg = pyStr(e);
  } catch {
    msg = "<exception str() failed>";
  }
  let line = msg === "" ? name : `${name}: ${msg}`;
  const hint = suggestionFor(e);
  if (hint !== null) line += `. Did you mean: '${hint}'?`;
  return line;
}

// ---- "Did you mean" (CPython 3.11's Python/suggestions.c) ----

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

/** Levenshtein distance over UTF-8 bytes with CPython's costs, giving up past `maxCost`. */
function levenshtein(sa: string, sb: string, maxCost: number): number {
  if (sa === sb) return 0;
  let a = Buffer.from(sa, "utf8");
  let b = Buffer.from(sb, "utf8");
  let a0 = 0, b0 = 0, aN = a.length, bN = b.length;
  while (aN && bN && a[a0] === b[b0]) {
    a0++, b0++, aN--, bN--;
  }
  while (aN && bN && a[a0 + aN - 1] === b[b0 + bN - 1]) {
    aN--, bN--;
  }
  if (aN === 0 || bN === 0) return (aN + bN) * MOVE_COST;
  if (aN > MAX_STRING_SIZE || bN > MAX_STRING_SIZE) return maxCost + 1;
  if (bN < aN) {
    [a, b] = [b, a];
    [a0, b0] = [b0, a0];
    [aN, bN] = [bN, aN];
  }
  if ((bN - aN) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0, tmp = MOVE_COST; i < aN; i++, tmp += MOVE_COST) buffer[i] = tmp;
  let result = 0;
  for (let bi = 0; bi < bN; bi++) {
    const code = b[b0 + bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < aN; i++) {
      const substitute = distance + substitutionCost(code, a[a0 + i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function closest(names: readonly unknown[], name: string): string | null {
  if (names.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  const nameSize = Buffer.byteLength(name, "utf8");
  for (const item of names) {
    if (typeof item !== "string" || item === name) continue;
    const itemSize = Buffer.byteLength(item, "utf8");
    let maxDistance = Math.floor(((nameSize + itemSize + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** The module whose code raised `e` (by the innermost frame's file), for NameError suggestions. */
let modulesOf: () => Iterable<PyModule> = () => [];
export function setModuleSource(f: () => Iterable<PyModule>): void {
  modulesOf = f;
}

function suggestionFor(e: PyBaseException): string | null {
  try {
    const t = typeOf(e);
    const d = (e as any).$d;
    if (!d) return null;
    if (isSubtype(t, T.AttributeError)) {
      const name = d.name;
      const obj = d.obj;
      if (typeof name !== "string" || obj === undefined || obj === None) return null;
      return closest(dirOf(obj).a, name);
    }
    if (isSubtype(t, T.NameError)) {
      const name = d.name;
      if (typeof name !== "string") return null;
      const frames = framesOf(e);
      const inner = frames[frames.length - 1];
      if (!inner) return null;
      // CPython looks at the frame's local variable names first; those are not recorded here,
      // so a function frame's locals are not candidates (globals and builtins are).
      let g: Record<string, any> | null = null;
      // exec'd, -c and REPL code ("<string>", "<stdin>") runs in __main__ unless a file matches.
      const pseudo = inner.filename.startsWith("<");
      for (const m of modulesOf()) {
        const md = m.$d;
        if (md && md.__file__ === inner.filename) g = md;
        else if (md && pseudo && g === null && md.__name__ === "__main__") g = md;
      }
      if (g === null) return null;
      return closest(Object.keys(g), name) ?? closest(Object.keys(builtins), name);
    }
  } catch {
    /* a suggestion is best effort */
  }
  return null;
}

/**
 * Keeps the frames of a chained (caught) exception from the frame that caught it inward: V8
 * records the whole stack at the raise, CPython's traceback starts at the catching frame. That
 * frame is the deepest one shared with `outer` (the stack of the exception raised while handling
 * it): same function, and a different line there (the try body versus the handler).
 */
function trimToCatcher(frames: PyFrame[], outer: PyFrame[]): PyFrame[] {
  if (outer.length === 0) return frames;
  const n = Math.min(frames.length, outer.length);
  let k = 0;
  for (; k < n; k++) {
    const f = frames[k];
    const o = outer[k];
    if (f.filename !== o.filename || f.name !== o.name) return frames.slice(Math.max(0, k - 1));
    if (f.line !== o.line) return frames.slice(k);
  }
  // `outer` was raised by the runtime at a call that `frames` went through (a generator's
  // StopIteration turned into RuntimeError): the callee caught it.
  if (k < frames.length) return frames.slice(k);
  return frames.slice(Math.max(0, k - 1));
}

/** The whole report CPython prints for an uncaught exception (chained causes included). */
export function formatException(e: PyBaseException, seen = new Set<any>(), frames: PyFrame[] = framesOf(e)): string {
  seen.add(e);
  let s = "";
  const cause = e.__cause__;
  const ctx = e.__context__;
  if (cause instanceof PyBaseException && !seen.has(cause)) {
    s += formatException(cause, seen, trimToCatcher(framesOf(cause), frames)) + "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (ctx instanceof PyBaseException && ctx !== None && !e.__suppress_context__ && !seen.has(ctx)) {
    s += formatException(ctx, seen, trimToCatcher(framesOf(ctx), frames)) + "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  const diag = (e as any).$diag;
  if (frames.length) s += "Traceback (most recent call last):\n" + formatFrames(frames);
  if (diag && isSubtype(typeOf(e), T.SyntaxError)) {
    return s + formatDiagnostic(diag.source, diag.filename, diag.diag);
  }
  return s + exceptionLine(e) + "\n";
}

export function tracebackFrames(e: PyBaseException): PyFrame[] {
  return framesOf(e);
}
