/**
 * Iterators. Every Python iterator is a PyIterator whose `$next()` returns a value or STOP,
 * so `for` loops never use exceptions or allocate iterator results.
 */
import { PyDict, PyIterator, PyList, PyObject, PyRange, PySet, PyTuple, STOP, None, PyType, PyBytes, PyByteArray } from "./objects.js";
import { T, typeOf, isSubtype } from "./types.js";
import { raise, typeError, isExc } from "./errors.js";
import { call1, callv } from "./call.js";
import { origKey } from "./keys.js";

export class ListIter extends PyIterator {
  i = 0;
  constructor(public l: PyList) {
    super();
  }
  $next(): any {
    const a = this.l.a;
    if (this.i < a.length) return a[this.i++];
    // exhausted for good, even if the list grows; `i` stays a small int (a double there
    // would slow every list iterator)
    this.l = EXHAUSTED;
    this.i = 0;
    return STOP;
  }
}
const EXHAUSTED = new PyList([]);

export class ArrayIter extends PyIterator {
  i = 0;
  constructor(public a: any[]) {
    super();
  }
  $next(): any {
    return this.i < this.a.length ? this.a[this.i++] : STOP;
  }
}

export class ReverseListIter extends PyIterator {
  i: number;
  constructor(public l: { a: any[] }) {
    super();
    this.i = l.a.length - 1;
  }
  $next(): any {
    const a = this.l.a;
    if (this.i >= 0 && this.i < a.length) return a[this.i--];
    this.i = -1;
    return STOP;
  }
}

export class StrIter extends PyIterator {
  i = 0;
  constructor(public s: string) {
    super();
  }
  $next(): any {
    const s = this.s;
    const i = this.i;
    if (i >= s.length) return STOP;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.i = i + 2;
        return s.slice(i, i + 2);
      }
    }
    this.i = i + 1;
    return s[i];
  }
}

export class BytesIter extends PyIterator {
  i = 0;
  constructor(public b: PyBytes | PyByteArray) {
    super();
  }
  $next(): any {
    const n = this.b instanceof PyByteArray ? this.b.n : this.b.b.length;
    return this.i < n ? this.b.b[this.i++] : STOP;
  }
}

/** Iterates a Map-backed dict or set; `kind` 0 keys, 1 values, 2 items. */
export class MapIter extends PyIterator {
  it: Iterator<[any, any]>;
  size: number;
  constructor(public owner: PyDict | PySet, public kind: number) {
    super();
    this.it = owner.m.entries();
    this.size = owner.m.size;
  }
  $next(): any {
    if (this.owner.m.size !== this.size) {
      this.size = -1;
      raise(T.RuntimeError, `${this.owner instanceof PyDict ? "dictionary" : "Set"} changed size during iteration`);
    }
    const r = this.it.next();
    if (r.done) return STOP;
    const [n, v] = r.value;
    if (this.owner instanceof PySet) return v;
    const d = this.owner as PyDict;
    switch (this.kind) {
      case 0:
        return d.k === null ? n : origKey(d, n);
      case 1:
        return v;
      default:
        return new PyTuple([d.k === null ? n : origKey(d, n), v]);
    }
  }
}

export class RangeIter extends PyIterator {
  constructor(public cur: number, public stop: number, public step: number) {
    super();
  }
  $next(): any {
    const c = this.cur;
    if (this.step > 0 ? c < this.stop : c > this.stop) {
      this.cur = c + this.step;
      return c;
    }
    return STOP;
  }
}

export class BigRangeIter extends PyIterator {
  constructor(public cur: bigint, public stop: bigint, public step: bigint) {
    super();
  }
  $next(): any {
    const c = this.cur;
    if (this.step > 0n ? c < this.stop : c > this.stop) {
      this.cur = c + this.step;
      const n = Number(c);
      return Number.isSafeInteger(n) ? n : c;
    }
    return STOP;
  }
}

/** Wraps an object with a user-defined `__next__`. */
export class UserIter extends PyIterator {
  constructor(public o: any, public next: any) {
    super();
  }
  $next(): any {
    try {
      return call1(this.next, this.o);
    } catch (e: any) {
      if (isExc(e) && isSubtype(e.$cls, T.StopIteration)) return STOP;
      throw e;
    }
  }
}

/** The old sequence protocol: `__getitem__` with 0, 1, 2… until IndexError. */
export class SeqIter extends PyIterator {
  i = 0;
  constructor(public o: any, public gi: any) {
    super();
  }
  $next(): any {
    if (this.i < 0) return STOP;
    try {
      return callv(this.gi, [this.o, this.i++]);
    } catch (e: any) {
      if (isExc(e) && (isSubtype(e.$cls, T.IndexError) || isSubtype(e.$cls, T.StopIteration))) {
        this.i = -1;
        return STOP;
      }
      throw e;
    }
  }
}

/** iter(callable, sentinel). */
export class CallIter extends PyIterator {
  done = false;
  constructor(public f: any, public sentinel: any, public eq: (a: any, b: any) => boolean) {
    super();
  }
  $next(): any {
    if (this.done) return STOP;
    const v = callv(this.f, []);
    if (this.eq(v, this.sentinel)) {
      this.done = true;
      return STOP;
    }
    return v;
  }
}

/** Set iteration follows CPython's table order; methods/set.ts installs it. */
export const iterHooks = {
  set: (s: PySet): PyIterator => new MapIter(s, 0),
};

/** iter(x): a PyIterator for any iterable. */
export function getIter(x: any): PyIterator {
  if (x instanceof PyList) {
    if (!x.$cls.$user || x.$cls.$L.__iter__ === T.list.$dict.__iter__) return new ListIter(x);
  } else if (typeof x === "string") return new StrIter(x);
  else if (x instanceof PyTuple) {
    if (!x.$cls.$user || x.$cls.$L.__iter__ === T.tuple.$dict.__iter__) return new ArrayIter(x.a);
  } else if (x instanceof PyDict) {
    if (!x.$cls.$user || x.$cls.$L.__iter__ === T.dict.$dict.__iter__) return new MapIter(x, 0);
  } else if (x instanceof PySet) {
    if (!x.$cls.$user) return iterHooks.set(x);
  } else if (x instanceof PyRange) return rangeIter(x);
  else if (x instanceof PyIterator) {
    if (!x.$cls.$user) return x;
  }
  const t = typeOf(x);
  const f = t.$L.__iter__;
  if (f !== undefined && f !== None) {
    const it = call1(f, x);
    if (it instanceof PyIterator && !it.$cls.$user) return it;
    const nx = typeOf(it).$L.__next__;
    if (nx === undefined) typeError(`iter() returned non-iterator of type '${typeOf(it).$name}'`);
    return new UserIter(it, nx);
  }
  const gi = t.$L.__getitem__;
  if (gi !== undefined && f !== None && !(x instanceof PyType)) return new SeqIter(x, gi);
  typeError(`'${t.$name}' object is not iterable`);
}

export function rangeIter(r: PyRange): PyIterator {
  if (typeof r.start === "number" && typeof r.stop === "number" && typeof r.step === "number") {
    return new RangeIter(r.start, r.stop, r.step);
  }
  return new BigRangeIter(BigInt(r.start), BigInt(r.stop), BigInt(r.step));
}

/** Collects any iterable into a new JS array. */
export function toArray(x: any): any[] {
  if ((x instanceof PyList || x instanceof PyTuple) && !x.$cls.$user) return x.a.slice();
  const out: any[] = [];
  const it = getIter(x);
  for (let v = it.$next(); v !== STOP; v = it.$next()) out.push(v);
  return out;
}

/** Like toArray but may return the container's own array (caller must not mutate it). */
export function asArray(x: any): any[] {
  if ((x instanceof PyList || x instanceof PyTuple) && !x.$cls.$user) return x.a;
  return toArray(x);
}

/** `a, b = x`: exactly n items or ValueError. */
export function unpack(x: any, n: number): any[] {
  if ((x instanceof PyTuple || x instanceof PyList) && !x.$cls.$user) {
    const a = x.a;
    if (a.length === n) return a;
    if (a.length > n) raise(T.ValueError, `too many values to unpack (expected ${n})`);
    raise(T.ValueError, `not enough values to unpack (expected ${n}, got ${a.length})`);
  }
  const it = getIterChecked(x, n);
  const out: any[] = [];
  for (let i = 0; i < n; i++) {
    const v = it.$next();
    if (v === STOP) raise(T.ValueError, `not enough values to unpack (expected ${n}, got ${i})`);
    out.push(v);
  }
  if (it.$next() !== STOP) raise(T.ValueError, `too many values to unpack (expected ${n})`);
  return out;
}

function getIterChecked(x: any, _n: number): PyIterator {
  const t = typeOf(x);
  if (t.$L.__iter__ === undefined && t.$L.__getitem__ === undefined && typeof x !== "string") {
    typeError(`cannot unpack non-iterable ${t.$name} object`);
  }
  return getIter(x);
}

/** `a, *b, c = x`. */
export function unpackEx(x: any, before: number, after: number): any[] {
  const a = toArrayChecked(x);
  if (a.length < before + after) {
    raise(T.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${a.length})`);
  }
  const out = a.slice(0, before);
  out.push(new PyList(a.slice(before, a.length - after)));
  for (let i = a.length - after; i < a.length; i++) out.push(a[i]);
  return out;
}

function toArrayChecked(x: any): any[] {
  const t = typeOf(x);
  if (t.$L.__iter__ === undefined && t.$L.__getitem__ === undefined && typeof x !== "string") {
    typeError(`cannot unpack non-iterable ${t.$name} object`);
  }
  return toArray(x);
}

export function isIterator(x: any): boolean {
  return x instanceof PyIterator || (x instanceof PyObject && typeOf(x).$L.__next__ !== undefined);
}

/** `for x in range(a[, b[, c]])` without making the range object when `range` is the builtin. */
export function rangeIterFast(f: any, a: any, b?: any, c?: any): PyIterator {
  if (f === T.range && typeof a === "number" && Number.isInteger(a)) {
    if (b === undefined) return new RangeIter(0, a, 1);
    if (typeof b === "number" && Number.isInteger(b)) {
      if (c === undefined) return new RangeIter(a, b, 1);
      if (typeof c === "number" && Number.isInteger(c) && c !== 0) return new RangeIter(a, b, c);
    }
  }
  const args = b === undefined ? [a] : c === undefined ? [a, b] : [a, b, c];
  return getIter(callv(f, args));
}

/**
 * The array a list comprehension fills: as long as what its iterator has left when that is
 * known (a list, tuple or range), else empty. Growing an array by push costs several times
 * more than writing into one made at its size; the comprehension truncates what it did not fill.
 */
const LARGE = 1 << 22;

export function preArr(it: any): any[] {
  let n = 0;
  if (it instanceof ListIter) n = it.l.a.length - it.i;
  else if (it instanceof ArrayIter) n = it.a.length - it.i;
  else if (it instanceof RangeIter) n = it.step > 0 ? Math.ceil((it.stop - it.cur) / it.step) : Math.ceil((it.cur - it.stop) / -it.step);
  // Small ones grow as cheaply; past LARGE (a huge range, maybe mostly filtered out) the
  // reservation is not worth its memory and the array grows as usual.
  return n > 16 ? new Array(Math.min(n, LARGE)) : [];
}
