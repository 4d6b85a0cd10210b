/**
 * Helpers that exist only for generated code: making functions, literals, `with`, `match`,
 * calls with star and double-star unpacking, formatting fields, deleting names, interrupts.
 */
import {
  None,
  PyBytes,
  PyComplex,
  PyDict,
  PyList,
  PyObject,
  PySet,
  PySuper,
  PyTuple,
  PyType,
  PyBaseException,
  type AttrDict,
} from "./objects.js";
import { T, typeOf, isSubtype } from "./types.js";
import { nameError, raise, typeError, pyErr, unboundLocal } from "./errors.js";
import { callv, call1, getattr, type PyFunction, type PySig, bindArgs, callHooks } from "./call.js";
import { dictSet, newDict, setAdd, origKey, dictGet } from "./keys.js";
import { truthy, str, repr, eqB } from "./ops.js";
import { toArray, getIter } from "./iter.js";
import { STOP } from "./objects.js";

/** `x: T` in a class body or at module level: records T in `__annotations__`. */
export function annotate(ns: AttrDict, name: string, ann: any): void {
  let d = Object.prototype.hasOwnProperty.call(ns, "__annotations__") ? ns.__annotations__ : undefined;
  if (!(d instanceof PyDict)) {
    d = newDict();
    ns.__annotations__ = d;
  }
  dictSet(d, name, ann);
}

/** Attaches signature, defaults and kw-defaults to a compiled function. */
export function mkfn(fn: any, sig: PySig, defaults: any[], kwdefaults: Record<string, any> | null, anns: any[] | null, globals: AttrDict): PyFunction {
  fn.$sig = sig;
  fn.$globals = globals;
  // Generated code reads `$cls` of anything that has a `$d`.
  fn.$cls = T.function;
  if (anns !== null) {
    const d = newDict();
    for (let i = 0; i < anns.length; i += 2) dictSet(d, anns[i], anns[i + 1]);
    fn.$d = Object.create(null);
    fn.$d.__annotations__ = d;
  }
  fn.$df = defaults;
  fn.$kwdf = kwdefaults;
  fn.$nr = 0;
  if (sig.vararg === null && sig.kwarg === null && sig.kwonly.length === 0) fn.$np = sig.args.length;
  return fn;
}

export function argMissing(f: PyFunction, given: any[]): never {
  const args: any[] = [];
  for (const a of given) {
    if (a === undefined) break;
    args.push(a);
  }
  bindArgs(f, args, null, null);
  throw new Error("unreachable");
}

export function dictFrom(keys: any[], vals: any[]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < keys.length; i++) dictSet(d, keys[i], vals[i]);
  return d;
}

/** `{**m}` inside a dict display. */
export function dictMerge(d: PyDict, m: any): void {
  if (m instanceof PyDict && !m.$cls.$user) {
    for (const [n, v] of m.m) dictSet(d, origKey(m, n), v);
    return;
  }
  const keys = typeOf(m).$L.keys;
  if (keys === undefined) typeError(`'${typeOf(m).$name}' object is not a mapping`);
  const it = getIter(call1(keys, m));
  for (let k = it.$next(); k !== STOP; k = it.$next()) dictSet(d, k, callv(typeOf(m).$L.__getitem__, [m, k]));
}

/** A dict display `{k1: v1, k2: v2}` from `[k1, v1, k2, v2]` (Python evaluates in that order). */
export function dictPairs(kv: any[]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < kv.length; i += 2) dictSet(d, kv[i], kv[i + 1]);
  return d;
}

export function setFrom(items: any[]): PySet {
  const s = new PySet();
  for (const x of items) setAdd(s, x);
  return s;
}

export function bytesConst(b: number[]): PyBytes {
  return new PyBytes(Uint8Array.from(b));
}

export function complexConst(im: number): PyComplex {
  return new PyComplex(0, im);
}

/** f(*args, **kw) with keyword parts given in source order: [name, value] or [null, mapping]. */
export function callEx(f: any, args: any[], kws: [string | null, any][]): any {
  if (kws.length === 0) return callv(f, args);
  const names: string[] = [];
  const vals: any[] = [];
  const add = (k: string, v: any) => {
    if (names.includes(k)) typeError(`${fnLabel(f)}() got multiple values for keyword argument '${k}'`);
    names.push(k);
    vals.push(v);
  };
  for (const [k, v] of kws) {
    if (k !== null) {
      add(k, v);
      continue;
    }
    if (v instanceof PyDict && !v.$cls.$user) {
      for (const [n, val] of v.m) {
        const key = origKey(v, n);
        if (typeof key !== "string") typeError("keywords must be strings");
        add(key, val);
      }
    } else {
      const keys = typeOf(v).$L.keys;
      if (keys === undefined) typeError(`${fnLabel(f)}() argument after ** must be a mapping, not ${typeOf(v).$name}`);
      const it = getIter(call1(keys, v));
      for (let key = it.$next(); key !== STOP; key = it.$next()) add(key, callv(typeOf(v).$L.__getitem__, [v, key]));
    }
  }
  return callv(f, args, names.length ? names : null, names.length ? vals : null);
}

/** `*x` in a call: its items, or CPython's TypeError naming the callee. */
export function starArg(x: any, f: any): any[] {
  const t = typeOf(x);
  if (typeof x !== "string" && t.$L.__iter__ === undefined && t.$L.__getitem__ === undefined) {
    typeError(`${fnLabel(f)}() argument after * must be an iterable, not ${t.$name}`);
  }
  return toArray(x);
}

function fnLabel(f: any): string {
  if (typeof f === "function" && f.$sig) {
    const m = f.$sig.module;
    return m && m !== "builtins" && !f.$sig.native ? `${m}.${f.$sig.qualname}` : f.$sig.qualname;
  }
  if (f instanceof PyType) return f.$name;
  return typeOf(f).$name;
}

/** Zero-argument super() inside a method of class `cls` whose first argument is `self`. */
export function superNew(cls: any, self: any): PySuper {
  if (self === undefined) raise(T.RuntimeError, "super(): no arguments");
  if (cls === undefined) raise(T.RuntimeError, "super(): __class__ cell not found");
  const objType = self instanceof PyType && isSubtype(self, cls) ? self : typeOf(self);
  if (!isSubtype(objType, cls)) typeError("super(type, obj): obj must be an instance or subtype of type");
  return new PySuper(cls, self, objType);
}

callHooks.superNew = (c: any, s: any) => superNew(c, s);

/** f-string field with conversion (-1, 115 s, 114 r, 97 a) and spec. */
export const fmtHooks = {
  format: (v: any, spec: string): string => str(v),
  ascii: (v: any): string => repr(v),
};
export function fmtValue(v: any, conv: number, spec: string): string {
  if (conv === 115) v = str(v);
  else if (conv === 114) v = repr(v);
  else if (conv === 97) v = fmtHooks.ascii(v);
  return fmtHooks.format(v, spec);
}

// ---- names ----

export function unbound(name: string): never {
  unboundLocal(name);
}

export function unboundFree(name: string): never {
  const e = pyErr(T.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  throw e;
}

export function delGlobal(g: AttrDict, name: string): void {
  if (!Object.prototype.hasOwnProperty.call(g, name)) nameError(name);
  delete g[name];
}

export function delClassName(ns: AttrDict, name: string): void {
  if (ns[name] === undefined) nameError(name);
  delete ns[name];
}

export function syntaxError(msg: string): never {
  raise(T.SyntaxError, msg);
}

// ---- with ----

export function exitOf(m: any): any {
  const t = typeOf(m);
  const enter = t.$L.__enter__;
  const exit = t.$L.__exit__;
  if (enter === undefined || exit === undefined) {
    typeError(`'${t.$name}' object does not support the context manager protocol${enter !== undefined ? " (missed __exit__ method)" : ""}`);
  }
  return exit;
}

export function enter(m: any): any {
  return call1(typeOf(m).$L.__enter__, m);
}

export function aexitOf(m: any): any {
  const t = typeOf(m);
  if (t.$L.__aenter__ === undefined || t.$L.__aexit__ === undefined) {
    typeError(`'${t.$name}' object does not support the asynchronous context manager protocol${t.$L.__aenter__ !== undefined ? " (missed __aexit__ method)" : ""}`);
  }
  return t.$L.__aexit__;
}

export function aenter(m: any): any {
  return call1(typeOf(m).$L.__aenter__, m);
}

export function callExit(exit: any, m: any, e: PyBaseException | null): any {
  if (e === null) return callv(exit, [m, None, None, None]);
  return callv(exit, [m, e.$cls, e, None]);
}

// ---- match ----

/** The items of a sequence subject (not str/bytes/bytearray), if it has the right length. */
export function matchSeq(x: any, n: number, hasStar: boolean): any[] | null {
  let a: any[];
  if (x instanceof PyList || x instanceof PyTuple) a = x.a;
  else if (typeof x === "string" || x instanceof PyBytes || x instanceof PyDict) return null;
  else if (x instanceof PyObject && isSequenceType(typeOf(x))) a = toArray(x);
  else return null;
  if (hasStar ? a.length < n : a.length !== n) return null;
  return a;
}

function isSequenceType(t: PyType): boolean {
  if (isSubtype(t, T.list) || isSubtype(t, T.tuple) || isSubtype(t, T.range)) return true;
  if ((t as any).$sequence) return true;
  return t.$mro.some((b) => b.$name === "Sequence" || b.$name === "deque");
}

export function matchMap(x: any): boolean {
  if (x instanceof PyDict) return true;
  const t = typeOf(x);
  return t.$mro.some((b) => b.$name === "Mapping" || b.$name === "MutableMapping");
}

export function matchMapGet(x: any, k: any): any {
  if (x instanceof PyDict && !x.$cls.$user) return dictGet(x, k);
  const get = typeOf(x).$L.get;
  const marker = {};
  const r = callv(get, [x, k, marker]);
  return r === marker ? undefined : r;
}

export function matchMapRest(x: any, keys: any[]): PyDict {
  const d = newDict();
  if (x instanceof PyDict) {
    for (const [n, v] of x.m) {
      const k = origKey(x, n);
      if (!keys.some((q) => eqB(q, k))) dictSet(d, k, v);
    }
  }
  return d;
}

/** Positional sub-patterns of a class pattern via __match_args__. */
export function matchClassArgs(cls: PyType, x: any, n: number): any[] | null {
  const selfMatch = [T.bool, T.int, T.float, T.str, T.bytes, T.dict, T.list, T.set, T.frozenset, T.tuple, T.bytearray];
  if (selfMatch.includes(cls)) {
    if (n > 1) typeError(`${cls.$name}() accepts 1 positional sub-pattern (${n} given)`);
    return [x];
  }
  const ma = cls.$L.__match_args__;
  if (ma === undefined) typeError(`${cls.$name}() accepts 0 positional sub-patterns (${n} given)`);
  const names = (ma as PyTuple).a;
  if (n > names.length) typeError(`${cls.$name}() accepts ${names.length} positional sub-patterns (${n} given)`);
  const out: any[] = [];
  for (let i = 0; i < n; i++) {
    try {
      out.push(getattr(x, names[i]));
    } catch (e: any) {
      if (e instanceof PyBaseException && isSubtype(e.$cls, T.AttributeError)) return null;
      throw e;
    }
  }
  return out;
}

// ---- interrupts ----

/** Slot 1 is non-zero when the host asks the running code to stop (see bridge/vmProtocol.ts). */
export let SIG: Int32Array<ArrayBufferLike> = new Int32Array(4);
export const interruptHooks = {
  /** Called when SIG[1] is set; raises the exception the host wants (TimeoutError, KeyboardInterrupt…). */
  onInterrupt: (): void => {
    SIG[1] = 0;
  },
};
export function setSignalArray(a: Int32Array): void {
  SIG = a;
}
export function interrupted(): void {
  interruptHooks.onInterrupt();
}

/**
 * Calls globals/locals/vars/dir/exec/eval with the caller's namespace when the program does
 * not pass one (the compiler routes calls of those names here).
 */
export const frameHooks = {
  builtins: null as Record<string, any> | null,
  nsView: (_g: AttrDict): any => None,
};
export function callFrame(f: any, g: AttrDict, locals: (() => Record<string, any>) | null, args: any[]): any {
  const b = frameHooks.builtins;
  if (b !== null) {
    if (f === b.globals && args.length === 0) return frameHooks.nsView(g);
    if ((f === b.locals || f === b.vars) && args.length === 0) {
      if (locals === null) return frameHooks.nsView(g);
      const l = locals();
      const d = newDict();
      for (const k of Object.keys(l)) if (l[k] !== undefined) dictSet(d, k, l[k]);
      return d;
    }
    if (f === b.dir && args.length === 0) {
      const src = locals === null ? g : locals();
      const names = Object.keys(src).filter((k) => src[k] !== undefined).sort();
      return new PyList(names);
    }
    if ((f === b.exec || f === b.eval) && args.length === 1) {
      let lv: any = undefined;
      if (locals !== null) {
        const l = locals();
        lv = newDict();
        for (const k of Object.keys(l)) if (l[k] !== undefined) dictSet(lv, k, l[k]);
      }
      return lv === undefined ? callv(f, [args[0], frameHooks.nsView(g)]) : callv(f, [args[0], frameHooks.nsView(g), lv]);
    }
  }
  return callv(f, args);
}

export { truthy, None };
