/**
 * The `bisect` module, native (CPython's `_bisect`): binary search with `<` only, `key=`, and
 * insort through the sequence's own `insert` unless it is an exact list.
 */
import { defineModule } from "./registry.js";
import {
  T,
  None,
  PyList,
  PyObject,
  typeOf,
  raise,
  call1,
  callv,
  getattr,
  getitem,
  lessThan,
  len as pyLen,
  index as pyIndex,
} from "../runtime/index.js";

function ssize(x: any): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  return Number(pyIndex(x));
}

/** The item at i: the list's array for plain lists, else a[i] (sq_item: overrides apply). */
function itemAt(a: any, i: number, plain: boolean): any {
  if (plain) {
    const arr = (a as PyList).a;
    if (i >= arr.length) raise(T.IndexError, "list index out of range");
    return arr[i];
  }
  return getitem(a, i);
}

/** A JS function calling the key with one argument, resolving native callable objects once. */
function unary(f: any): (x: any) => any {
  if (typeof f === "function" && f.$np >= 1 && f.$nr <= 1) return f;
  if (f instanceof PyObject && !f.$cls.$user) {
    const c = typeOf(f).$L.__call__;
    if (typeof c === "function" && c.$np >= 2 && c.$nr <= 2) return (x) => c(f, x);
  }
  return (x) => call1(f, x);
}

function bounds(a: any, loIn: any, hiIn: any): [number, number] {
  const lo = loIn === undefined ? 0 : ssize(loIn);
  if (lo < 0) raise(T.ValueError, "lo must be non-negative");
  let hi = hiIn === undefined || hiIn === None ? -1 : ssize(hiIn);
  if (hi === -1) hi = pyLen(a);
  return [lo, hi];
}

function bisectRight(a: any, x: any, loIn: any, hiIn: any, key: any): number {
  let [lo, hi] = bounds(a, loIn, hiIn);
  const plain = a instanceof PyList && !a.$cls.$user;
  const k = key === undefined || key === None ? null : unary(key);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = itemAt(a, mid, plain);
    if (k !== null) item = k(item);
    if (lessThan(x, item)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function bisectLeft(a: any, x: any, loIn: any, hiIn: any, key: any): number {
  let [lo, hi] = bounds(a, loIn, hiIn);
  const plain = a instanceof PyList && !a.$cls.$user;
  const k = key === undefined || key === None ? null : unary(key);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = itemAt(a, mid, plain);
    if (k !== null) item = k(item);
    if (lessThan(item, x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insert(a: any, i: number, x: any): any {
  if (a instanceof PyList && a.$cls === T.list) {
    a.a.splice(i, 0, x);
    return None;
  }
  callv(getattr(a, "insert"), [i, x]);
  return None;
}

defineModule("bisect", (m) => {
  const spec = "a, x, lo=, hi=, *, key=";
  const br = m.fn("bisect_right", spec, bisectRight);
  m.fn("bisect_left", spec, bisectLeft);
  const ir = m.fn("insort_right", spec, (a: any, x: any, lo: any, hi: any, key: any) => {
    const kx = key === undefined || key === None ? x : call1(key, x);
    return insert(a, bisectRight(a, kx, lo, hi, key), x);
  });
  m.fn("insort_left", spec, (a: any, x: any, lo: any, hi: any, key: any) => {
    const kx = key === undefined || key === None ? x : call1(key, x);
    return insert(a, bisectLeft(a, kx, lo, hi, key), x);
  });
  m.set("bisect", br);
  m.set("insort", ir);
});
