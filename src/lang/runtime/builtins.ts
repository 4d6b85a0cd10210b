/**
 * The `builtins` namespace: every builtin function and type. Module globals use it as their
 * prototype (see loader.ts). `globals`, `locals`, `exec`, `eval`, `__import__` and `open` are
 * added by the loader.
 */
import "./methods/index.js";
import { newAttrDict } from "./objects.js";
import { writeSync, readSync } from "node:fs";
import {
  None, NotImplemented, Ellipsis, PyBaseException, PyBytes, PyByteArray, PyDict, PyFloat, PyIterator, PyList,
  PyMethod, PyModule, PyObject, PyStaticMethod, PyClassMethod, PySuper, PyTuple, PyType, STOP, PyRange, PyComplex,
} from "./objects.js";
import { T, typeOf, isSubtype, makeBuiltinType } from "./types.js";
import { raise, typeError, valueError, attributeError, newException, isExc, captureTraceback } from "./errors.js";
import { nativeFunction, staticNative } from "./native.js";
import { call1, call2, call3, callv, getattr, setattr, delattr, superGetattr, getattrOpt } from "./call.js";
import {
  add, gtB, ltB, hash, identity, len as lenOf, repr, str, truthy, eqB, pow as powOp, index as indexOp, lessThan,
} from "./ops.js";
import { getIter, toArray, asArray, CallIter, ReverseListIter, ArrayIter, UserIter } from "./iter.js";
import { numAbs, numDivmod, numPow, NI, normBig, numKind } from "./numbers.js";
import { dictGet, dictSet } from "./keys.js";
import { fmtHooks, frameHooks } from "./support.js";
import { AttrDictView } from "./bootstrap.js";
import { builtinsRef } from "./index.js";
import { cpChr, cpLen, asciiRepr } from "./strings/index.js";
import { fn, intOf, strOf, tname, indexArg, staticMethod } from "./methods/common.js";
import { sortedArray } from "./methods/sort.js";
import { cpyHash } from "./methods/set.js";
import { PyFrozenSet } from "./objects.js";
import { asciiOf, formatOf } from "./methods/str.js";

// ---- output ----

let outBuf = "";

function writeFd(fd: number, s: string): void {
  const b = Buffer.from(s, "utf8");
  let off = 0;
  while (off < b.length) {
    try {
      off += writeSync(fd, b, off, b.length - off);
    } catch (e: any) {
      if (e && e.code === "EAGAIN") continue;
      if (e && e.code === "EPIPE") return;
      throw e;
    }
  }
}

/** Where print() and sys.stdout write. The CLI or the sys module may replace `write`. */
export const stdoutHooks = {
  write(s: string): void {
    outBuf += s;
    if (outBuf.length > 65536) flushStdout();
  },
};
/** Alias of stdoutHooks. */
export const stdout = stdoutHooks;

export const stderr = {
  write(s: string): void {
    flushStdout();
    writeFd(2, s);
  },
};

export function writeStdout(s: string): void {
  stdout.write(s);
}

export function writeStderr(s: string): void {
  stderr.write(s);
}

export function flushStdout(): void {
  if (outBuf.length) {
    const s = outBuf;
    outBuf = "";
    writeFd(1, s);
  }
}

process.on("exit", flushStdout);

// ---- input ----

let inBuf: Buffer = Buffer.alloc(0);
let inEof = false;

function readLine(): string | null {
  for (;;) {
    const nl = inBuf.indexOf(10);
    if (nl >= 0) {
      const line = inBuf.subarray(0, nl + 1).toString("utf8");
      inBuf = inBuf.subarray(nl + 1);
      return line;
    }
    if (inEof) {
      if (inBuf.length === 0) return null;
      const line = inBuf.toString("utf8");
      inBuf = Buffer.alloc(0);
      return line;
    }
    const chunk = Buffer.alloc(65536);
    let n = 0;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e: any) {
      if (e && e.code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (e && e.code === "EOF") n = 0;
      else throw e;
    }
    if (n === 0) inEof = true;
    else inBuf = Buffer.concat([inBuf, chunk.subarray(0, n)]);
  }
}

/** Hook for input(): the sys module may redirect stdin. */
export const stdin = { readline: readLine };

// ---- helpers ----

function checkStrOrNone(x: any, what: string): string | null {
  if (x === undefined || x === None) return null;
  const s = strOf(x);
  if (s === undefined) typeError(`${what} must be None or a string, not ${tname(x)}`);
  return s;
}

function iterable(x: any): boolean {
  if (typeof x === "string") return true;
  const t = typeOf(x);
  return t.$L.__iter__ !== undefined || t.$L.__getitem__ !== undefined;
}

function stopWith(it: any): never {
  const ret = it instanceof PyObject ? (it as any).ret : undefined;
  const e = newException(T.StopIteration, ret !== undefined && ret !== None ? [ret] : []);
  captureTraceback(e);
  throw e;
}

/** next(it) as a value or STOP. */
export function nextOf(it: any): any {
  if (it instanceof PyIterator && !it.$cls.$user) return it.$next();
  const nx = typeOf(it).$L.__next__;
  if (nx === undefined) typeError(`'${tname(it)}' object is not an iterator`);
  try {
    return call1(nx, it);
  } catch (e) {
    if (isExc(e) && isSubtype(e.$cls, T.StopIteration)) return STOP;
    throw e;
  }
}

// ---- iterator types ----

class EnumerateIter extends PyIterator {
  constructor(public it: PyIterator, public i: any) {
    super();
  }
  $next(): any {
    const v = this.it.$next();
    if (v === STOP) return STOP;
    const i = this.i;
    this.i = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : add(i, 1);
    return new PyTuple([i, v]);
  }
}

class ZipIter extends PyIterator {
  done = false;
  constructor(public its: PyIterator[], public strict: boolean) {
    super();
  }
  $next(): any {
    if (this.done) return STOP;
    const its = this.its;
    if (its.length === 0) return STOP;
    const out = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = its[i].$next();
      if (v === STOP) {
        this.done = true;
        if (this.strict) {
          if (i > 0) {
            const which = i === 1 ? "argument 1" : `arguments 1-${i}`;
            valueError(`zip() argument ${i + 1} is shorter than ${which}`);
          }
          for (let j = 1; j < its.length; j++) {
            if (its[j].$next() !== STOP) {
              const which = j === 1 ? "argument 1" : `arguments 1-${j}`;
              valueError(`zip() argument ${j + 1} is longer than ${which}`);
            }
          }
        }
        return STOP;
      }
      out[i] = v;
    }
    return new PyTuple(out);
  }
}

class MapObj extends PyIterator {
  constructor(public f: any, public its: PyIterator[]) {
    super();
  }
  $next(): any {
    const its = this.its;
    if (its.length === 1) {
      const v = its[0].$next();
      return v === STOP ? STOP : call1(this.f, v);
    }
    const args = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const v = its[i].$next();
      if (v === STOP) return STOP;
      args[i] = v;
    }
    return callv(this.f, args);
  }
}

class FilterObj extends PyIterator {
  constructor(public f: any, public it: PyIterator) {
    super();
  }
  $next(): any {
    const f = this.f;
    for (;;) {
      const v = this.it.$next();
      if (v === STOP) return STOP;
      if (f === None ? truthy(v) : truthy(call1(f, v))) return v;
    }
  }
}

class ReversedSeq extends PyIterator {
  constructor(public o: any, public i: number, public gi: any) {
    super();
  }
  $next(): any {
    if (this.i < 0) return STOP;
    return call2(this.gi, this.o, this.i--);
  }
}

makeBuiltinType("enumerate", [T.object], EnumerateIter);
makeBuiltinType("zip", [T.object], ZipIter);
makeBuiltinType("map", [T.object], MapObj);
makeBuiltinType("filter", [T.object], FilterObj);
makeBuiltinType("reversed", [T.object], ReversedSeq);
for (const n of ["enumerate", "zip", "map", "filter", "reversed"]) {
  T[n].$dict.__iter__ = fn("__iter__", "self, /", (s: any) => s);
  T[n].$dict.__next__ = fn("__next__", "self, /", (s: any) => {
    const v = s.$next();
    if (v === STOP) stopWith(s);
    return v;
  });
}

function withCls<X extends PyObject>(o: X, cls: PyType): X {
  if (cls.$user) {
    o.$cls = cls;
    o.$d = newAttrDict();
  }
  return o;
}

T.enumerate.$dict.__new__ = staticMethod(T.enumerate, "__new__", "cls, iterable, start=0", (cls: PyType, it: any, start: any) => {
  let s: any = 0;
  if (start !== undefined) {
    s = intOf(start);
    if (s === undefined) s = indexArg(start);
  }
  return withCls(new EnumerateIter(getIter(it), s), cls);
});
T.zip.$dict.__new__ = staticMethod(T.zip, "__new__", "cls, *iterables, strict=False", (cls: PyType, its: PyTuple, strict: any) => {
  // CPython 3.11: "'int' object is not iterable" (the message of iter()).
  const iters = its.a.map((x) => getIter(x));
  return withCls(new ZipIter(iters, strict !== undefined && truthy(strict)), cls);
});
T.map.$dict.__new__ = staticMethod(T.map, "__new__", "cls, func, *iterables", (cls: PyType, f: any, its: PyTuple) => {
  if (its.a.length === 0) typeError("map() must have at least two arguments.");
  return withCls(new MapObj(f, its.a.map((x) => getIter(x))), cls);
});
T.filter.$dict.__new__ = staticMethod(T.filter, "__new__", "cls, function, iterable, /", (cls: PyType, f: any, it: any) =>
  withCls(new FilterObj(f, getIter(it)), cls));
T.reversed.$dict.__new__ = staticMethod(T.reversed, "__new__", "cls, sequence, /", (_cls: PyType, seq: any) => reversedOf(seq));
for (const n of ["enumerate", "zip", "map", "filter", "reversed"]) {
  T[n].$L.__new__ = T[n].$dict.__new__;
  T[n].$L.__iter__ = T[n].$dict.__iter__;
  T[n].$L.__next__ = T[n].$dict.__next__;
}

export function reversedOf(seq: any): any {
  if (seq instanceof PyList && !seq.$cls.$user) return new ReverseListIter(seq);
  if (seq instanceof PyTuple && !seq.$cls.$user) return new ReverseListIter(seq);
  const t = typeOf(seq);
  const r = t.$L.__reversed__;
  if (r !== undefined && r !== None) return call1(r, seq);
  if (r === None) typeError(`'${t.$name}' object is not reversible`);
  const gi = t.$L.__getitem__;
  const ln = t.$L.__len__;
  if (gi === undefined || ln === undefined || seq instanceof PyDict) typeError(`'${t.$name}' object is not reversible`);
  if (typeof seq === "string") return new ArrayIter(Array.from(seq).reverse());
  return new ReversedSeq(seq, lenOf(seq) - 1, gi);
}

// ---- the functions ----

function print(args: PyTuple, sep: any, end: any, file: any, flush: any): any {
  const sp = checkStrOrNone(sep, "sep") ?? " ";
  const en = checkStrOrNone(end, "end") ?? "\n";
  const a = args.a;
  if (file === undefined || file === None) {
    let s = "";
    for (let i = 0; i < a.length; i++) {
      if (i) s += sp;
      const x = a[i];
      s += typeof x === "string" ? x : str(x);
    }
    stdout.write(s + en);
    if (flush !== undefined && truthy(flush)) flushStdout();
    return None;
  }
  const w = getattr(file, "write");
  for (let i = 0; i < a.length; i++) {
    if (i) call1(w, sp);
    call1(w, str(a[i]));
  }
  call1(w, en);
  if (flush !== undefined && truthy(flush)) {
    const f = getattrOpt(file, "flush");
    if (f !== undefined) callv(f, []);
  }
  return None;
}

function input(prompt: any): any {
  if (prompt !== undefined) {
    stdout.write(str(prompt));
  }
  flushStdout();
  const line = stdin.readline();
  if (line === null) raise(T.EOFError, "EOF when reading a line");
  return line.endsWith("\n") ? line.slice(0, line.endsWith("\r\n") ? -2 : -1) : line;
}

function minmax(name: string, isMax: boolean) {
  return (args: PyTuple, key: any, dflt: any) => {
    let items: PyIterator;
    const a = args.a;
    if (a.length === 0) typeError(`${name} expected at least 1 argument, got 0`);
    if (a.length === 1) {
      items = getIter(a[0]);
    } else {
      if (dflt !== undefined) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
      items = new ArrayIter(a);
    }
    const k = key === undefined || key === None ? null : key;
    let best: any = STOP, bestKey: any;
    for (let v = items.$next(); v !== STOP; v = items.$next()) {
      const kv = k === null ? v : call1(k, v);
      if (best === STOP) {
        best = v;
        bestKey = kv;
      } else if (isMax ? gtB(kv, bestKey) : ltB(kv, bestKey)) {
        best = v;
        bestKey = kv;
      }
    }
    if (best === STOP) {
      if (dflt !== undefined) return dflt;
      valueError(`${name}() arg is an empty sequence`);
    }
    return best;
  };
}

function sum(it: any, start: any): any {
  let acc: any = start === undefined ? 0 : start;
  if (typeof acc === "string") typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytes) typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (acc instanceof PyByteArray) typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  if (it instanceof PyList || it instanceof PyTuple) {
    const a = it.a;
    for (let i = 0; i < a.length; i++) acc = add(acc, a[i]);
    return acc;
  }
  const iter = getIter(it);
  for (let v = iter.$next(); v !== STOP; v = iter.$next()) acc = add(acc, v);
  return acc;
}

function abs(x: any): any {
  const r = numAbs(x);
  if (r !== NI && (typeof x !== "object" || x instanceof PyFloat && !x.$cls.$user || x instanceof PyComplex && !x.$cls.$user)) return r;
  const f = typeOf(x).$L.__abs__;
  if (f === undefined) typeError(`bad operand type for abs(): '${tname(x)}'`);
  return call1(f, x);
}

function round(x: any, nd: any): any {
  const f = typeOf(x).$L.__round__;
  if (f === undefined) typeError(`type ${tname(x)} doesn't define __round__ method`);
  if (nd === undefined) return call1(f, x);
  return call2(f, x, nd);
}

function divmod(a: any, b: any): any {
  if (numKind(a) && numKind(b) && numKind(a) !== 4 && numKind(b) !== 4 && (typeof a !== "object" || !a.$cls.$user) && (typeof b !== "object" || !b.$cls.$user)) {
    const r = numDivmod(a, b);
    if (r !== NI) return new PyTuple(r);
  }
  const ta = typeOf(a), tb = typeOf(b);
  const fa = ta.$L.__divmod__;
  if (fa !== undefined) {
    const r = call2(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  const fb = ta !== tb ? tb.$L.__rdivmod__ : undefined;
  if (fb !== undefined) {
    const r = call2(fb, b, a);
    if (r !== NotImplemented) return r;
  }
  typeError(`unsupported operand type(s) for divmod(): '${ta.$name}' and '${tb.$name}'`);
}

function pow(base: any, exp: any, mod: any): any {
  if (mod === undefined || mod === None) return powOp(base, exp);
  const ib = intOf(base), ie = intOf(exp), im = intOf(mod);
  if (ib !== undefined && ie !== undefined && im !== undefined) return numPow(ib, ie, im);
  const f = typeOf(base).$L.__pow__;
  if (f !== undefined) {
    const r = call3(f, base, exp, mod);
    if (r !== NotImplemented) return r;
  }
  typeError(`unsupported operand type(s) for ** or pow(): '${tname(base)}', '${tname(exp)}', '${tname(mod)}'`);
}

export function isinstance(o: any, cls: any): boolean {
  if (cls instanceof PyType) {
    const t = typeOf(o);
    if (t === cls || isSubtype(t, cls)) return true;
    const meta = cls.$cls;
    if (meta !== T.type && meta.$user) {
      const ic = meta.$L.__instancecheck__;
      if (ic !== undefined && ic !== T.type.$dict.__instancecheck__) return truthy(call2(ic, cls, o));
    }
    if (o instanceof PyObject && t.$user && o.$d !== undefined) {
      // __class__ may be overridden (a property or a data attribute on the class)
      const c = t.$L.__class__;
      if (c !== undefined && c !== T.object.$dict.__class__) {
        const k = getattrOpt(o, "__class__");
        if (k instanceof PyType && k !== t) return isSubtype(k, cls);
      }
    }
    return false;
  }
  if (cls instanceof PyTuple) {
    for (const c of cls.a) if (isinstance(o, c)) return true;
    return false;
  }
  const ic = typeOf(cls).$L.__instancecheck__;
  if (ic !== undefined && cls instanceof PyObject) return truthy(call2(ic, cls, o));
  typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
}

export function issubclass(c: any, cls: any): boolean {
  if (cls instanceof PyTuple) {
    for (const x of cls.a) if (issubclass(c, x)) return true;
    return false;
  }
  if (cls instanceof PyType) {
    const meta = cls.$cls;
    if (meta !== T.type && meta.$user) {
      const sc = meta.$L.__subclasscheck__;
      if (sc !== undefined && sc !== T.type.$dict.__subclasscheck__) return truthy(call2(sc, cls, c));
    }
    if (!(c instanceof PyType)) typeError("issubclass() arg 1 must be a class");
    return isSubtype(c, cls);
  }
  if (cls instanceof PyObject) {
    const sc = typeOf(cls).$L.__subclasscheck__;
    if (sc !== undefined) return truthy(call2(sc, cls, c));
  }
  typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

function chr(i: any): string {
  const n = intOf(i) ?? indexArg(i);
  if (typeof n === "bigint" || n < 0 || n > 0x10ffff) {
    if (typeof n === "bigint") raise(T.OverflowError, "Python int too large to convert to C int");
    valueError("chr() arg not in range(0x110000)");
  }
  return cpChr(n);
}

function ord(c: any): number {
  const s = strOf(c);
  if (s !== undefined) {
    const n = cpLen(s);
    if (n !== 1) typeError(`ord() expected a character, but string of length ${n} found`);
    return s.codePointAt(0)!;
  }
  if (c instanceof PyBytes || c instanceof PyByteArray) {
    const n = c instanceof PyBytes ? c.b.length : c.n;
    if (n !== 1) typeError(`ord() expected a character, but string of length ${n} found`);
    return c.b[0];
  }
  typeError(`ord() expected string of length 1, but ${tname(c)} found`);
}

function radix(prefix: string, base: number) {
  return (x: any): string => {
    const v = intOf(x) ?? indexArg(x);
    const neg = typeof v === "bigint" ? v < 0n : v < 0;
    const a = typeof v === "bigint" ? (neg ? -v : v) : Math.abs(v);
    return (neg ? "-" : "") + prefix + a.toString(base);
  };
}

function getattrB(o: any, name: any, dflt: any): any {
  if (typeof name !== "string") {
    const s = strOf(name);
    if (s === undefined) typeError(`attribute name must be string, not '${tname(name)}'`);
    name = s;
  }
  if (dflt === undefined) return getattr(o, name);
  const v = getattrOpt(o, name);
  return v === undefined ? dflt : v;
}

function attrName(name: any): string {
  const s = strOf(name);
  if (s === undefined) typeError(`attribute name must be string, not '${tname(name)}'`);
  return s;
}

export function callable(x: any): boolean {
  if (typeof x === "function") return true;
  if (x instanceof PyType || x instanceof PyMethod || x instanceof PyStaticMethod) return true;
  if (x instanceof PyObject) return typeOf(x).$L.__call__ !== undefined;
  return false;
}

function vars(o: any): any {
  if (o === undefined) typeError("vars() without arguments is not supported here");
  const d = getattrOpt(o, "__dict__");
  if (d === undefined) typeError("vars() argument must have __dict__ attribute");
  return d;
}

/** dir(obj): the sorted attribute names. */
export function dirOf(o: any): PyList {
  const t = typeOf(o);
  const ud = t.$L.__dir__;
  let names: string[];
  if (o instanceof PyModule) {
    names = Object.keys(o.$d!);
  } else if (o instanceof PyType) {
    const set = new Set<string>();
    for (const c of o.$mro) for (const k in c.$dict) set.add(k);
    if (o.$cls !== T.type && o.$cls.$user) {
      // metaclass attributes are not included by type.__dir__, as in CPython
    }
    names = [...set];
  } else if (ud !== undefined && ud !== T.object.$dict.__dir__) {
    names = toArray(call1(ud, o)).map((x) => str(x));
  } else {
    const set = new Set<string>();
    if (o instanceof PyObject && o.$d !== undefined) for (const k in o.$d) if (k.charCodeAt(0) !== 36) set.add(k);
    else if (typeof o === "function" && (o as any).$d) for (const k in (o as any).$d) set.add(k);
    for (const c of t.$mro) for (const k in c.$dict) set.add(k);
    names = [...set];
  }
  return new PyList(sortedArray(names, undefined, false));
}

function iterB(o: any, sentinel: any): any {
  if (sentinel === undefined) {
    if (!iterable(o)) typeError(`'${tname(o)}' object is not iterable`);
    return getIter(o);
  }
  if (!callable(o)) typeError("iter(v, w): v must be callable");
  return new CallIter(o, sentinel, eqB);
}

function next(it: any, dflt: any): any {
  const v = nextOf(it);
  if (v === STOP) {
    if (dflt !== undefined) return dflt;
    stopWith(it);
  }
  return v;
}

function anyB(it: any): boolean {
  const iter = getIter(it);
  for (let v = iter.$next(); v !== STOP; v = iter.$next()) if (truthy(v)) return true;
  return false;
}

function allB(it: any): boolean {
  const iter = getIter(it);
  for (let v = iter.$next(); v !== STOP; v = iter.$next()) if (!truthy(v)) return false;
  return true;
}

function hashB(x: any): any {
  const t = typeof x;
  if (t === "number" || t === "bigint" || t === "boolean" || t === "string" || x instanceof PyFloat || x instanceof PyTuple || x instanceof PyFrozenSet) {
    if (typeof x !== "object" || !x.$cls.$user) {
      hash(x); // raises for unhashable tuple items
      return cpyHash(x);
    }
  }
  return userHash(x);
}

/** hash() of an object whose class defines __hash__: its int result as CPython keeps it
 * (unchanged when it fits in 64 bits, else hashed again), not the internal bucket hash. */
function userHash(x: any): any {
  const t = typeOf(x);
  const h = x !== null && typeof x === "object" && t.$user ? t.$L.__hash__ : undefined;
  if (h === undefined || h === None || h === T.object.$dict.__hash__) return hash(x);
  const r = call1(h, x);
  if (typeof r === "boolean") return r ? 1 : 0;
  if (typeof r === "number" && Number.isInteger(r)) return r === -1 ? -2 : r;
  if (typeof r === "bigint") return BigInt.asIntN(64, r) === r ? (r === -1n ? -2 : normBig(r)) : cpyHash(r);
  typeError("__hash__ method should return an integer");
}

function lenB(x: any): number {
  return lenOf(x);
}

function formatB(v: any, spec: any): string {
  const s = spec === undefined ? "" : strOf(spec);
  if (s === undefined) typeError(`format() argument 2 must be str, not ${tname(spec)}`);
  return formatOf(v, s);
}

// ---- super ----

(T.super as any).$user = true; // so that attribute lookup goes through super.__getattribute__
T.super.$dict.__getattribute__ = fn("__getattribute__", "self, name, /", (s: PySuper, name: any) => {
  const n = attrName(name);
  if (n === "__class__") return T.super;
  if (n === "__thisclass__") return s.type;
  if (n === "__self__") return s.obj;
  if (n === "__self_class__") return s.objType;
  return superGetattr(s, n);
});
T.super.$dict.__new__ = staticMethod(T.super, "__new__", "cls, type=, obj=, /", (_cls: any, t: any, o: any) => {
  if (t === undefined) raise(T.RuntimeError, "super(): no arguments");
  if (!(t instanceof PyType)) typeError(`super() argument 1 must be a type, not ${tname(t)}`);
  if (o === undefined || o === None) return new PySuper(t, None, t);
  const objType = o instanceof PyType && isSubtype(o, t) ? o : typeOf(o);
  if (!isSubtype(objType, t)) typeError("super(type, obj): obj must be an instance or subtype of type");
  return new PySuper(t, o, objType);
});
T.super.$dict.__repr__ = fn("__repr__", "self, /", (s: PySuper) =>
  s.obj === None ? `<super: <class '${s.type.$name}'>, NULL>` : `<super: <class '${s.type.$name}'>, <${s.objType.$name} object>>`);
T.super.$dict.__get__ = fn("__get__", "self, instance, owner=None, /", (s: PySuper, inst: any) => {
  if (inst === None || s.obj !== None) return s;
  return new PySuper(s.type, inst, typeOf(inst));
});
import { invalidateType } from "./types.js";
invalidateType(T.super);

// ---- exit ----

function exitB(code: any): never {
  const e = newException(T.SystemExit, code === undefined ? [] : [code]);
  captureTraceback(e);
  throw e;
}

// ---- the namespace ----

function B(name: string, spec: string, impl: (...a: any[]) => any): any {
  return staticNative(fn(name, spec, impl));
}

export const builtins: Record<string, any> = Object.create(null);

Object.assign(builtins, {
  print: B("print", "*args, sep=' ', end='\\n', file=None, flush=False", print),
  input: B("input", "prompt=, /", input),
  len: B("len", "obj, /", lenB),
  sorted: B("sorted", "iterable, /, *, key=None, reverse=False", (it: any, key: any, rev: any) =>
  {
    // sortedArray copies a list's own array before running any user code; a fresh one is handed over.
    const a = asArray(it);
    const fresh = !((it instanceof PyList || it instanceof PyTuple) && a === it.a);
    return new PyList(sortedArray(a, key, rev !== undefined && truthy(rev), fresh));
  }),
  min: B("min", "*args, key=None, default=", minmax("min", false)),
  max: B("max", "*args, key=None, default=", minmax("max", true)),
  sum: B("sum", "iterable, /, start=0", sum),
  abs: B("abs", "x, /", abs),
  round: B("round", "number, ndigits=None", round),
  divmod: B("divmod", "x, y, /", divmod),
  pow: B("pow", "base, exp, mod=None", pow),
  isinstance: B("isinstance", "obj, class_or_tuple, /", isinstance),
  issubclass: B("issubclass", "cls, class_or_tuple, /", issubclass),
  id: B("id", "obj, /", (o: any) => identity(o)),
  hash: B("hash", "obj, /", hashB),
  repr: B("repr", "obj, /", (o: any) => repr(o)),
  ascii: B("ascii", "obj, /", (o: any) => asciiOf(o)),
  chr: B("chr", "i, /", chr),
  ord: B("ord", "c, /", ord),
  hex: B("hex", "number, /", radix("0x", 16)),
  oct: B("oct", "number, /", radix("0o", 8)),
  bin: B("bin", "number, /", radix("0b", 2)),
  format: B("format", "value, format_spec='', /", formatB),
  any: B("any", "iterable, /", anyB),
  all: B("all", "iterable, /", allB),
  iter: B("iter", "object, sentinel=, /", iterB),
  next: B("next", "iterator, default=, /", next),
  getattr: B("getattr", "object, name, default=, /", getattrB),
  setattr: B("setattr", "obj, name, value, /", (o: any, n: any, v: any) => {
    setattr(o, attrName(n), v);
    return None;
  }),
  hasattr: B("hasattr", "obj, name, /", (o: any, n: any) => {
    return getattrOpt(o, attrName(n)) !== undefined;
  }),
  delattr: B("delattr", "obj, name, /", (o: any, n: any) => {
    delattr(o, attrName(n));
    return None;
  }),
  callable: B("callable", "obj, /", callable),
  vars: B("vars", "object=, /", vars),
  dir: B("dir", "object=, /", (o: any) => {
    if (o === undefined) typeError("dir() without arguments is not supported here");
    return dirOf(o);
  }),
  exit: B("exit", "code=None", exitB),
  quit: B("quit", "code=None", exitB),
  NotImplemented,
  Ellipsis,
  __debug__: true,
});

const TYPES = [
  "object", "type", "int", "bool", "float", "complex", "str", "list", "tuple", "dict", "set", "frozenset",
  "bytes", "bytearray", "range", "slice", "property", "staticmethod", "classmethod", "super",
  "enumerate", "zip", "map", "filter", "reversed", "memoryview",
];
for (const n of TYPES) if (T[n]) builtins[n] = T[n];
for (const n in T) {
  const t = T[n];
  if (t instanceof PyType && t !== T.BaseException && isSubtype(t, T.BaseException) && n === t.$name) builtins[n] = t;
}
builtins.BaseException = T.BaseException;
builtins.EnvironmentError = T.OSError;
builtins.IOError = T.OSError;

// f-strings use format() and ascii() through these hooks (support.ts).
fmtHooks.format = (v: any, spec: string): string => (typeof v === "string" && spec === "" ? v : formatOf(v, spec));
fmtHooks.ascii = (v: any): string => asciiOf(v);

// isinstance for class patterns in `match` (index.ts reads builtinsRef).
Object.assign(builtinsRef, builtins);

// min(a, b) / max(a, b) of two numbers, the commonest use, without building the *args tuple
// (call2 looks for `$f2`). Ties keep the first argument, and NaN compares false, as in CPython.
builtins.min.$f2 = (a: any, b: any) => (typeof a === "number" && typeof b === "number" ? (b < a ? b : a) : callv(builtins.min, [a, b]));
builtins.max.$f2 = (a: any, b: any) => (typeof a === "number" && typeof b === "number" ? (b > a ? b : a) : callv(builtins.max, [a, b]));

// globals()/locals()/vars()/dir() with no arguments see the caller's namespace (support.ts).
frameHooks.builtins = builtins;
frameHooks.nsView = (g) => new AttrDictView(g);

export { asciiRepr, dictGet, dictSet, normBig, indexOp, lessThan, PyBaseException, PyClassMethod, Ellipsis, attributeError, PyRange };
