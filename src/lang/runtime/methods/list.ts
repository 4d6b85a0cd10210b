/**
 * list: every method, slicing (incl. extended-slice assignment), comparisons, repr.
 */
import { None, NotImplemented, PyList, PySlice, PyTuple, STOP, PyObject } from "../objects.js";
import { T, typeOf, isSubtype } from "../types.js";
import { indexError, raise, typeError, valueError } from "../errors.js";
import { eqB, repr, reprEnter, reprLeave, sliceIndices, sliceArray, truthy, richCompare } from "../ops.js";
import { ListIter, ReverseListIter, getIter, toArray } from "../iter.js";
import { defMethods, getset, indexArg, intOf, tname, classMethod } from "./common.js";
import { sortedArray } from "./sort.js";

/** Normalises a sequence index for item access; NaN for slices. */
export function seqIndex(k: any, len: number, what: string): number {
  if (typeof k === "number" && Number.isInteger(k)) return k < 0 ? k + len : k;
  if (k instanceof PySlice) return NaN;
  const i = intOf(k);
  if (i === undefined) {
    const f = typeOf(k).$L.__index__;
    if (f === undefined) typeError(`${what} indices must be integers or slices, not ${tname(k)}`);
    const v = indexArg(k);
    return seqIndex(typeof v === "bigint" ? (v < 0n ? -Infinity : Infinity) : v, len, what);
  }
  if (typeof i === "bigint") return i < 0n ? -Infinity : Infinity;
  return i < 0 ? i + len : i;
}

/** Clamps start/stop arguments of index()/count-like methods (None allowed). */
export function clampRange(start: any, stop: any, len: number): [number, number] {
  let a = start === undefined || start === None ? 0 : Number(indexArg(start, "slice indices must be integers or have an __index__ method"));
  let b = stop === undefined || stop === None ? len : Number(indexArg(stop, "slice indices must be integers or have an __index__ method"));
  if (a < 0) a = Math.max(0, a + len);
  if (b < 0) b = Math.max(0, b + len);
  if (b > len) b = len;
  return [a, b];
}

export function sliceLen(start: number, stop: number, step: number): number {
  if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

/** Lexicographic comparison of two arrays with Python's rules; op indexes eq, ne, lt, le, gt, ge. */
export function seqCompare(a: any[], b: any[], op: number): any {
  if (op <= 1 && a.length !== b.length) return op === 1;
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    const x = a[i], y = b[i];
    if (x === y && !(typeof x === "number" && x !== x)) continue;
    if (!eqB(x, y)) break;
  }
  if (i >= a.length || i >= b.length) {
    const la = a.length, lb = b.length;
    switch (op) {
      case 0: return la === lb;
      case 1: return la !== lb;
      case 2: return la < lb;
      case 3: return la <= lb;
      case 4: return la > lb;
      default: return la >= lb;
    }
  }
  if (op === 0) return false;
  if (op === 1) return true;
  return richCompare(a[i], b[i], op);
}

export function seqRepr(a: any[], open: string, close: string, self: any): string {
  if (!reprEnter(self)) return open + "..." + close;
  try {
    let s = open;
    for (let i = 0; i < a.length; i++) {
      if (i) s += ", ";
      s += repr(a[i]);
    }
    return s + close;
  } finally {
    reprLeave(self);
  }
}

function listOf(o: any): PyList {
  if (!(o instanceof PyList)) typeError(`descriptor requires a 'list' object but received a '${tname(o)}'`);
  return o;
}

function repeatCount(n: any): number | undefined {
  const i = intOf(n);
  if (i === undefined) {
    if (n instanceof PyObject && typeOf(n).$L.__index__ !== undefined) return Number(indexArg(n));
    return undefined;
  }
  return Number(i);
}

export function repeatArray(a: any[], n: number): any[] {
  if (n <= 0 || a.length === 0) return [];
  if (a.length * n > 2 ** 31) raise(T.MemoryError, "");
  if (a.length === 1) return new Array(n).fill(a[0]);
  const out: any[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < a.length; j++) out.push(a[j]);
  return out;
}

function listGetitem(self: PyList, k: any): any {
  const a = self.a;
  const i = seqIndex(k, a.length, "list");
  if (Number.isNaN(i)) {
    const [start, stop, step] = sliceIndices(k, a.length);
    return new PyList(sliceArray(a, start, stop, step));
  }
  if (!(i >= 0 && i < a.length)) indexError("list index out of range");
  return a[i];
}

function listSetitem(self: PyList, k: any, v: any): any {
  const a = self.a;
  const i = seqIndex(k, a.length, "list");
  if (!Number.isNaN(i)) {
    if (!(i >= 0 && i < a.length)) indexError("list assignment index out of range");
    a[i] = v;
    return None;
  }
  const [start, stop, step] = sliceIndices(k, a.length);
  let items: any[];
  if (v === self) items = a.slice();
  else {
    const t = typeOf(v);
    if (typeof v !== "string" && t.$L.__iter__ === undefined && t.$L.__getitem__ === undefined) {
      typeError(step === 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    }
    items = toArray(v);
  }
  if (step === 1) {
    const stp = Math.max(stop, start);
    a.splice(start, stp - start, ...items);
    return None;
  }
  const n = sliceLen(start, stop, step);
  if (items.length !== n) valueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${n}`);
  for (let j = 0, p = start; j < n; j++, p += step) a[p] = items[j];
  return None;
}

function listDelitem(self: PyList, k: any): any {
  const a = self.a;
  const i = seqIndex(k, a.length, "list");
  if (!Number.isNaN(i)) {
    if (!(i >= 0 && i < a.length)) indexError("list assignment index out of range");
    a.splice(i, 1);
    return None;
  }
  const [start, stop, step] = sliceIndices(k, a.length);
  if (step === 1) {
    if (stop > start) a.splice(start, stop - start);
    return None;
  }
  const n = sliceLen(start, stop, step);
  if (n === 0) return None;
  const del = new Set<number>();
  for (let j = 0, p = start; j < n; j++, p += step) del.add(p);
  self.a = a.filter((_, idx) => !del.has(idx));
  // keep the same array object identity for iterators holding it
  a.length = 0;
  for (const x of self.a) a.push(x);
  self.a = a;
  return None;
}

function cmp(op: number): [string, (a: any, b: any) => any] {
  return ["self, other, /", (a: any, b: any) => {
    if (!(b instanceof PyList)) return NotImplemented;
    return seqCompare(a.a, b.a, op);
  }];
}

export function listSort(self: PyList, key: any, reverse: any): any {
  const a = self.a;
  self.a = [];
  let out: any[];
  try {
    out = sortedArray(a, key, reverse !== undefined && truthy(reverse), true);
  } catch (e) {
    if (self.a.length === 0) self.a = a;
    throw e;
  }
  const modified = self.a.length !== 0;
  // `out` is a fresh array: it becomes the list's storage (anything added meanwhile is dropped).
  self.a = out;
  if (modified) valueError("list modified during sort");
  return None;
}

defMethods(T.list, {
  __init__: ["self, iterable=, /", (self: PyList, it: any) => {
    const items = it === undefined ? [] : toArray(it);
    self.a.length = 0;
    for (const x of items) self.a.push(x);
    return None;
  }],
  __repr__: ["self, /", (self: PyList) => seqRepr(self.a, "[", "]", self)],
  __len__: ["self, /", (self: PyList) => self.a.length],
  __iter__: ["self, /", (self: PyList) => new ListIter(self)],
  __reversed__: ["self, /", (self: PyList) => new ReverseListIter(self)],
  __contains__: ["self, key, /", (self: PyList, x: any) => {
    const a = self.a;
    for (let i = 0; i < a.length; i++) if (a[i] === x || eqB(a[i], x)) return true;
    return false;
  }],
  __getitem__: ["self, index, /", listGetitem],
  __setitem__: ["self, key, value, /", listSetitem],
  __delitem__: ["self, key, /", listDelitem],
  __add__: ["self, value, /", (self: PyList, o: any) => {
    if (!(o instanceof PyList)) return NotImplemented;
    return new PyList(self.a.concat(o.a));
  }],
  __iadd__: ["self, value, /", (self: PyList, o: any) => {
    const items = o === self ? self.a.slice() : toArray(o);
    for (const x of items) self.a.push(x);
    return self;
  }],
  __mul__: ["self, value, /", (self: PyList, n: any) => {
    const c = repeatCount(n);
    if (c === undefined) return NotImplemented;
    return new PyList(repeatArray(self.a, c));
  }],
  __rmul__: ["self, value, /", (self: PyList, n: any) => {
    const c = repeatCount(n);
    if (c === undefined) return NotImplemented;
    return new PyList(repeatArray(self.a, c));
  }],
  __imul__: ["self, value, /", (self: PyList, n: any) => {
    const c = repeatCount(n);
    if (c === undefined) return NotImplemented;
    const r = repeatArray(self.a, c);
    self.a.length = 0;
    for (const x of r) self.a.push(x);
    return self;
  }],
  __eq__: cmp(0),
  __ne__: cmp(1),
  __lt__: cmp(2),
  __le__: cmp(3),
  __gt__: cmp(4),
  __ge__: cmp(5),
  __hash__: None,
  __class_getitem__: classMethod(T.list, "__class_getitem__", "cls, item, /", (cls: any) => cls),
  __sizeof__: ["self, /", (self: PyList) => 40 + 8 * self.a.length],
  append: ["self, object, /", (self: PyList, x: any) => {
    self.a.push(x);
    return None;
  }],
  extend: ["self, iterable, /", (self: PyList, it: any) => {
    if (it instanceof PyList || it instanceof PyTuple) {
      const src = it.a;
      const n = src.length;
      for (let i = 0; i < n; i++) self.a.push(src[i]);
      return None;
    }
    const iter = getIter(it);
    for (let v = iter.$next(); v !== STOP; v = iter.$next()) self.a.push(v);
    return None;
  }],
  insert: ["self, index, object, /", (self: PyList, i: any, x: any) => {
    const a = self.a;
    let n = Number(indexArg(i));
    if (n < 0) n = Math.max(0, n + a.length);
    if (n > a.length) n = a.length;
    a.splice(n, 0, x);
    return None;
  }],
  remove: ["self, value, /", (self: PyList, x: any) => {
    const a = self.a;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === x || eqB(a[i], x)) {
        a.splice(i, 1);
        return None;
      }
    }
    valueError("list.remove(x): x not in list");
  }],
  pop: ["self, index=-1, /", (self: PyList, i: any) => {
    const a = self.a;
    if (a.length === 0) indexError("pop from empty list");
    if (i === undefined) return a.pop();
    let n = Number(indexArg(i));
    if (n < 0) n += a.length;
    if (!(n >= 0 && n < a.length)) indexError("pop index out of range");
    if (n === a.length - 1) return a.pop();
    // pop(0), the queue idiom: shift moves the array's start instead of building a splice result
    if (n === 0) return a.shift();
    return a.splice(n, 1)[0];
  }],
  clear: ["self, /", (self: PyList) => {
    self.a.length = 0;
    return None;
  }],
  index: ["self, value, start=0, stop=sys.maxsize, /", (self: PyList, x: any, start: any, stop: any) => {
    const a = self.a;
    const [s, e] = clampRange(start, stop, a.length);
    for (let i = s; i < e && i < a.length; i++) if (a[i] === x || eqB(a[i], x)) return i;
    valueError(`${repr(x)} is not in list`);
  }],
  count: ["self, value, /", (self: PyList, x: any) => {
    let n = 0;
    for (const v of self.a) if (v === x || eqB(v, x)) n++;
    return n;
  }],
  sort: ["self, /, *, key=None, reverse=False", listSort],
  reverse: ["self, /", (self: PyList) => {
    self.a.reverse();
    return None;
  }],
  copy: ["self, /", (self: PyList) => new PyList(self.a.slice())],
  __doc__: "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.",
});

export { listOf, isSubtype, getset };
