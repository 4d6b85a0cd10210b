/**
 * dict and set storage. Keys that JS can compare by value (str, int, float, bool, None, objects
 * hashed by identity) are stored under a normalised form in a Map; keys compared with
 * `__eq__`/`__hash__` (tuples, frozensets, user objects) are canonicalised through hash buckets,
 * so one Map keeps Python's insertion order for every kind of key.
 */
import { PyDict, PySet, PyFloat, PyTuple, PyFrozenSet, PyObject, PyList, PyType, None } from "./objects.js";
import { T, typeOf } from "./types.js";
import { raise } from "./errors.js";
import { MAXS } from "./numbers.js";

/** Hook filled by ops.ts: Python hash() and == for keys needing them. */
export const keyHooks = {
  hash: (_k: any): number => 0,
  eq: (_a: any, _b: any): boolean => false,
};

/** Identity-hashed objects keep their own identity as key; null means "needs hash buckets". */
function simpleNorm(k: any): any {
  switch (typeof k) {
    case "string":
    case "number":
    case "bigint":
      return k;
    case "boolean":
      return k ? 1 : 0;
    case "function":
      return k;
  }
  if (k instanceof PyFloat) {
    const v = k.v;
    if (v <= MAXS && v >= -MAXS) return v === 0 ? 0 : v;
    return BigInt(v);
  }
  if (k === None) return k;
  if (k instanceof PyTuple || k instanceof PyFrozenSet) return null;
  if (k instanceof PyList || k instanceof PyDict || (k instanceof PySet && !(k instanceof PyFrozenSet))) {
    raise(T.TypeError, `unhashable type: '${typeOf(k).$name}'`);
  }
  if (k instanceof PyType) return k;
  const t = typeOf(k);
  // Instances of str/int subclasses that keep str/int hashing and equality act as their value.
  const bv = (k as any).$v;
  if (bv !== undefined && t.$user) {
    const base = typeof bv === "string" ? T.str : T.int;
    if (t.$L.__hash__ === base.$dict.__hash__ && t.$L.__eq__ === base.$dict.__eq__) return bv;
  }
  if (t.$user || !(k instanceof PyObject)) {
    const h = t.$L.__hash__;
    if (h === None) raise(T.TypeError, `unhashable type: '${t.$name}'`);
    if (h === T.object.$dict.__hash__ && t.$L.__eq__ === T.object.$dict.__eq__) return k;
    return null;
  }
  return k;
}

type Store = { m: Map<any, any>; h: Map<number, any[]> | null };

/** The Map key under which `k` is stored in `s` (or would be), or undefined if absent when !insert. */
function normFor(s: Store, k: any, insert: boolean): any {
  const n = simpleNorm(k);
  if (n !== null) return n;
  const h = keyHooks.hash(k);
  if (s.h === null) s.h = new Map();
  let bucket = s.h.get(h);
  if (bucket !== undefined) {
    for (const c of bucket) if (c === k || keyHooks.eq(c, k)) return c;
  }
  if (!insert) return undefined;
  if (bucket === undefined) s.h.set(h, (bucket = []));
  bucket.push(k);
  return k;
}

function dropFromBucket(s: Store, n: any): void {
  if (s.h === null || simpleNormSafe(n) !== null) return;
  const h = keyHooks.hash(n);
  const bucket = s.h.get(h);
  if (bucket) {
    const i = bucket.indexOf(n);
    if (i >= 0) bucket.splice(i, 1);
    if (bucket.length === 0) s.h.delete(h);
  }
}

function simpleNormSafe(k: any): any {
  try {
    return simpleNorm(k);
  } catch {
    return null;
  }
}

// ---- dict ----

/**
 * A plain key (str, number…) missing from the Map may still equal a key kept in the hash
 * buckets (a Fraction equal to 0.5, a user object equal to 1): look there too.
 */
function bucketMatch(s: Store, k: any): any {
  if (s.h === null || s.h.size === 0) return undefined;
  const bucket = s.h.get(keyHooks.hash(k));
  if (bucket !== undefined) for (const c of bucket) if (keyHooks.eq(c, k)) return c;
  return undefined;
}

export function dictGet(d: PyDict, k: any): any {
  if (typeof k === "string") {
    const v = d.m.get(k);
    if (v !== undefined || d.h === null) return v;
    const c = bucketMatch(d, k);
    return c === undefined ? undefined : d.m.get(c);
  }
  const n = normFor(d, k, false);
  if (n === undefined) return undefined;
  const v = d.m.get(n);
  if (v !== undefined || d.h === null || n !== k && typeof n === "object") return v;
  const c = bucketMatch(d, k);
  return c === undefined ? undefined : d.m.get(c);
}

export function dictHas(d: PyDict, k: any): boolean {
  return dictGet(d, k) !== undefined;
}

export function dictSet(d: PyDict, k: any, v: any): void {
  if (typeof k === "string") {
    d.m.set(k, v);
    return;
  }
  const n = normFor(d, k, true);
  if (n !== k && !d.m.has(n)) {
    if (d.k === null) d.k = new Map();
    d.k.set(n, k);
  }
  d.m.set(n, v);
}

/** Removes k; returns the value or undefined when absent. */
export function dictDelete(d: PyDict, k: any): any {
  const n = typeof k === "string" ? k : normFor(d, k, false);
  if (n === undefined || !d.m.has(n)) return undefined;
  const v = d.m.get(n);
  d.m.delete(n);
  if (d.k !== null) d.k.delete(n);
  dropFromBucket(d, n);
  return v;
}

export function dictClear(d: PyDict): void {
  d.m.clear();
  d.k = null;
  d.h = null;
}

/** The original key object for a stored normalised key. */
export function origKey(d: PyDict, n: any): any {
  if (d.k !== null) {
    const o = d.k.get(n);
    if (o !== undefined) return o;
  }
  return n;
}

export function* dictKeys(d: PyDict): Generator<any> {
  for (const n of d.m.keys()) yield origKey(d, n);
}

export function newDict(entries?: Iterable<[any, any]>): PyDict {
  const d = new PyDict();
  if (entries) for (const [k, v] of entries) dictSet(d, k, v);
  return d;
}

export function dictCopyInto(dst: PyDict, src: PyDict): void {
  for (const [n, v] of src.m) dictSet(dst, origKey(src, n), v);
}

// ---- set ----

export function setHas(s: PySet, k: any): boolean {
  const n = typeof k === "string" ? k : normFor(s, k, false);
  if (n !== undefined && s.m.has(n)) return true;
  return s.h !== null && (typeof n !== "object" || n === null) && bucketMatch(s, k) !== undefined;
}

export function setAdd(s: PySet, k: any): void {
  if (typeof k === "string") {
    if (!s.m.has(k)) s.m.set(k, k);
    return;
  }
  const n = normFor(s, k, true);
  if (!s.m.has(n)) s.m.set(n, k);
}

export function setDelete(s: PySet, k: any): boolean {
  const n = typeof k === "string" ? k : normFor(s, k, false);
  if (n === undefined || !s.m.has(n)) return false;
  s.m.delete(n);
  dropFromBucket(s, n);
  return true;
}

export function setClear(s: PySet): void {
  s.m.clear();
  s.h = null;
}
