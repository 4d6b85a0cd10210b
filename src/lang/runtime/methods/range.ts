/**
 * range and slice.
 */
import { None, NotImplemented, PyRange, PySlice, PyTuple, PyType, STOP, PyIterator } from "../objects.js";
import { T, typeOf } from "../types.js";
import { indexError, raise, typeError, valueError } from "../errors.js";
import { eqB, repr, hash, richCompare } from "../ops.js";
import { rangeIter, getIter } from "../iter.js";
import { normBig, hashInt } from "../numbers.js";
import { defMethods, staticMethod, getset, indexArg, intOf } from "./common.js";
import { seqIndex } from "./list.js";

type I = number | bigint;

const big = (x: I) => BigInt(x);

export function rangeLen(r: PyRange): I {
  const { start, stop, step } = r;
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = big(start), b = big(stop), s = big(step);
  if (s > 0n) return b > a ? normBig((b - a - 1n) / s + 1n) : 0;
  return a > b ? normBig((a - b - 1n) / -s + 1n) : 0;
}

function rangeAt(r: PyRange, i: I): I {
  if (typeof r.start === "number" && typeof r.step === "number" && typeof i === "number") {
    const v = r.start + i * r.step;
    if (Number.isSafeInteger(v)) return v;
  }
  return normBig(big(r.start) + big(i) * big(r.step));
}

function rangeContainsInt(r: PyRange, x: I): boolean {
  const a = big(r.start), b = big(r.stop), s = big(r.step), v = big(x);
  if (s > 0n ? !(v >= a && v < b) : !(v <= a && v > b)) return false;
  return (v - a) % s === 0n;
}

function makeRange(a: any, b: any, c: any): PyRange {
  const conv = (x: any) => indexArg(x);
  if (b === undefined) return new PyRange(0, conv(a), 1);
  const step = c === undefined ? 1 : conv(c);
  if (step === 0 || step === 0n) valueError("range() arg 3 must not be zero");
  return new PyRange(conv(a), conv(b), step);
}

class BigRangeRev extends PyIterator {
  constructor(public cur: bigint, public n: bigint, public step: bigint) {
    super();
  }
  $next(): any {
    if (this.n <= 0n) return STOP;
    const c = this.cur;
    this.cur -= this.step;
    this.n--;
    return normBig(c);
  }
}

function rangeEq(a: PyRange, b: PyRange): boolean {
  const la = rangeLen(a), lb = rangeLen(b);
  if (big(la) !== big(lb)) return false;
  if (big(la) === 0n) return true;
  if (big(a.start) !== big(b.start)) return false;
  if (big(la) === 1n) return true;
  return big(a.step) === big(b.step);
}

defMethods(T.range, {
  __new__: staticMethod(T.range, "__new__", "cls, start, stop=, step=, /", (_cls: any, a: any, b: any, c: any) => makeRange(a, b, c)),
  __repr__: ["self, /", (r: PyRange) => {
    if (r.step === 1) return `range(${repr(r.start)}, ${repr(r.stop)})`;
    return `range(${repr(r.start)}, ${repr(r.stop)}, ${repr(r.step)})`;
  }],
  __len__: ["self, /", (r: PyRange) => {
    const n = rangeLen(r);
    if (typeof n === "bigint") raise(T.OverflowError, "Python int too large to convert to C ssize_t");
    return n;
  }],
  __bool__: ["self, /", (r: PyRange) => big(rangeLen(r)) !== 0n],
  __iter__: ["self, /", (r: PyRange) => rangeIter(r)],
  __reversed__: ["self, /", (r: PyRange) => {
    const n = rangeLen(r);
    if (typeof n === "number" && typeof r.start === "number" && typeof r.step === "number") {
      const last = r.start + (n - 1) * r.step;
      if (Number.isSafeInteger(last)) return rangeIter(new PyRange(n === 0 ? 0 : last, n === 0 ? 0 : last - n * r.step, -r.step));
    }
    return new BigRangeRev(big(rangeAt(r, normBig(big(n) - 1n))), big(n), big(r.step));
  }],
  __contains__: ["self, key, /", (r: PyRange, x: any) => {
    const i = intOf(x);
    if (i !== undefined && (typeof x !== "object")) return rangeContainsInt(r, i);
    const it = getIter(r);
    for (let v = it.$next(); v !== STOP; v = it.$next()) if (eqB(v, x)) return true;
    return false;
  }],
  __getitem__: ["self, key, /", (r: PyRange, k: any) => {
    if (k instanceof PySlice) {
      const n = rangeLen(r);
      const [start, stop, step] = sliceIndicesBig(k, big(n));
      const s = big(r.step);
      return new PyRange(normBig(big(r.start) + start * s), normBig(big(r.start) + stop * s), normBig(step * s));
    }
    const n = rangeLen(r);
    if (typeof n === "number") {
      const i = seqIndex(k, n, "range");
      if (!(i >= 0 && i < n)) indexError("range object index out of range");
      return rangeAt(r, i);
    }
    let bi = big(indexArg(k, `range indices must be integers or slices, not ${typeOf(k).$name}`));
    if (bi < 0n) bi += n;
    if (bi < 0n || bi >= n) indexError("range object index out of range");
    return rangeAt(r, normBig(bi));
  }],
  __eq__: ["self, other, /", (a: PyRange, b: any) => (b instanceof PyRange ? rangeEq(a, b) : NotImplemented)],
  __ne__: ["self, other, /", (a: PyRange, b: any) => (b instanceof PyRange ? !rangeEq(a, b) : NotImplemented)],
  __hash__: ["self, /", (r: PyRange) => {
    const n = rangeLen(r);
    if (big(n) === 0n) return hash(new PyTuple([0, None, None]));
    if (big(n) === 1n) return hash(new PyTuple([1, r.start, None]));
    return hash(new PyTuple([n, r.start, r.step]));
  }],
  count: ["self, value, /", (r: PyRange, x: any) => {
    const i = intOf(x);
    if (i !== undefined && typeof x !== "object") return rangeContainsInt(r, i) ? 1 : 0;
    let c = 0;
    const it = getIter(r);
    for (let v = it.$next(); v !== STOP; v = it.$next()) if (eqB(v, x)) c++;
    return c;
  }],
  index: ["self, value, /", (r: PyRange, x: any) => {
    const i = intOf(x);
    if (i !== undefined && typeof x !== "object") {
      if (!rangeContainsInt(r, i)) valueError(`${repr(x)} is not in range`);
      return normBig((big(i) - big(r.start)) / big(r.step));
    }
    let c = 0;
    const it = getIter(r);
    for (let v = it.$next(); v !== STOP; v = it.$next(), c++) if (eqB(v, x)) return c;
    valueError(`${repr(x)} is not in range`);
  }],
  start: getset("start", (r: PyRange) => r.start),
  stop: getset("stop", (r: PyRange) => r.stop),
  step: getset("step", (r: PyRange) => r.step),
  __doc__: "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).",
});

// ---- slice ----

/** slice.indices(len) with arbitrary-size ints. */
export function sliceIndicesBig(s: PySlice, len: bigint): [bigint, bigint, bigint] {
  const step = s.step === None ? 1n : big(indexArg(s.step, "slice indices must be integers or None or have an __index__ method"));
  if (step === 0n) valueError("slice step cannot be zero");
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? len - 1n : len;
  const conv = (x: any, dflt: bigint) => {
    if (x === None) return dflt;
    let v = big(indexArg(x, "slice indices must be integers or None or have an __index__ method"));
    if (v < 0n) {
      v += len;
      if (v < lower) v = lower;
    } else if (v > upper) v = upper;
    return v;
  };
  const start = conv(s.start, step < 0n ? upper : lower);
  const stop = conv(s.stop, step < 0n ? lower : upper);
  return [start, stop, step];
}

function sliceTuple(s: PySlice): PyTuple {
  return new PyTuple([s.start, s.stop, s.step]);
}

function sliceCmp(op: number): [string, (a: any, b: any) => any] {
  return ["self, other, /", (a: PySlice, b: any) => {
    if (!(b instanceof PySlice)) return NotImplemented;
    return richCompare(sliceTuple(a), sliceTuple(b), op);
  }];
}

defMethods(T.slice, {
  __new__: staticMethod(T.slice, "__new__", "cls, start, stop=, step=, /", (_cls: PyType, a: any, b: any, c: any) => {
    if (b === undefined) return new PySlice(None, a, None);
    return new PySlice(a, b, c === undefined ? None : c);
  }),
  __repr__: ["self, /", (s: PySlice) => `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`],
  __hash__: None,
  __eq__: sliceCmp(0),
  __ne__: sliceCmp(1),
  __lt__: sliceCmp(2),
  __le__: sliceCmp(3),
  __gt__: sliceCmp(4),
  __ge__: sliceCmp(5),
  indices: ["self, length, /", (s: PySlice, n: any) => {
    const len = big(indexArg(n));
    if (len < 0n) valueError("length should not be negative");
    const [a, b, c] = sliceIndicesBig(s, len);
    return new PyTuple([normBig(a), normBig(b), normBig(c)]);
  }],
  start: getset("start", (s: PySlice) => s.start),
  stop: getset("stop", (s: PySlice) => s.stop),
  step: getset("step", (s: PySlice) => s.step),
});

export { hashInt, typeError };
