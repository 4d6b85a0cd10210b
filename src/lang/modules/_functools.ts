/**
 * `_functools`: the native accelerator `lib/functools.py` imports, like CPython's C module:
 * `reduce`, the `partial` type and `_lru_cache_wrapper`.
 *
 * The lru_cache wrapper is a plain (non-native) function object, exactly like the wrapper the
 * pure-Python version defines: it binds as a method, `update_wrapper` sets its name, docstring
 * and `__wrapped__`, and `cache_info`/`cache_clear` are function attributes. Keys follow
 * CPython's `_make_key`: a single exact int/str argument is its own key; otherwise the
 * positional arguments, a keyword mark and the keyword items in call order (and the argument
 * types when `typed`). The cache is a Map in recency order (a hit moves its entry last).
 */
import { defineModule } from "./registry.js";
import {
  T,
  None,
  PyObject,
  PyTuple,
  PyDict,
  PyType,
  STOP,
  typeError,
  callv,
  call1,
  call2,
  getIter,
  hash as pyHash,
  eqB,
  repr,
  reprEnter,
  reprLeave,
  truthy,
  identity,
  typeOf,
  getattr,
  origKey,
  dictSet,
  newDict,
  allocate,
  nativeFunction,
  newAttrDict,
  type PyFunction,
} from "../runtime/index.js";
import { nativeClass, staticMethod, classMethod } from "./stdlibUtil.js";

// ---- reduce ----

function reduce(fn: any, seq: any, initial: any): any {
  let it;
  try {
    it = getIter(seq);
  } catch (e: any) {
    if (e instanceof PyObject && e.$cls === T.TypeError) typeError(`reduce() arg 2 must support iteration`);
    throw e;
  }
  let acc = initial;
  if (acc === undefined) {
    acc = it.$next();
    if (acc === STOP) typeError("reduce() of empty iterable with no initial value");
  }
  for (let v = it.$next(); v !== STOP; v = it.$next()) acc = call2(fn, acc, v);
  return acc;
}

// ---- partial ----

export class PartialJs extends PyObject {
  fn: any = None;
  args: PyTuple = new PyTuple([]);
  kw: PyDict = newDict();
}

function isCallable(x: any): boolean {
  if (typeof x === "function") return true;
  return x instanceof PyObject && typeOf(x).$L.__call__ !== undefined;
}

function kwNamesVals(kw: PyDict | null): [string[] | null, any[] | null] {
  if (kw === null || kw.m.size === 0) return [null, null];
  const n: string[] = [];
  const v: any[] = [];
  for (const [k, val] of kw.m) {
    const key = origKey(kw, k);
    if (typeof key !== "string") typeError("keywords must be strings");
    n.push(key);
    v.push(val);
  }
  return [n, v];
}

let PartialType: PyType;

function partialNew(cls: PyType, args: PyTuple, kw: PyDict | null): any {
  if (args.a.length === 0) typeError(`type 'partial' takes at least one argument`);
  let fn = args.a[0];
  let pargs: any[] = args.a.slice(1);
  if (!isCallable(fn)) typeError("the first argument must be callable");
  let pkw: PyDict = newDict();
  if (fn instanceof PartialJs && typeOf(fn).$L.__new__ === PartialType.$dict.__new__ && (fn.$d === undefined || Object.keys(fn.$d).length === 0)) {
    pargs = fn.args.a.concat(pargs);
    for (const [k, v] of fn.kw.m) dictSet(pkw, origKey(fn.kw, k), v);
    fn = fn.fn;
  }
  if (kw !== null) for (const [k, v] of kw.m) dictSet(pkw, origKey(kw, k), v);
  const p = allocate(cls) as PartialJs;
  p.fn = fn;
  p.args = new PyTuple(pargs);
  p.kw = pkw;
  return p;
}

function partialCall(p: PartialJs, args: PyTuple, kw: PyDict | null): any {
  const a = p.args.a.length ? p.args.a.concat(args.a) : args.a;
  if (p.kw.m.size === 0) {
    if (kw === null || kw.m.size === 0) return callv(p.fn, a);
    const [n, v] = kwNamesVals(kw);
    return callv(p.fn, a, n, v);
  }
  let merged = p.kw;
  if (kw !== null && kw.m.size) {
    merged = newDict();
    for (const [k, v] of p.kw.m) dictSet(merged, origKey(p.kw, k), v);
    for (const [k, v] of kw.m) dictSet(merged, origKey(kw, k), v);
  }
  const [n, v] = kwNamesVals(merged);
  return callv(p.fn, a, n, v);
}

function partialRepr(p: PartialJs): string {
  const t = typeOf(p);
  if (!reprEnter(p)) return "...";
  try {
    const parts = [repr(p.fn)];
    for (const x of p.args.a) parts.push(repr(x));
    for (const [k, v] of p.kw.m) parts.push(`${origKey(p.kw, k)}=${repr(v)}`);
    const qual = getattr(t, "__qualname__");
    const mod = getattr(t, "__module__");
    return `${mod}.${qual}(${parts.join(", ")})`;
  } finally {
    reprLeave(p);
  }
}

// ---- lru_cache ----

/** Separates the positional arguments of a keyword-less call from the bound (args, kwds) form. */
const KW_ONLY = "\u0000lru_kw";

class KwdMark extends PyObject {}

interface LruState {
  fn: any;
  maxsize: number; // -1: unbounded
  typed: boolean;
  hits: number;
  misses: number;
  /** normalised key -> result, in recency order (least recent first). */
  m: Map<any, any>;
  /** hash -> canonical tuple keys in `m` */
  h: Map<number, PyTuple[]> | null;
}

let KWD_MARK: any = null;
let LruWrapperType: PyType;
class LruWrapperJs {}

/** The key for a call, as CPython's _make_key builds it (a primitive or a tuple). */
function makeKey(st: LruState, args: any[], kw: PyDict | null): any {
  const hasKw = kw !== null && kw.m.size > 0;
  if (!st.typed && !hasKw) {
    if (args.length === 1) {
      const a = args[0];
      if (typeof a === "string" || typeof a === "bigint" || (typeof a === "number" && Number.isInteger(a))) return a;
    }
    return new PyTuple(args);
  }
  const k = args.slice();
  if (hasKw) {
    k.push(KWD_MARK);
    for (const [n, v] of kw!.m) k.push(origKey(kw!, n), v);
  }
  if (st.typed) {
    for (const a of args) k.push(typeOf(a));
    if (hasKw) for (const v of kw!.m.values()) k.push(typeOf(v));
  }
  return new PyTuple(k);
}

/**
 * A hash of a key tuple for the cache's buckets: any function of the items' Python hashes
 * works (equal tuples have equal item hashes), so this mixes them in 32-bit arithmetic instead
 * of reproducing CPython's 64-bit tuple hash. Each item's `__hash__` is called once, as CPython's
 * hash of the key tuple would.
 */
function keyHash(a: any[]): number {
  let acc = 0x27d4eb2f ^ a.length;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    let h: number;
    if (typeof x === "string") h = strHash32(x);
    else if (typeof x === "number" && (x | 0) === x) h = x;
    else if (x instanceof PyTuple && !x.$cls.$user) h = keyHash(x.a);
    else h = pyHash(x) | 0;
    acc = Math.imul(acc ^ h, 0x9e3779b1);
    acc = (acc << 13) | (acc >>> 19);
  }
  return acc;
}

function strHash32(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Tuple == for cache keys: identity, then == item by item (as CPython compares tuples). */
function keyEq(x: any[], y: any[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const p = x[i];
    const q = y[i];
    if (p === q) continue;
    if (typeof p === typeof q && typeof p !== "object") return false;
    if (!eqB(p, q)) return false;
  }
  return true;
}

/** The hash lookupNorm computed last (read right after the call). */
let lastHash = 0;

/** The canonical Map key for `key` (an equal tuple already stored), or `key` itself. */
function lookupNorm(st: LruState, key: any): any {
  if (!(key instanceof PyTuple)) return key;
  // the key tuple keeps its hash: items' __hash__ run once per call, as with CPython's _HashedSeq
  let h = (key as any).$kh as number | undefined;
  if (h === undefined) h = (key as any).$kh = keyHash(key.a);
  lastHash = h;
  if (st.h !== null) {
    const b = st.h.get(h);
    if (b !== undefined) for (const c of b) if (c === key || keyEq(c.a, key.a)) return c;
  }
  return key;
}

function addNorm(st: LruState, key: any, h: number): void {
  if (!(key instanceof PyTuple)) return;
  (key as any).$kh = h;
  if (st.h === null) st.h = new Map();
  const b = st.h.get(h);
  if (b === undefined) st.h.set(h, [key]);
  else if (!b.includes(key)) b.push(key);
}

function dropNorm(st: LruState, key: any): void {
  if (!(key instanceof PyTuple) || st.h === null) return;
  const h = (key as any).$kh as number;
  const b = st.h.get(h);
  const i = b === undefined ? -1 : b.indexOf(key);
  if (i < 0) return;
  b!.splice(i, 1);
  if (b!.length === 0) st.h.delete(h);
}

function callUser(fn: any, args: any[], kw: PyDict | null): any {
  if (kw === null || kw.m.size === 0) {
    if (args.length === 1) return call1(fn, args[0]);
    if (args.length === 2) return call2(fn, args[0], args[1]);
    return callv(fn, args);
  }
  const [n, v] = kwNamesVals(kw);
  return callv(fn, args, n, v);
}

function lruCall(st: LruState, args: any[], kw: PyDict | null): any {
  if (st.maxsize === 0) {
    st.misses++;
    return callUser(st.fn, args, kw);
  }
  const key = makeKey(st, args, kw);
  const m = st.m;
  if (st.maxsize < 0) {
    // unbounded: no recency order to keep
    if (!(key instanceof PyTuple)) {
      const v = m.get(key);
      if (v !== undefined) {
        st.hits++;
        return v;
      }
      st.misses++;
      const r = callUser(st.fn, args, kw);
      m.set(key, r);
      return r;
    }
    const n = lookupNorm(st, key);
    const h = lastHash;
    const v = m.get(n);
    if (v !== undefined) {
      st.hits++;
      return v;
    }
    st.misses++;
    const r = callUser(st.fn, args, kw);
    // a recursive call may have stored an equal key meanwhile: overwrite its value
    const n2 = lookupNorm(st, key);
    if (n2 === key) addNorm(st, key, h);
    m.set(n2, r);
    return r;
  }
  const n = lookupNorm(st, key);
  const h = lastHash;
  const v = m.get(n);
  if (v !== undefined) {
    m.delete(n);
    m.set(n, v);
    st.hits++;
    return v;
  }
  st.misses++;
  const r = callUser(st.fn, args, kw);
  const n2 = lookupNorm(st, key);
  if (m.has(n2)) return r; // added by a recursive call: keep that entry
  if (m.size >= st.maxsize && m.size > 0) {
    const oldest = m.keys().next().value;
    m.delete(oldest);
    dropNorm(st, oldest);
  }
  addNorm(st, key, h);
  m.set(key, r);
  return r;
}

function lruWrapper(userFn: any, maxsizeIn: any, typed: any, cacheInfoType: any): any {
  if (!isCallable(userFn)) typeError("the first argument must be callable");
  let maxsize: number;
  if (maxsizeIn === None) maxsize = -1;
  else {
    if (!(typeof maxsizeIn === "number" || typeof maxsizeIn === "bigint" || typeof maxsizeIn === "boolean")) {
      typeError("maxsize should be integer or None");
    }
    maxsize = Number(maxsizeIn);
    if (maxsize < 0) maxsize = 0;
  }
  const st: LruState = { fn: userFn, maxsize, typed: truthy(typed), hits: 0, misses: 0, m: new Map(), h: null };
  const wrapper = function (...a: any[]): any {
    // keyword calls arrive bound as (args tuple, undefined, kwargs dict); see $sig below
    if (a.length === 3 && a[1] === undefined && a[0] instanceof PyTuple && a[2] instanceof PyDict) {
      return lruCall(st, a[0].a, a[2]);
    }
    return lruCall(st, a, null);
  } as unknown as PyFunction;
  const name = fnAttr(userFn, "__name__", "_lru_cache_wrapper");
  const qualname = fnAttr(userFn, "__qualname__", name);
  wrapper.$sig = { name, qualname, args: [], posonly: 0, vararg: "args", kwonly: [KW_ONLY], kwarg: "kwds" };
  wrapper.$df = [];
  const kwdf = Object.create(null);
  kwdf[KW_ONLY] = undefined;
  wrapper.$kwdf = kwdf;
  // every positional call goes straight to the JS function
  wrapper.$np = 0x3fffffff;
  wrapper.$nr = 0;
  const cacheInfo = nativeFunctionLike("cache_info", () =>
    callv(cacheInfoType, [st.hits, st.misses, maxsizeIn === None ? None : maxsize, st.m.size]));
  const cacheClear = nativeFunctionLike("cache_clear", () => {
    st.m.clear();
    st.h = null;
    st.hits = 0;
    st.misses = 0;
    return None;
  });
  const d = newAttrDict();
  d.cache_info = cacheInfo;
  d.cache_clear = cacheClear;
  wrapper.$d = d;
  (wrapper as any).$cls = LruWrapperType;
  return wrapper;
}

function fnAttr(f: any, name: string, dflt: string): string {
  try {
    const v = getattr(f, name, true);
    return typeof v === "string" ? v : dflt;
  } catch {
    return dflt;
  }
}

function nativeFunctionLike(name: string, impl: () => any): any {
  return nativeFunction(name, "", impl, name);
}

defineModule("_functools", (m) => {
  m.fn("reduce", "function, iterable, initial=, /", reduce);

  KWD_MARK = new KwdMark();
  KWD_MARK.$cls = T.object;

  PartialType = nativeClass("functools", "partial", [], PartialJs, {
    __new__: staticMethod("__new__", "cls, /, *args, **keywords", partialNew),
    __call__: ["/, *args, **keywords", partialCall],
    __repr__: ["", partialRepr],
    func: { get: (p: PartialJs) => p.fn },
    args: { get: (p: PartialJs) => p.args },
    keywords: { get: (p: PartialJs) => p.kw },
    __reduce__: ["", (p: PartialJs) =>
      new PyTuple([typeOf(p), new PyTuple([p.fn]), new PyTuple([p.fn, p.args, p.kw.m.size ? p.kw : None, p.$d && Object.keys(p.$d).length ? dictOfAttrs(p.$d) : None])])],
    __setstate__: ["state, /", (p: PartialJs, state: any) => {
      if (!(state instanceof PyTuple) || state.a.length !== 4) typeError("invalid partial state");
      const [fn, args, kw, d] = state.a;
      if (!isCallable(fn) || !(args instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict))) typeError("invalid partial state");
      p.fn = fn;
      p.args = new PyTuple(args.a.slice());
      p.kw = kw === None ? newDict() : kw;
      if (d instanceof PyDict) {
        if (p.$d === undefined) p.$d = newAttrDict();
        for (const [k, v] of d.m) p.$d[origKey(d, k)] = v;
      }
      return None;
    }],
    __class_getitem__: classMethod("__class_getitem__", "cls, item, /", (cls: any) => cls),
    __doc__: "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n",
  }, { dict: true });
  m.set("partial", PartialType);

  m.fn("_lru_cache_wrapper", "user_function, maxsize, typed, cache_info_type", lruWrapper);
  // The wrappers are function objects (they bind as methods and take update_wrapper's
  // attributes like the pure-Python wrapper) whose type has CPython's name and repr.
  LruWrapperType = nativeClass("functools", "_lru_cache_wrapper", [T.function], LruWrapperJs, {
    __repr__: ["", (f: any) => `<functools._lru_cache_wrapper object at 0x${identity(f).toString(16).padStart(12, "0")}>`],
  }, { dict: true });
});

function dictOfAttrs(d: any): PyDict {
  const out = newDict();
  for (const k of Object.keys(d)) dictSet(out, k, d[k]);
  return out;
}

