/**
 * Builtins that need the loader or the OS: open, input, exec, eval, compile, globals, locals,
 * __import__.
 *
 * globals() has no frame to read (the compiler does not pass one): it finds the calling module
 * from the JS stack (the compiled file of the innermost Tauraro frame) and returns a live dict
 * view of that module's namespace; locals() returns the same view (function locals are not
 * reachable yet).
 */
import { frameHooks } from "../runtime/support.js";
import {
  None,
  PyDict,
  PyObject,
  PyBytes,
  PyModule,
  PyTuple,
  PyList,
  T,
  typeOf,
  typeError,
  valueError,
  raise,
  newException,
  captureTraceback,
  callv,
  getattr,
  dictSet,
  dictGet,
  origKey,
  isInstance,
  type AttrDict,
} from "../runtime/index.js";
import { nativeFunction, staticNative } from "../runtime/native.js";
import { builtins, writeStdout, flushStdout } from "../runtime/builtins.js";
import { execString, sysModules, loadModule, compileSource } from "../loader.js";
import { openFile, stdinReadLine, StdStreamJs } from "./io.js";
import { nativeClass, method, getset, strOf, isNone } from "./util.js";

function def(name: string, spec: string, impl: (...a: any[]) => any): void {
  builtins[name] = staticNative(nativeFunction(name, spec, impl));
}

// ---- globals() ----

/** A Map over a namespace object's own string keys (other keys kept in the Map itself). */
class OwnAttrMap extends Map<any, any> {
  constructor(public t: AttrDict) {
    super();
  }
  override get(k: any): any {
    return typeof k === "string" ? (Object.prototype.hasOwnProperty.call(this.t, k) ? this.t[k] : undefined) : super.get(k);
  }
  override has(k: any): boolean {
    return typeof k === "string" ? Object.prototype.hasOwnProperty.call(this.t, k) && this.t[k] !== undefined : super.has(k);
  }
  override set(k: any, v: any): this {
    if (typeof k === "string") this.t[k] = v;
    else super.set(k, v);
    return this;
  }
  override delete(k: any): boolean {
    if (typeof k === "string") {
      if (!Object.prototype.hasOwnProperty.call(this.t, k)) return false;
      delete this.t[k];
      return true;
    }
    return super.delete(k);
  }
  override clear(): void {
    for (const k of Object.keys(this.t)) delete this.t[k];
    super.clear();
  }
  override get size(): number {
    return Object.keys(this.t).length + super.size;
  }
  override *entries(): MapIterator<[any, any]> {
    for (const k of Object.keys(this.t)) yield [k, this.t[k]];
    yield* super.entries();
  }
  override *keys(): MapIterator<any> {
    for (const k of Object.keys(this.t)) yield k;
    yield* super.keys();
  }
  override *values(): MapIterator<any> {
    for (const k of Object.keys(this.t)) yield this.t[k];
    yield* super.values();
  }
  override [Symbol.iterator](): MapIterator<[any, any]> {
    return this.entries();
  }
  override forEach(cb: (v: any, k: any, m: Map<any, any>) => void): void {
    for (const [k, v] of this.entries()) cb(v, k, this);
  }
}

/** globals(): a dict whose contents are a module's namespace. */
export class NamespaceDict extends PyDict {
  constructor(public target: AttrDict) {
    super();
    this.m = new OwnAttrMap(target);
  }
}

const fileToModule = new Map<string, AttrDict>();

/** The namespace of the innermost module whose compiled code is on the JS stack. */
export function callerGlobals(): AttrDict {
  const E = Error as any;
  const orig = E.prepareStackTrace;
  const holder: any = {};
  E.prepareStackTrace = (_e: any, c: any[]) => c;
  try {
    Error.captureStackTrace(holder, callerGlobals);
    void holder.stack;
  } finally {
    E.prepareStackTrace = orig;
  }
  const cs: any[] = Array.isArray(holder.stack) ? holder.stack : [];
  for (const c of cs) {
    const f: string | undefined = c.getFileName?.();
    if (!f || !f.startsWith("tauraro:")) continue;
    const filename = f.slice(f.indexOf(":", 8) + 1);
    const cached = fileToModule.get(filename);
    if (cached) return cached;
    for (const m of sysModules.values()) {
      const d = m.$d;
      if (d && d.__file__ === filename) {
        fileToModule.set(filename, d);
        return d;
      }
    }
    break;
  }
  const main = sysModules.get("__main__");
  if (main) return main.$d!;
  return Object.create(builtins);
}

/** One dict per namespace, so `globals() is globals()` and `f.__globals__ is globals()` hold. */
const nsDicts = new WeakMap<AttrDict, NamespaceDict>();
export function namespaceDict(g: AttrDict): NamespaceDict {
  let d = nsDicts.get(g);
  if (d === undefined) nsDicts.set(g, (d = new NamespaceDict(g)));
  return d;
}
frameHooks.nsView = namespaceDict;

def("globals", "", () => namespaceDict(callerGlobals()));
def("locals", "", () => namespaceDict(callerGlobals()));

// ---- exec / eval / compile ----

class CodeJs extends PyObject {
  constructor(public source: string, public filename: string, public mode: string) {
    super();
  }
}
const CodeType = nativeClass("code", "builtins", [T.object], CodeJs, {
  co_filename: getset("co_filename", (o: CodeJs) => o.filename),
  co_name: getset("co_name", () => "<module>"),
  __repr__: method("code", "__repr__", "", (o: CodeJs) => `<code object <module> at 0x${(0x7f0000100000).toString(16)}, file "${o.filename}", line 1>`),
});
void CodeType;

function sourceOf(src: any, what: string): string {
  const s = strOf(src);
  if (s !== undefined) return s;
  if (src instanceof PyBytes) return Buffer.from(src.b).toString("utf8");
  typeError(`${what}() arg 1 must be a string, bytes or code object`);
}

function builtinsModule(): any {
  const b = sysModules.get("builtins");
  if (b) return b;
  const main = sysModules.get("__main__");
  return main ? main.$d!.__builtins__ ?? None : None;
}

/** Runs `fn(ns)` with a namespace object for exec/eval's globals and locals arguments. */
function withNamespace(globals: any, locals: any, fname: string, fn: (ns: AttrDict) => any): any {
  let g: AttrDict;
  let gDict: PyDict | null = null;
  if (isNone(globals)) g = callerGlobals();
  else if (globals instanceof NamespaceDict) g = globals.target;
  else if (globals instanceof PyDict) {
    gDict = globals;
    g = Object.create(builtins);
    if (dictGet(globals, "__builtins__") === undefined) dictSet(globals, "__builtins__", builtinsModule());
    for (const [n, v] of globals.m) {
      const k = origKey(globals, n);
      if (typeof k === "string") g[k] = v;
    }
  } else typeError(`${fname}() globals must be a dict, not ${typeOf(globals).$name}`);
  let ns = g;
  let lDict: PyDict | null = null;
  if (!isNone(locals) && locals !== globals) {
    if (locals instanceof NamespaceDict) ns = locals.target;
    else if (locals instanceof PyDict) {
      lDict = locals;
      ns = Object.create(g);
      for (const [n, v] of locals.m) {
        const k = origKey(locals, n);
        if (typeof k === "string") ns[k] = v;
      }
    } else if (typeOf(locals).$L.__getitem__ === undefined) typeError(`locals must be a mapping`);
  }
  const writeBack = () => {
    if (lDict) {
      for (const k of Object.keys(ns)) {
        if (k === "__doc__" && ns[k] === None && dictGet(lDict, k) === undefined) continue;
        if (dictGet(lDict, k) !== ns[k]) dictSet(lDict, k, ns[k]);
      }
    }
    if (gDict) {
      for (const k of Object.keys(g)) {
        if (k === "__doc__" && g[k] === None && dictGet(gDict, k) === undefined) continue;
        if (dictGet(gDict, k) !== g[k]) dictSet(gDict, k, g[k]);
      }
      for (const [n] of [...gDict.m]) {
        const k = origKey(gDict, n);
        if (typeof k === "string" && k !== "__builtins__" && !Object.prototype.hasOwnProperty.call(g, k)) gDict.m.delete(n);
      }
    }
  };
  try {
    return fn(ns);
  } finally {
    writeBack();
  }
}

def("exec", "source, globals=, locals=, /, *, closure=", (src: any, globals: any, locals: any) => {
  let source: string;
  let filename = "<string>";
  if (src instanceof CodeJs) {
    source = src.source;
    filename = src.filename;
  } else source = sourceOf(src, "exec");
  withNamespace(globals, locals, "exec", (ns) => execString(source, ns, "exec", filename));
  return None;
});

def("eval", "source, globals=, locals=, /", (src: any, globals: any, locals: any) => {
  let source: string;
  let filename = "<string>";
  let mode = "eval";
  if (src instanceof CodeJs) {
    source = src.source;
    filename = src.filename;
    mode = src.mode;
  } else {
    source = sourceOf(src, "eval");
    source = source.replace(/^[ \t]+/, "");
    if (source.replace(/[\s]+$/, "") === "") {
      const e = newException(T.SyntaxError, ["invalid syntax"]);
      captureTraceback(e);
      throw e;
    }
  }
  return withNamespace(globals, locals, "eval", (ns) => {
    if (mode === "exec") {
      execString(source, ns, "exec", filename);
      return None;
    }
    return execString(source, ns, "eval", filename);
  });
});

def("compile", "source, filename, mode, flags=, dont_inherit=, optimize=, *, _feature_version=", (src: any, filename: any, mode: any) => {
  const source = sourceOf(src, "compile");
  const fn = strOf(filename) ?? (filename instanceof PyBytes ? Buffer.from(filename.b).toString() : undefined);
  if (fn === undefined) typeError(`compile() argument 'filename' must be str, not ${typeOf(filename).$name}`);
  if (mode !== "exec" && mode !== "eval" && mode !== "single") valueError("compile() mode must be 'exec', 'eval' or 'single'");
  // Report syntax errors now, like CPython.
  compileSource(mode === "eval" ? `__tauraro_eval_result__ = (${source.trim()}\n)` : source, fn, "__main__");
  return new CodeJs(source, fn, mode === "single" ? "exec" : mode);
});

// ---- __import__ ----

def("__import__", "name, globals=, locals=, fromlist=, level=", (name: any, _g: any, _l: any, fromlist: any, level: any) => {
  if (typeof name !== "string") typeError(`__import__() argument 1 must be str, not ${typeOf(name).$name}`);
  const lvl = level === undefined ? 0 : Number(level);
  if (lvl < 0) valueError("level must be >= 0");
  let full = name;
  if (lvl > 0) {
    const g = isNone(_g) ? callerGlobals() : _g instanceof NamespaceDict ? _g.target : null;
    let pkg: string = g && typeof g.__package__ === "string" ? g.__package__ : "";
    const parts = pkg.split(".");
    pkg = parts.slice(0, parts.length - (lvl - 1)).join(".");
    if (!pkg) raise(T.ImportError, "attempted relative import with no known parent package");
    full = name ? `${pkg}.${name}` : pkg;
  } else if (name === "") valueError("Empty module name");
  const m = loadModule(full);
  const fl = isNone(fromlist) ? [] : fromlist instanceof PyList || fromlist instanceof PyTuple ? fromlist.a : [];
  if (fl.length) {
    if (m.$d!.__path__ instanceof PyList) {
      for (const n of fl) {
        if (typeof n === "string" && n !== "*" && m.$d![n] === undefined) {
          try {
            loadModule(`${full}.${n}`);
          } catch (e: any) {
            if (!(e instanceof PyObject && isInstance(e, T.ModuleNotFoundError))) throw e;
          }
        }
      }
    }
    return m;
  }
  if (lvl > 0) return m;
  return sysModules.get(full.split(".")[0]) ?? m;
});

// ---- open / input ----

def("open", "file, mode=, buffering=, encoding=, errors=, newline=, closefd=, opener=", openFile);

def("input", "prompt=, /", (prompt: any) => {
  const sys = sysModules.get("sys");
  const out = sys ? sys.$d!.stdout : undefined;
  const inp = sys ? sys.$d!.stdin : undefined;
  if (prompt !== undefined) {
    const p = strOf(prompt) ?? callv(builtins.str, [prompt]);
    if (out === undefined || out instanceof StdStreamJs) writeStdout(p);
    else callv(getattr(out, "write"), [p]);
  }
  if (out === undefined || out instanceof StdStreamJs) flushStdout();
  else {
    try {
      callv(getattr(out, "flush"), []);
    } catch {
      /* no flush */
    }
  }
  let line: any;
  if (inp === undefined || inp instanceof StdStreamJs) line = stdinReadLine(-1);
  else line = callv(getattr(inp, "readline"), []);
  if (typeof line !== "string") typeError("object.readline() returned non-string");
  if (line === "") raise(T.EOFError, "EOF when reading a line");
  return line.endsWith("\n") ? line.slice(0, -1) : line;
});

export { PyModule };
