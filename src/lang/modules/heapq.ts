/**
 * The `heapq` module, native: CPython's `_heapq` sift procedures (so heaps built by the same
 * operations have CPython's exact layout), comparing with `<` only, and ports of heapq.py's
 * merge / nsmallest / nlargest algorithms (same comparisons, same key calls, same results).
 */
import { defineModule } from "./registry.js";
import {
  T,
  None,
  PyObject,
  PyIterator,
  PyList,
  PyTuple,
  STOP,
  raise,
  typeError,
  callv,
  call1,
  getIter,
  getattr,
  typeOf,
  truthy,
  lessThan,
  eqB,
  ge,
  len as pyLen,
  index as pyIndex,
  isSubtype,
  identity,
} from "../runtime/index.js";
import { builtins } from "../runtime/builtins.js";
import { nativeClass } from "./stdlibUtil.js";

type Less = (a: any, b: any) => boolean;

function listArg(fn: string, heap: any, only = false): PyList {
  if (!(heap instanceof PyList)) typeError(`${fn}() argument${only ? "" : " 1"} must be list, not ${typeOf(heap).$name}`);
  return heap;
}

function changed(): never {
  raise(T.RuntimeError, "list changed size during iteration");
}

/** Moves a[pos] up towards startpos while it is smaller than its parent (CPython's siftdown). */
function siftdown(a: any[], startpos: number, pos: number, less: Less): void {
  const size = a.length;
  if (pos >= size) raise(T.IndexError, "list index out of range");
  const newitem = a[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = a[parentpos];
    const lt = less(newitem, parent);
    if (size !== a.length) changed();
    if (!lt) break;
    a[pos] = parent;
    a[parentpos] = newitem;
    pos = parentpos;
  }
}

/** Moves the smaller child up until a leaf, then sifts the old a[pos] down (CPython's siftup). */
function siftup(a: any[], pos: number, less: Less): void {
  const endpos = a.length;
  const startpos = pos;
  if (pos >= endpos) raise(T.IndexError, "list index out of range");
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const lt = less(a[childpos], a[childpos + 1]);
      if (!lt) childpos++;
      if (endpos !== a.length) changed();
    }
    const tmp = a[childpos];
    a[childpos] = a[pos];
    a[pos] = tmp;
    pos = childpos;
  }
  siftdown(a, startpos, pos, less);
}

const lt: Less = lessThan;
/** `a > b` spelled as CPython's max-heap functions do: `b < a`. */
const gtByLt: Less = (a, b) => lessThan(b, a);

function heappush(heap: any, item: any): any {
  const a = listArg("heappush", heap).a;
  a.push(item);
  siftdown(a, 0, a.length - 1, lt);
  return None;
}

function popWith(fn: string, heap: any, less: Less): any {
  const a = listArg(fn, heap, true).a;
  if (a.length === 0) raise(T.IndexError, "index out of range");
  const last = a.pop();
  if (a.length === 0) return last;
  const ret = a[0];
  a[0] = last;
  siftup(a, 0, less);
  return ret;
}

function replaceWith(fn: string, heap: any, item: any, less: Less): any {
  const a = listArg(fn, heap).a;
  if (a.length === 0) raise(T.IndexError, "index out of range");
  const ret = a[0];
  a[0] = item;
  siftup(a, 0, less);
  return ret;
}

function heappushpop(heap: any, item: any): any {
  const a = listArg("heappushpop", heap).a;
  if (a.length === 0) return item;
  const top = a[0];
  if (!lessThan(top, item)) return item;
  if (a.length === 0) raise(T.IndexError, "index out of range");
  const ret = a[0];
  a[0] = item;
  siftup(a, 0, lt);
  return ret;
}

function heapifyWith(fn: string, heap: any, less: Less): any {
  const a = listArg(fn, heap, true).a;
  for (let i = (a.length >> 1) - 1; i >= 0; i--) siftup(a, i, less);
  return None;
}

// ---- merge ----

interface Entry {
  k: any; // key value (the value itself without key=)
  order: number;
  value: any;
  it: PyIterator;
}

/** List comparison of [key, order, ...]: the first unequal item decides (orders always differ). */
function entryLess(x: Entry, y: Entry): boolean {
  if (!(x.k === y.k || eqB(x.k, y.k))) return lessThan(x.k, y.k);
  return x.order < y.order;
}
const entryGreater: Less = (x, y) => entryLess(y, x);

class MergeIt extends PyIterator {
  iterables: any[] = [];
  key: any = None;
  reverse = false;
  h: Entry[] | null = null;
  /** the last iterator, drained directly once the others are exhausted */
  tail: PyIterator | null = null;
  pending: Entry | null = null;
  done = false;
  start(): void {
    const h: Entry[] = [];
    const dir = this.reverse ? -1 : 1;
    const key = this.key;
    this.iterables.forEach((x, order) => {
      const it = getIter(x);
      const v = it.$next();
      if (v === STOP) return;
      h.push({ k: key === None ? v : call1(key, v), order: order * dir, value: v, it });
    });
    this.iterables = [];
    const less = this.reverse ? entryGreater : entryLess;
    for (let i = (h.length >> 1) - 1; i >= 0; i--) siftup(h, i, less);
    this.h = h;
  }
  $next(): any {
    if (this.done) return STOP;
    if (this.h === null) this.start();
    if (this.tail !== null) {
      const v = this.tail.$next();
      if (v === STOP) this.done = true;
      return v;
    }
    const h = this.h!;
    const less = this.reverse ? entryGreater : entryLess;
    // advance the entry whose value was handed out last
    const s = this.pending;
    if (s !== null) {
      this.pending = null;
      const v = s.it.$next();
      if (v === STOP) {
        // _heappop: move the last entry to the top and sift
        const last = h.pop()!;
        if (h.length) {
          h[0] = last;
          siftup(h, 0, less);
        }
      } else {
        s.k = this.key === None ? v : call1(this.key, v);
        s.value = v;
        siftup(h, 0, less);
      }
    }
    if (h.length === 0) {
      this.done = true;
      return STOP;
    }
    const top = h[0];
    if (h.length === 1) {
      this.tail = top.it;
      return top.value;
    }
    this.pending = top;
    return top.value;
  }
}

// ---- nsmallest / nlargest ----

function sortedList(iterable: any, key: any, reverse: boolean): PyList {
  const names: string[] = [];
  const vals: any[] = [];
  if (key !== None) {
    names.push("key");
    vals.push(key);
  }
  if (reverse) {
    names.push("reverse");
    vals.push(true);
  }
  return callv(builtins.sorted, [iterable], names.length ? names : null, names.length ? vals : null);
}

function sliceN(l: PyList, n: any): PyList {
  return callv(getattr(l, "__getitem__"), [callv(T.slice, [None, n])]);
}

function sizeOf(iterable: any): number | undefined {
  try {
    return pyLen(iterable);
  } catch (e: any) {
    if (e instanceof PyObject && (isSubtype(e.$cls, T.TypeError) || isSubtype(e.$cls, T.AttributeError))) return undefined;
    throw e;
  }
}

function nBest(n: any, iterable: any, key: any, largest: boolean): any {
  if (key === undefined) key = None;
  if (n === 1 || eqB(n, 1)) {
    const it = getIter(iterable);
    const sentinel = new PyTuple([]);
    const r = callv(largest ? builtins.max : builtins.min, [it], ["default", "key"], [sentinel, key]);
    return r === sentinel ? new PyList([]) : new PyList([r]);
  }
  const size = sizeOf(iterable);
  if (size !== undefined && truthy(ge(n, size))) return sliceN(sortedList(iterable, key, largest), n);
  const count = Number(pyIndex(n));
  const it = getIter(iterable);
  // decorated entries: [key, order, elem] as tuples, compared like CPython's
  const result: PyTuple[] = [];
  for (let i = 0; i < count; i++) {
    const elem = it.$next();
    if (elem === STOP) break;
    const order = largest ? -i : i;
    result.push(key === None ? new PyTuple([elem, order]) : new PyTuple([call1(key, elem), order, elem]));
  }
  if (result.length === 0) return new PyList([]);
  const less = largest ? lt : gtByLt;
  for (let i = (result.length >> 1) - 1; i >= 0; i--) siftup(result, i, less);
  let top = result[0].a[0];
  let order = largest ? -count : count;
  for (let elem = it.$next(); elem !== STOP; elem = it.$next()) {
    const k = key === None ? elem : call1(key, elem);
    if (largest ? lessThan(top, k) : lessThan(k, top)) {
      result[0] = key === None ? new PyTuple([elem, order]) : new PyTuple([k, order, elem]);
      siftup(result, 0, less);
      top = result[0].a[0];
      order += largest ? -1 : 1;
    }
  }
  const l = new PyList(result);
  callv(getattr(l, "sort"), [], largest ? ["reverse"] : null, largest ? [true] : null);
  return new PyList(l.a.map((t: PyTuple) => (key === None ? t.a[0] : t.a[2])));
}

defineModule("heapq", (m) => {
  m.fn("heappush", "heap, item, /", heappush);
  m.fn("heappop", "heap, /", (h: any) => popWith("heappop", h, lt));
  m.fn("heapreplace", "heap, item, /", (h: any, x: any) => replaceWith("heapreplace", h, x, lt));
  m.fn("heappushpop", "heap, item, /", heappushpop);
  m.fn("heapify", "heap, /", (h: any) => heapifyWith("heapify", h, lt));
  m.fn("_heappop_max", "heap, /", (h: any) => popWith("_heappop_max", h, gtByLt));
  m.fn("_heapreplace_max", "heap, item, /", (h: any, x: any) => replaceWith("_heapreplace_max", h, x, gtByLt));
  m.fn("_heapify_max", "heap, /", (h: any) => heapifyWith("_heapify_max", h, gtByLt));
  // heapq.py's helpers (used by some programs directly); they take any list
  const idx = (x: any) => Number(pyIndex(x));
  const seqArray = (h: any): any[] => {
    if (!(h instanceof PyList)) typeError(`'${typeOf(h).$name}' object is not a list`);
    return h.a;
  };
  m.fn("_siftdown", "heap, startpos, pos", (h: any, s: any, p: any) => (siftdown(seqArray(h), idx(s), idx(p), lt), None));
  m.fn("_siftup", "heap, pos", (h: any, p: any) => (siftup(seqArray(h), idx(p), lt), None));
  m.fn("_siftdown_max", "heap, startpos, pos", (h: any, s: any, p: any) => (siftdown(seqArray(h), idx(s), idx(p), gtByLt), None));
  m.fn("_siftup_max", "heap, pos", (h: any, p: any) => (siftup(seqArray(h), idx(p), gtByLt), None));

  // heapq.merge is a generator in CPython: same type name and repr
  nativeClass("builtins", "generator", [], MergeIt, {
    __iter__: ["", (o: any) => o],
    __next__: ["", (o: MergeIt) => {
      const v = o.$next();
      if (v === STOP) raise(T.StopIteration);
      return v;
    }],
    __repr__: ["", (o: MergeIt) => `<generator object merge at 0x${identity(o).toString(16).padStart(12, "0")}>`],
  }, { final: true });
  m.fn("merge", "*iterables, key=, reverse=", (its: PyTuple, key: any, reverse: any) => {
    const o = new MergeIt();
    o.iterables = its.a.slice();
    o.key = key === undefined ? None : key;
    o.reverse = reverse !== undefined && truthy(reverse);
    return o;
  });
  m.fn("nsmallest", "n, iterable, key=", (n: any, it: any, key: any) => nBest(n, it, key, false));
  m.fn("nlargest", "n, iterable, key=", (n: any, it: any, key: any) => nBest(n, it, key, true));
  m.set("__all__", new PyList(["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"]));
});
