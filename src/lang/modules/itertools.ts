/**
 * The `itertools` module, native. Every function is a type whose instances are lazy native
 * iterators (`PyIterator` subclasses with `$next()`), following the algorithms of CPython's
 * `itertoolsmodule.c` (3.11): the same argument checks when the iterator is made, the same
 * order of pulls from the underlying iterators, the same reprs for count and repeat. The types
 * can be subclassed like CPython's (except `_grouper` and `_tee`).
 */
import { defineModule } from "./registry.js";
import {
  T,
  None,
  PyObject,
  PyIterator,
  PyTuple,
  PyDict,
  PyType,
  PyFloat,
  PyComplex,
  STOP,
  raise,
  typeError,
  callv,
  call1,
  call2,
  getIter,
  getattr,
  typeOf,
  truthy,
  repr,
  eqB,
  add,
  toArray,
  index as pyIndex,
  allocate,
  newException,
  captureTraceback,
} from "../runtime/index.js";
import { nativeClass, staticMethod, classMethod } from "./stdlibUtil.js";
import { UserIter } from "../runtime/iter.js";

const LINKCELLS = 57;

function stopIteration(): never {
  const e = newException(T.StopIteration, []);
  captureTraceback(e);
  throw e;
}

/** An int argument (with __index__) as a JS number; TypeError like CPython's "n" format. */
function ssize(x: any): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  return Number(pyIndex(x));
}

function isExactInt(x: any): boolean {
  return (typeof x === "number" && Number.isInteger(x)) || typeof x === "bigint" || typeof x === "boolean";
}

// ---- the iterator classes ----

class CountIt extends PyIterator {
  n: any = 0;
  step: any = 1;
  fast = true;
  $next(): any {
    const n = this.n;
    if (this.fast) {
      this.n = typeof n === "number" && n < 9007199254740991 ? n + 1 : add(n, 1);
      return n;
    }
    const s = this.step;
    if (typeof n === "number" && typeof s === "number" && Number.isInteger(n) && Number.isInteger(s)) {
      const r = n + s;
      this.n = Number.isSafeInteger(r) ? r : add(n, s);
    } else this.n = add(n, s);
    return n;
  }
}

class CycleIt extends PyIterator {
  it: PyIterator | null = null;
  saved: any[] = [];
  i = 0;
  firstpass = false;
  $next(): any {
    if (this.it !== null) {
      const v = this.it.$next();
      if (v !== STOP) {
        if (!this.firstpass) this.saved.push(v);
        return v;
      }
      this.it = null;
    }
    const s = this.saved;
    if (s.length === 0) return STOP;
    const v = s[this.i++];
    if (this.i >= s.length) this.i = 0;
    return v;
  }
}

class RepeatIt extends PyIterator {
  obj: any = None;
  /** -1: forever */
  left = -1;
  $next(): any {
    if (this.left === 0) return STOP;
    if (this.left > 0) this.left--;
    return this.obj;
  }
}

class AccumulateIt extends PyIterator {
  it!: PyIterator;
  func: any = None;
  total: any = undefined;
  initial: any = None;
  $next(): any {
    if (this.initial !== None) {
      this.total = this.initial;
      this.initial = None;
      return this.total;
    }
    const v = this.it.$next();
    if (v === STOP) return STOP;
    if (this.total === undefined) return (this.total = v);
    const t = this.total;
    this.total = this.func === None ? add(t, v) : call2(this.func, t, v);
    return this.total;
  }
}

class ChainIt extends PyIterator {
  source: PyIterator | null = null;
  active: PyIterator | null = null;
  $next(): any {
    while (this.source !== null) {
      if (this.active === null) {
        const x = this.source.$next();
        if (x === STOP) {
          this.source = null;
          return STOP;
        }
        try {
          this.active = getIter(x);
        } catch (e) {
          this.source = null;
          throw e;
        }
      }
      const v = this.active.$next();
      if (v !== STOP) return v;
      this.active = null;
    }
    return STOP;
  }
}

class CompressIt extends PyIterator {
  data!: PyIterator;
  sel!: PyIterator;
  $next(): any {
    for (;;) {
      const d = this.data.$next();
      if (d === STOP) return STOP;
      const s = this.sel.$next();
      if (s === STOP) return STOP;
      if (truthy(s)) return d;
    }
  }
}

class DropWhileIt extends PyIterator {
  it!: PyIterator;
  func: any;
  start = false;
  $next(): any {
    for (;;) {
      const v = this.it.$next();
      if (v === STOP) return STOP;
      if (this.start) return v;
      if (!truthy(call1(this.func, v))) {
        this.start = true;
        return v;
      }
    }
  }
}

class TakeWhileIt extends PyIterator {
  it!: PyIterator;
  func: any;
  stop = false;
  $next(): any {
    if (this.stop) return STOP;
    const v = this.it.$next();
    if (v === STOP) return STOP;
    if (truthy(call1(this.func, v))) return v;
    this.stop = true;
    return STOP;
  }
}

class FilterFalseIt extends PyIterator {
  it!: PyIterator;
  func: any;
  $next(): any {
    const f = this.func;
    const plain = f === None || f === T.bool;
    for (;;) {
      const v = this.it.$next();
      if (v === STOP) return STOP;
      if (!truthy(plain ? v : call1(f, v))) return v;
    }
  }
}

class GroupByIt extends PyIterator {
  it!: PyIterator;
  keyfunc: any = None;
  tgtkey: any = undefined;
  currkey: any = undefined;
  currvalue: any = undefined;
  currgrouper: GrouperIt | null = null;
  /** Advances to the next value; false when the input is exhausted. */
  step(): boolean {
    const v = this.it.$next();
    if (v === STOP) return false;
    const k = this.keyfunc === None ? v : call1(this.keyfunc, v);
    this.currvalue = v;
    this.currkey = k;
    return true;
  }
  $next(): any {
    this.currgrouper = null;
    for (;;) {
      if (this.currkey === undefined) {
        /* pass */
      } else if (this.tgtkey === undefined) break;
      else if (!same(this.tgtkey, this.currkey)) break;
      if (!this.step()) return STOP;
    }
    this.tgtkey = this.currkey;
    const g = new GrouperIt();
    g.parent = this;
    g.tgtkey = this.tgtkey;
    this.currgrouper = g;
    return new PyTuple([this.currkey, g]);
  }
}

/** PyObject_RichCompareBool(a, b, Py_EQ): identity first. */
function same(a: any, b: any): boolean {
  return a === b || eqB(a, b);
}

class GrouperIt extends PyIterator {
  parent!: GroupByIt;
  tgtkey: any;
  $next(): any {
    const gb = this.parent;
    if (gb.currgrouper !== this) return STOP;
    if (gb.currvalue === undefined) {
      if (!gb.step()) return STOP;
    }
    if (!same(this.tgtkey, gb.currkey)) return STOP;
    const r = gb.currvalue;
    gb.currvalue = undefined;
    return r;
  }
}

class ISliceIt extends PyIterator {
  it: PyIterator | null = null;
  next = 0;
  stop = -1;
  step = 1;
  cnt = 0;
  $next(): any {
    const it = this.it;
    if (it === null) return STOP;
    const stop = this.stop;
    while (this.cnt < this.next) {
      const v = it.$next();
      if (v === STOP) {
        this.it = null;
        return STOP;
      }
      this.cnt++;
    }
    if (stop !== -1 && this.cnt >= stop) {
      this.it = null;
      return STOP;
    }
    const v = it.$next();
    if (v === STOP) {
      this.it = null;
      return STOP;
    }
    this.cnt++;
    this.next += this.step;
    if (stop !== -1 && this.next > stop) this.next = stop;
    return v;
  }
}

class PairwiseIt extends PyIterator {
  it: PyIterator | null = null;
  old: any = undefined;
  $next(): any {
    const it = this.it;
    if (it === null) return STOP;
    if (this.old === undefined) {
      const o = it.$next();
      if (o === STOP) {
        this.it = null;
        return STOP;
      }
      this.old = o;
    }
    const n = it.$next();
    if (n === STOP) {
      this.it = null;
      this.old = undefined;
      return STOP;
    }
    const r = new PyTuple([this.old, n]);
    this.old = n;
    return r;
  }
}

class StarmapIt extends PyIterator {
  it!: PyIterator;
  func: any;
  $next(): any {
    const a = this.it.$next();
    if (a === STOP) return STOP;
    const args = a instanceof PyTuple && !a.$cls.$user ? a.a : toArray(a);
    const f = this.func;
    if (args.length === 1) return call1(f, args[0]);
    if (args.length === 2) return call2(f, args[0], args[1]);
    return callv(f, args);
  }
}

class ZipLongestIt extends PyIterator {
  its: (PyIterator | null)[] = [];
  active = 0;
  fill: any = None;
  $next(): any {
    const its = this.its;
    const n = its.length;
    if (n === 0 || this.active === 0) return STOP;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const it = its[i];
      if (it === null) {
        out[i] = this.fill;
        continue;
      }
      let v: any;
      try {
        v = it.$next();
      } catch (e) {
        this.active = 0;
        throw e;
      }
      if (v === STOP) {
        this.active--;
        if (this.active === 0) return STOP;
        its[i] = null;
        v = this.fill;
      }
      out[i] = v;
    }
    return new PyTuple(out);
  }
}

/** A link of the buffer tee iterators share: up to LINKCELLS values, then the next link. */
class TeeData {
  values: any[] = [];
  nextLink: TeeData | null = null;
  running = false;
  constructor(public it: PyIterator) {}
  getItem(i: number): any {
    if (i < this.values.length) return this.values[i];
    if (this.running) raise(T.RuntimeError, "cannot re-enter the tee iterator");
    this.running = true;
    let v: any;
    try {
      v = this.it.$next();
    } finally {
      this.running = false;
    }
    if (v === STOP) return STOP;
    this.values.push(v);
    return v;
  }
  next(): TeeData {
    if (this.nextLink === null) this.nextLink = new TeeData(this.it);
    return this.nextLink;
  }
}

class TeeIt extends PyIterator {
  data!: TeeData;
  index = 0;
  $next(): any {
    if (this.index >= LINKCELLS) {
      this.data = this.data.next();
      this.index = 0;
    }
    const v = this.data.getItem(this.index);
    if (v === STOP) return STOP;
    this.index++;
    return v;
  }
}

class ProductIt extends PyIterator {
  pools: any[][] = [];
  indices: number[] = [];
  result: any[] | null = null;
  stopped = false;
  $next(): any {
    if (this.stopped) return STOP;
    const pools = this.pools;
    const n = pools.length;
    if (this.result === null) {
      const r = new Array(n);
      for (let i = 0; i < n; i++) {
        if (pools[i].length === 0) {
          this.stopped = true;
          return STOP;
        }
        r[i] = pools[i][0];
      }
      this.result = r;
      this.indices = new Array(n).fill(0);
      return new PyTuple(r.slice());
    }
    const r = this.result;
    const idx = this.indices;
    let i = n - 1;
    for (; i >= 0; i--) {
      const pool = pools[i];
      idx[i]++;
      if (idx[i] === pool.length) {
        idx[i] = 0;
        r[i] = pool[0];
      } else {
        r[i] = pool[idx[i]];
        break;
      }
    }
    if (i < 0) {
      this.stopped = true;
      return STOP;
    }
    return new PyTuple(r.slice());
  }
}

class CombinationsIt extends PyIterator {
  pool: any[] = [];
  r = 0;
  indices: number[] = [];
  first = true;
  stopped = false;
  $next(): any {
    if (this.stopped) return STOP;
    const pool = this.pool;
    const n = pool.length;
    const r = this.r;
    const idx = this.indices;
    if (this.first) {
      this.first = false;
      if (r > n) {
        this.stopped = true;
        return STOP;
      }
      for (let i = 0; i < r; i++) idx.push(i);
    } else {
      let i = r - 1;
      while (i >= 0 && idx[i] === i + n - r) i--;
      if (i < 0) {
        this.stopped = true;
        return STOP;
      }
      idx[i]++;
      for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
    }
    const out = new Array(r);
    for (let k = 0; k < r; k++) out[k] = pool[idx[k]];
    return new PyTuple(out);
  }
}

class CwrIt extends PyIterator {
  pool: any[] = [];
  r = 0;
  indices: number[] = [];
  first = true;
  stopped = false;
  $next(): any {
    if (this.stopped) return STOP;
    const pool = this.pool;
    const n = pool.length;
    const r = this.r;
    const idx = this.indices;
    if (this.first) {
      this.first = false;
      if (n === 0 && r > 0) {
        this.stopped = true;
        return STOP;
      }
      for (let i = 0; i < r; i++) idx.push(0);
    } else {
      let i = r - 1;
      while (i >= 0 && idx[i] === n - 1) i--;
      if (i < 0) {
        this.stopped = true;
        return STOP;
      }
      const v = idx[i] + 1;
      for (let j = i; j < r; j++) idx[j] = v;
    }
    const out = new Array(r);
    for (let k = 0; k < r; k++) out[k] = pool[idx[k]];
    return new PyTuple(out);
  }
}

class PermutationsIt extends PyIterator {
  pool: any[] = [];
  r = 0;
  indices: number[] = [];
  cycles: number[] = [];
  first = true;
  stopped = false;
  $next(): any {
    if (this.stopped) return STOP;
    const pool = this.pool;
    const n = pool.length;
    const r = this.r;
    const idx = this.indices;
    const cyc = this.cycles;
    if (this.first) {
      this.first = false;
      if (r > n) {
        this.stopped = true;
        return STOP;
      }
      for (let i = 0; i < n; i++) idx.push(i);
      for (let i = 0; i < r; i++) cyc.push(n - i);
    } else {
      if (n === 0) {
        this.stopped = true;
        return STOP;
      }
      let i = r - 1;
      for (; i >= 0; i--) {
        cyc[i]--;
        if (cyc[i] === 0) {
          // rotate indices[i:] left by one
          const j = idx[i];
          for (let k = i; k < n - 1; k++) idx[k] = idx[k + 1];
          idx[n - 1] = j;
          cyc[i] = n - i;
        } else {
          const j = cyc[i];
          const t = idx[i];
          idx[i] = idx[n - j];
          idx[n - j] = t;
          break;
        }
      }
      if (i < 0) {
        this.stopped = true;
        return STOP;
      }
    }
    const out = new Array(r);
    for (let k = 0; k < r; k++) out[k] = pool[idx[k]];
    return new PyTuple(out);
  }
}

// ---- the module ----

type Member = any;

function iterMembers(): Record<string, Member> {
  return {
    __iter__: ["", (o: any) => o],
    __next__: ["", (o: PyIterator) => {
      const v = o.$next();
      if (v === STOP) stopIteration();
      return v;
    }],
  };
}

function noKw(name: string, kw: PyDict | null): void {
  if (kw !== null && kw.m.size) typeError(`${name}() takes no keyword arguments`);
}

function mk<X extends PyObject>(cls: PyType, js: new () => X): X {
  void js;
  return allocate(cls) as X;
}

defineModule("itertools", (m) => {
  const type = (name: string, js: any, newSpec: string, make: (cls: PyType, ...a: any[]) => any, extra: Record<string, Member> = {}, final = false) => {
    const t = nativeClass("itertools", name, [], js, {
      __new__: staticMethod("__new__", "cls, " + newSpec, make),
      ...iterMembers(),
      ...extra,
    }, { final });
    m.set(name, t);
    return t;
  };

  // count
  type("count", CountIt, "start=, step=", (cls: PyType, start: any, step: any) => {
    const isNum = (v: any) => {
      if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || v instanceof PyFloat || v instanceof PyComplex) return true;
      const L = typeOf(v).$L;
      return L.__index__ !== undefined || L.__int__ !== undefined || L.__float__ !== undefined;
    };
    if ((start !== undefined && !isNum(start)) || (step !== undefined && !isNum(step))) typeError("a number is required");
    const o = mk(cls, CountIt);
    if (start === undefined) start = 0;
    if (step === undefined) step = 1;
    const stepIsOne = isExactInt(step) && Number(step) === 1;
    if (isExactInt(start) && stepIsOne && (typeof start !== "bigint")) {
      o.fast = true;
      o.n = Number(start);
    } else {
      o.fast = false;
      o.n = start;
      o.step = step;
    }
    return o;
  }, {
    __repr__: ["", (o: CountIt) => {
      const name = typeOf(o).$name;
      if (o.fast) return `${name}(${repr(o.n)})`;
      if (isExactInt(o.step) && Number(o.step) === 1) return `${name}(${repr(o.n)})`;
      return `${name}(${repr(o.n)}, ${repr(o.step)})`;
    }],
  });

  type("cycle", CycleIt, "iterable, /", (cls: PyType, iterable: any) => {
    const it = getIter(iterable);
    const o = mk(cls, CycleIt);
    o.it = it;
    return o;
  });

  type("repeat", RepeatIt, "object, times=", (cls: PyType, obj: any, times: any) => {
    let n = -1;
    if (times !== undefined) {
      n = ssize(times);
      if (n < 0) n = 0;
    }
    const o = mk(cls, RepeatIt);
    o.obj = obj;
    o.left = n;
    return o;
  }, {
    __repr__: ["", (o: RepeatIt) => {
      const name = typeOf(o).$name;
      return o.left < 0 ? `${name}(${repr(o.obj)})` : `${name}(${repr(o.obj)}, ${o.left})`;
    }],
    __length_hint__: ["", (o: RepeatIt) => {
      if (o.left < 0) typeError("len() of unsized object");
      return o.left;
    }],
  });

  type("accumulate", AccumulateIt, "iterable, func=, *, initial=", (cls: PyType, iterable: any, func: any, initial: any) => {
    const it = getIter(iterable);
    const o = mk(cls, AccumulateIt);
    o.it = it;
    o.func = func === undefined ? None : func;
    o.initial = initial === undefined ? None : initial;
    return o;
  });

  const chain = type("chain", ChainIt, "*iterables, **kw", (cls: PyType, its: PyTuple, kw: PyDict | null) => {
    noKw("chain", kw);
    const o = mk(cls, ChainIt);
    o.source = getIter(its);
    return o;
  });
  chain.$dict.from_iterable = classMethod("from_iterable", "cls, iterable, /", (cls: PyType, iterable: any) => {
    const src = getIter(iterable);
    const o = mk(cls, ChainIt);
    o.source = src;
    return o;
  });
  chain.$L.from_iterable = chain.$dict.from_iterable;

  type("compress", CompressIt, "data, selectors", (cls: PyType, data: any, sel: any) => {
    const d = getIter(data);
    const s = getIter(sel);
    const o = mk(cls, CompressIt);
    o.data = d;
    o.sel = s;
    return o;
  });

  type("dropwhile", DropWhileIt, "predicate, iterable, /", (cls: PyType, f: any, iterable: any) => {
    const it = getIter(iterable);
    const o = mk(cls, DropWhileIt);
    o.func = f;
    o.it = it;
    return o;
  });

  type("takewhile", TakeWhileIt, "predicate, iterable, /", (cls: PyType, f: any, iterable: any) => {
    const it = getIter(iterable);
    const o = mk(cls, TakeWhileIt);
    o.func = f;
    o.it = it;
    return o;
  });

  type("filterfalse", FilterFalseIt, "function, iterable, /", (cls: PyType, f: any, iterable: any) => {
    const it = getIter(iterable);
    const o = mk(cls, FilterFalseIt);
    o.func = f;
    o.it = it;
    return o;
  });

  type("groupby", GroupByIt, "iterable, key=", (cls: PyType, iterable: any, key: any) => {
    const it = getIter(iterable);
    const o = mk(cls, GroupByIt);
    o.it = it;
    o.keyfunc = key === undefined ? None : key;
    return o;
  });
  m.set("_grouper", nativeClass("itertools", "_grouper", [], GrouperIt, iterMembers(), { final: true }));

  type("islice", ISliceIt, "iterable, /, *args", (cls: PyType, iterable: any, args: PyTuple) => {
    const a = args.a;
    if (a.length === 0) typeError("islice expected at least 2 arguments, got 1");
    if (a.length > 3) typeError(`islice expected at most 4 arguments, got ${a.length + 1}`);
    let startA: any = None;
    let stopA: any;
    let stepA: any = None;
    if (a.length === 1) stopA = a[0];
    else [startA, stopA, stepA = None] = a;
    // PyNumber_AsSsize_t with the error cleared: -1 for anything that is not an index
    const asIdx = (x: any): number => {
      try {
        return ssize(x);
      } catch {
        return -1;
      }
    };
    let stop = -1;
    let start = 0;
    let step = 1;
    if (a.length === 1) {
      if (stopA !== None) {
        stop = asIdx(stopA);
        if (stop === -1) raise(T.ValueError, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
      }
    } else {
      if (startA !== None) start = asIdx(startA);
      if (stopA !== None) {
        stop = asIdx(stopA);
        if (stop === -1) raise(T.ValueError, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
      }
    }
    if (start < 0 || stop < -1) raise(T.ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (stepA !== None) step = asIdx(stepA);
    if (step < 1) raise(T.ValueError, "Step for islice() must be a positive integer or None.");
    const it = getIter(iterable);
    const o = mk(cls, ISliceIt);
    o.it = it;
    o.next = start;
    o.stop = stop;
    o.step = step;
    return o;
  });

  type("pairwise", PairwiseIt, "iterable, /", (cls: PyType, iterable: any) => {
    const it = getIter(iterable);
    const o = mk(cls, PairwiseIt);
    o.it = it;
    return o;
  });

  type("starmap", StarmapIt, "function, iterable, /", (cls: PyType, f: any, iterable: any) => {
    const it = getIter(iterable);
    const o = mk(cls, StarmapIt);
    o.func = f;
    o.it = it;
    return o;
  });

  type("zip_longest", ZipLongestIt, "*iterables, fillvalue=", (cls: PyType, its: PyTuple, fill: any) => {
    const iters = its.a.map((x) => getIter(x));
    const o = mk(cls, ZipLongestIt);
    o.its = iters;
    o.active = iters.length;
    o.fill = fill === undefined ? None : fill;
    return o;
  });

  // tee
  const teeType = type("_tee", TeeIt, "iterable, /", (_cls: PyType, iterable: any) => teeFrom(getIter(iterable)), {
    __copy__: ["", (t: TeeIt) => teeCopy(t)],
  }, true);
  void teeType;
  m.fn("tee", "iterable, n=, /", (iterable: any, nIn: any) => {
    const n = nIn === undefined ? 2 : ssize(nIn);
    if (n < 0) raise(T.ValueError, "n must be >= 0");
    if (n === 0) return new PyTuple([]);
    const it = getIter(iterable);
    const out: any[] = [];
    if (it instanceof TeeIt && !it.$cls.$user) {
      out.push(it);
      for (let i = 1; i < n; i++) out.push(teeCopy(it));
      return new PyTuple(out);
    }
    // an iterator with its own __copy__ (a user iterator, unwrapped) is copied with it
    const obj = it instanceof UserIter ? it.o : it;
    const cp = obj instanceof PyObject && !(obj instanceof PyIterator && !obj.$cls.$user) ? getattr(obj, "__copy__", true) : undefined;
    if (cp !== undefined) {
      out.push(obj);
      const f = cp;
      for (let i = 1; i < n; i++) out.push(callv(f, []));
      return new PyTuple(out);
    }
    const first = teeFrom(it);
    out.push(first);
    for (let i = 1; i < n; i++) out.push(teeCopy(first));
    return new PyTuple(out);
  });

  // combinatorics
  type("product", ProductIt, "*iterables, repeat=", (cls: PyType, its: PyTuple, repeatIn: any) => {
    let rep = 1;
    if (repeatIn !== undefined) {
      rep = ssize(repeatIn);
      if (rep < 0) raise(T.ValueError, "repeat argument cannot be negative");
    }
    const pools0 = its.a.map((x) => toArray(x));
    const pools: any[][] = [];
    for (let r = 0; r < rep; r++) for (const p of pools0) pools.push(p);
    const o = mk(cls, ProductIt);
    o.pools = pools;
    return o;
  });

  const checkR = (r: any): number => {
    if (!isExactInt(r) && !(r instanceof PyObject && typeOf(r).$L.__index__ !== undefined)) {
      typeError(`'${typeOf(r).$name}' object cannot be interpreted as an integer`);
    }
    const n = ssize(r);
    if (n < 0) raise(T.ValueError, "r must be non-negative");
    return n;
  };

  type("combinations", CombinationsIt, "iterable, r", (cls: PyType, iterable: any, r: any) => {
    const n = checkR(r);
    const pool = toArray(iterable);
    const o = mk(cls, CombinationsIt);
    o.pool = pool;
    o.r = n;
    return o;
  });

  type("combinations_with_replacement", CwrIt, "iterable, r", (cls: PyType, iterable: any, r: any) => {
    const n = checkR(r);
    const pool = toArray(iterable);
    const o = mk(cls, CwrIt);
    o.pool = pool;
    o.r = n;
    return o;
  });

  type("permutations", PermutationsIt, "iterable, r=", (cls: PyType, iterable: any, r: any) => {
    const pool = toArray(iterable);
    let n = pool.length;
    if (r !== undefined && r !== None) {
      if (!isExactInt(r)) typeError("Expected int as r");
      n = Number(r);
      if (n < 0) raise(T.ValueError, "r must be non-negative");
    }
    const o = mk(cls, PermutationsIt);
    o.pool = pool;
    o.r = n;
    return o;
  });


});

function teeFrom(it: PyIterator): TeeIt {
  const t = new TeeIt();
  t.data = new TeeData(it);
  t.index = 0;
  return t;
}
function teeCopy(t: TeeIt): TeeIt {
  const c = new TeeIt();
  c.data = t.data;
  c.index = t.index;
  return c;
}
