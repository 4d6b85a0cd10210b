/**
 * set and frozenset. Iteration and repr follow CPython's hash-table order (simulated from the
 * elements in insertion order), so `print({3, 1, 2})` shows `{1, 2, 3}` as CPython does.
 */
import { None, NotImplemented, PyDict, PyFrozenSet, PySet, PyTuple, PyType, STOP, PyIterator, PyFloat } from "../objects.js";
import { T, typeOf, isSubtype } from "../types.js";
import { keyError, raise, typeError } from "../errors.js";
import { hash, repr, reprEnter, reprLeave } from "../ops.js";
import { setAdd, setHas, setDelete, setClear, origKey } from "../keys.js";
import { getIter, iterHooks } from "../iter.js";
import { allocate } from "../bootstrap.js";
import { hashInt, hashFloat, normBig } from "../numbers.js";
import { decompose } from "./float.js";
import { defMethods, staticMethod, classMethod } from "./common.js";
import { strHashCPython } from "./strhash.js";

// ---- CPython-compatible hashes (for iteration order only) ----

const MOD61 = (1n << 61n) - 1n;

/** CPython's exact hash of an int. */
export function hashIntExact(v: number | bigint): number | bigint {
  if (typeof v === "number" && v > -1073741824 && v < 1073741824) return v === -1 ? -2 : v;
  let b = BigInt(v);
  const neg = b < 0n;
  if (neg) b = -b;
  let h = b % MOD61;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

/** CPython's exact hash of a float. */
export function hashFloatExact(v: number): number | bigint {
  if (Number.isNaN(v)) return 0;
  if (!Number.isFinite(v)) return v > 0 ? 314159 : -314159;
  if (v === 0) return 0;
  const [m, e] = decompose(v);
  const am = m < 0n ? -m : m;
  const ee = ((e % 61) + 61) % 61;
  let h = ((am % MOD61) * (1n << BigInt(ee))) % MOD61;
  if (m < 0n) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

/** hash() as CPython computes it (strings with PYTHONHASHSEED=0); falls back to our hash. */
export function cpyHash(x: any): number | bigint {
  switch (typeof x) {
    case "string":
      return normBig(strHashCPython(x));
    case "number":
      return Number.isInteger(x) ? hashIntExact(x) : hashFloatExact(x);
    case "boolean":
      return x ? 1 : 0;
    case "bigint":
      return hashIntExact(x);
  }
  if (x instanceof PyFloat && x.$cls === T.float) return hashFloatExact(x.v);
  if (x instanceof PyTuple && x.$cls === T.tuple) return normBig(tupleHashC(x.a));
  if (x instanceof PyFrozenSet && x.$cls === T.frozenset) return frozensetHash(x);
  return hash(x);
}

const M64 = (1n << 64n) - 1n;

function tupleHashC(items: any[]): bigint {
  const P1 = 11400714785074694791n, P2 = 14029467366897019727n, P5 = 2870177450012600261n;
  let acc = P5;
  for (const it of items) {
    const lane = BigInt.asUintN(64, BigInt(cpyHash(it)));
    acc = (acc + lane * P2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * P1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (P5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796n;
  const r = BigInt.asIntN(64, acc);
  return r === -1n ? -2n : r;
}

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ ((h << 16n) & M64)) * 3644798167n) & M64;
}

/** CPython's frozenset hash (for a table without dummies). */
export function frozensetHash(s: PySet): number {
  if (s instanceof PyFrozenSet && s.hash !== undefined) return s.hash;
  let h = 0n;
  for (const v of s.m.values()) h ^= shuffleBits(BigInt.asUintN(64, BigInt(cpyHash(v))));
  const used = s.m.size;
  h ^= ((BigInt(used) + 1n) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  if (h === M64) h = 590923713n;
  const r = normBig(BigInt.asIntN(64, h));
  if (s instanceof PyFrozenSet) s.hash = r as any;
  return r as any;
}

// ---- iteration order ----

/** Elements of s in the order CPython's set table would hold them after inserting them in order. */
export function setOrder(s: PySet): any[] {
  const n = s.m.size;
  const vals = Array.from(s.m.values());
  if (n <= 1) return vals;
  // Quick path: all small non-negative ints below the final table size need no probing.
  let mask = 7;
  let fill = 0;
  let table: (number | undefined)[] = new Array(8);
  let hashes: bigint[] = new Array(n);
  for (let i = 0; i < n; i++) hashes[i] = BigInt.asUintN(64, BigInt(cpyHash(vals[i])));
  const insertClean = (tab: (number | undefined)[], m: number, idx: number) => {
    const h = hashes[idx];
    let perturb = h;
    let i = Number(h & BigInt(m));
    for (;;) {
      if (tab[i] === undefined) {
        tab[i] = idx;
        return;
      }
      if (i + 9 <= m) {
        for (let j = 0; j < 9; j++) {
          i++;
          if (tab[i] === undefined) {
            tab[i] = idx;
            return;
          }
        }
      }
      perturb >>= 5n;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(m));
    }
  };
  for (let idx = 0; idx < n; idx++) {
    insertClean(table, mask, idx);
    fill++;
    if (fill * 5 >= mask * 3) {
      const minused = fill > 50000 ? fill * 2 : fill * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      const nt: (number | undefined)[] = new Array(size);
      for (let k = 0; k <= mask; k++) if (table[k] !== undefined) insertClean(nt, size - 1, table[k]!);
      table = nt;
      mask = size - 1;
    }
  }
  const out: any[] = [];
  for (let k = 0; k <= mask; k++) if (table[k] !== undefined) out.push(vals[table[k]!]);
  return out;
}

export class SetIter extends PyIterator {
  i = 0;
  size: number;
  items: any[];
  constructor(public s: PySet) {
    super();
    this.items = setOrder(s);
    this.size = s.m.size;
  }
  $next(): any {
    if (this.s.m.size !== this.size) {
      this.size = -1;
      raise(T.RuntimeError, "Set changed size during iteration");
    }
    return this.i < this.items.length ? this.items[this.i++] : STOP;
  }
}

iterHooks.set = (s: PySet) => new SetIter(s);

// ---- helpers ----

export function isAnySet(x: any): x is PySet {
  return x instanceof PySet;
}

export function newSetLike(proto: PySet | PyType, items?: Iterable<any>): PySet {
  const t = proto instanceof PyType ? proto : proto instanceof PyFrozenSet ? T.frozenset : T.set;
  const s = t === T.frozenset ? new PyFrozenSet() : new PySet();
  if (items) for (const x of items) setAdd(s, x);
  return s;
}

/** Adds every item of an iterable to s (sets in CPython's table order, as set_merge does). */
export function setUpdate(s: PySet, it: any): void {
  if (it instanceof PySet) {
    for (const v of setOrder(it)) setAdd(s, v);
    return;
  }
  if (it instanceof PyDict) {
    for (const k of it.m.keys()) setAdd(s, origKey(it, k));
    return;
  }
  const iter = getIter(it);
  for (let v = iter.$next(); v !== STOP; v = iter.$next()) setAdd(s, v);
}

/** A set holding the items of `x` (x itself when it is already a set/frozenset). */
function asSet(x: any): PySet {
  if (x instanceof PySet) return x;
  const s = new PySet();
  setUpdate(s, x);
  return s;
}

function copyOf(a: PySet, t: PyType): PySet {
  const r = newSetLike(t);
  setUpdate(r, a);
  return r;
}

// The operations below add elements in the order CPython's C code does, so that the simulated
// table order (setOrder) matches.

export function setUnion(a: PySet, others: any[], t: PyType): PySet {
  const r = copyOf(a, t);
  for (const o of others) setUpdate(r, o);
  return r;
}

function intersect2(a: PySet, other: any, t: PyType): PySet {
  const r = newSetLike(t);
  if (other instanceof PySet) {
    let small = other, big = a;
    if (other.m.size > a.m.size) {
      small = a;
      big = other;
    }
    for (const v of setOrder(small)) if (setHas(big, v)) setAdd(r, v);
    return r;
  }
  const iter = getIter(other);
  for (let v = iter.$next(); v !== STOP; v = iter.$next()) if (setHas(a, v)) setAdd(r, v);
  return r;
}

export function setIntersection(a: PySet, others: any[], t: PyType): PySet {
  if (others.length === 0) return copyOf(a, t);
  let r = a;
  for (const o of others) r = intersect2(r, o, t);
  return r;
}

function difference2(a: PySet, other: any, t: PyType): PySet {
  const otherSize = other instanceof PySet ? other.m.size : other instanceof PyDict ? other.m.size : -1;
  if (otherSize < 0 || a.m.size >> 2 > otherSize) {
    const r = copyOf(a, t);
    differenceUpdate(r, other);
    return r;
  }
  const r = newSetLike(t);
  for (const v of setOrder(a)) {
    const inOther = other instanceof PySet ? setHas(other, v) : other.m !== undefined && (other as PyDict).m.has(v);
    if (!inOther) setAdd(r, v);
  }
  return r;
}

function differenceUpdate(s: PySet, other: any): void {
  if (other === s) {
    setClear(s);
    return;
  }
  if (other instanceof PySet) {
    for (const v of setOrder(other)) setDelete(s, v);
    return;
  }
  const iter = getIter(other);
  for (let v = iter.$next(); v !== STOP; v = iter.$next()) setDelete(s, v);
}

export function setDifference(a: PySet, others: any[], t: PyType): PySet {
  if (others.length === 0) return copyOf(a, t);
  const r = difference2(a, others[0], t);
  for (let i = 1; i < others.length; i++) differenceUpdate(r, others[i]);
  return r;
}

function symDiffUpdate(s: PySet, other: PySet): void {
  for (const v of setOrder(other)) {
    if (!setDelete(s, v)) setAdd(s, v);
  }
}

export function setSymDiff(a: PySet, other: any, t: PyType): PySet {
  const r = newSetLike(t);
  setUpdate(r, other);
  symDiffUpdate(r, a);
  return r;
}

export function isSubset(a: PySet, b: PySet): boolean {
  if (a.m.size > b.m.size) return false;
  for (const v of a.m.values()) if (!setHas(b, v)) return false;
  return true;
}

export function setRepr(s: PySet): string {
  const t = typeOf(s);
  const items = setOrder(s);
  if (!reprEnter(s)) return `${t.$name}(...)`;
  try {
    const body = items.map((x) => repr(x)).join(", ");
    if (t === T.set) return items.length ? `{${body}}` : "set()";
    if (items.length === 0) return `${t.$name}()`;
    return `${t.$name}({${body}})`;
  } finally {
    reprLeave(s);
  }
}

function resultType(s: PySet): PyType {
  return s instanceof PyFrozenSet ? T.frozenset : T.set;
}

function binop(f: (a: PySet, b: PySet) => PySet): [string, (a: any, b: any) => any] {
  return ["self, other, /", (a: any, b: any) => {
    if (!(b instanceof PySet) || !(a instanceof PySet)) return NotImplemented;
    return f(a, b);
  }];
}

function rbinop(f: (a: PySet, b: PySet) => PySet): [string, (a: any, b: any) => any] {
  return ["self, other, /", (a: any, b: any) => {
    if (!(b instanceof PySet) || !(a instanceof PySet)) return NotImplemented;
    return f(b, a);
  }];
}

function cmpop(f: (a: PySet, b: PySet) => boolean): [string, (a: any, b: any) => any] {
  return ["self, other, /", (a: any, b: any) => {
    if (!(b instanceof PySet)) return NotImplemented;
    return f(a, b);
  }];
}

const union = (a: PySet, b: PySet) => setUnion(a, [b], resultType(a));
const inter = (a: PySet, b: PySet) => setIntersection(a, [b], resultType(a));
const diff = (a: PySet, b: PySet) => setDifference(a, [b], resultType(a));
const sym = (a: PySet, b: PySet) => setSymDiff(a, b, resultType(a));
const setEq = (a: PySet, b: PySet) => a.m.size === b.m.size && isSubset(a, b);

function asSetCopy(x: any): PySet {
  const s = new PySet();
  setUpdate(s, x);
  return s;
}

function replaceContents(s: PySet, r: PySet): void {
  setClear(s);
  for (const v of r.m.values()) setAdd(s, v);
}

const common = {
  __repr__: ["self, /", setRepr] as [string, any],
  __len__: ["self, /", (s: PySet) => s.m.size] as [string, any],
  __iter__: ["self, /", (s: PySet) => new SetIter(s)] as [string, any],
  __contains__: ["self, key, /", (s: PySet, x: any) => {
    if (x instanceof PySet && !(x instanceof PyFrozenSet)) {
      const f = new PyFrozenSet();
      for (const v of x.m.values()) setAdd(f, v);
      return setHas(s, f);
    }
    return setHas(s, x);
  }] as [string, any],
  __or__: binop(union),
  __ror__: rbinop(union),
  __and__: binop(inter),
  __rand__: rbinop(inter),
  __sub__: binop(diff),
  __rsub__: rbinop(diff),
  __xor__: binop(sym),
  __rxor__: rbinop(sym),
  __eq__: cmpop(setEq),
  __ne__: cmpop((a, b) => !setEq(a, b)),
  __le__: cmpop(isSubset),
  __lt__: cmpop((a, b) => a.m.size < b.m.size && isSubset(a, b)),
  __ge__: cmpop((a, b) => isSubset(b, a)),
  __gt__: cmpop((a, b) => a.m.size > b.m.size && isSubset(b, a)),
  copy: ["self, /", (s: PySet) => {
    if (s instanceof PyFrozenSet && s.$cls === T.frozenset) return s;
    return copyOf(s, resultType(s));
  }] as [string, any],
  union: ["self, /, *others", (s: PySet, o: PyTuple) => setUnion(s, o.a, resultType(s))] as [string, any],
  intersection: ["self, /, *others", (s: PySet, o: PyTuple) => setIntersection(s, o.a, resultType(s))] as [string, any],
  difference: ["self, /, *others", (s: PySet, o: PyTuple) => setDifference(s, o.a, resultType(s))] as [string, any],
  symmetric_difference: ["self, other, /", (s: PySet, o: any) => setSymDiff(s, o, resultType(s))] as [string, any],
  issubset: ["self, other, /", (s: PySet, o: any) => isSubset(s, asSet(o))] as [string, any],
  issuperset: ["self, other, /", (s: PySet, o: any) => isSubset(asSet(o), s)] as [string, any],
  isdisjoint: ["self, other, /", (s: PySet, o: any) => {
    const os = asSet(o);
    for (const v of os.m.values()) if (setHas(s, v)) return false;
    return true;
  }] as [string, any],
  __class_getitem__: classMethod(T.set, "__class_getitem__", "cls, item, /", (cls: any) => cls),
};

defMethods(T.set, {
  ...common,
  __init__: ["self, iterable=, /", (s: PySet, it: any) => {
    if (it !== undefined && it === s) return None;
    setClear(s);
    if (it !== undefined) setUpdate(s, it);
    return None;
  }],
  __hash__: None,
  __ior__: ["self, other, /", (s: PySet, o: any) => {
    if (!(o instanceof PySet)) return NotImplemented;
    setUpdate(s, o);
    return s;
  }],
  __iand__: ["self, other, /", (s: PySet, o: any) => {
    if (!(o instanceof PySet)) return NotImplemented;
    replaceContents(s, setIntersection(s, [o], T.set));
    return s;
  }],
  __isub__: ["self, other, /", (s: PySet, o: any) => {
    if (!(o instanceof PySet)) return NotImplemented;
    differenceUpdate(s, o);
    return s;
  }],
  __ixor__: ["self, other, /", (s: PySet, o: any) => {
    if (!(o instanceof PySet)) return NotImplemented;
    symDiffUpdate(s, o === s ? copyOf(o, T.set) : o);
    return s;
  }],
  add: ["self, object, /", (s: PySet, x: any) => {
    setAdd(s, x);
    return None;
  }],
  discard: ["self, object, /", (s: PySet, x: any) => {
    setDelete(s, x instanceof PySet && !(x instanceof PyFrozenSet) ? newSetLike(T.frozenset, x.m.values()) : x);
    return None;
  }],
  remove: ["self, object, /", (s: PySet, x: any) => {
    const k = x instanceof PySet && !(x instanceof PyFrozenSet) ? newSetLike(T.frozenset, x.m.values()) : x;
    if (!setDelete(s, k)) keyError(x);
    return None;
  }],
  pop: ["self, /", (s: PySet) => {
    if (s.m.size === 0) keyError("pop from an empty set");
    const v = setOrder(s)[0];
    setDelete(s, v);
    return v;
  }],
  clear: ["self, /", (s: PySet) => {
    setClear(s);
    return None;
  }],
  update: ["self, /, *others", (s: PySet, o: PyTuple) => {
    for (const x of o.a) setUpdate(s, x);
    return None;
  }],
  intersection_update: ["self, /, *others", (s: PySet, o: PyTuple) => {
    replaceContents(s, setIntersection(s, o.a, T.set));
    return None;
  }],
  difference_update: ["self, /, *others", (s: PySet, o: PyTuple) => {
    for (const x of o.a) differenceUpdate(s, x);
    return None;
  }],
  symmetric_difference_update: ["self, other, /", (s: PySet, o: any) => {
    symDiffUpdate(s, o instanceof PySet && o !== s ? o : asSetCopy(o));
    return None;
  }],
  __doc__: "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
});

function frozensetNew(cls: any, it: any): any {
  if (!(cls instanceof PyType) || !isSubtype(cls, T.frozenset)) typeError("frozenset.__new__(X): X is not a subtype of frozenset");
  if (cls === T.frozenset && it instanceof PyFrozenSet && it.$cls === T.frozenset) return it;
  const s: PyFrozenSet = cls === T.frozenset ? new PyFrozenSet() : allocate(cls);
  if (it !== undefined) setUpdate(s, it);
  return s;
}

defMethods(T.frozenset, {
  ...common,
  __class_getitem__: classMethod(T.frozenset, "__class_getitem__", "cls, item, /", (cls: any) => cls),
  __new__: staticMethod(T.frozenset, "__new__", "cls, iterable=, /", frozensetNew),
  __hash__: ["self, /", frozensetHash],
  __doc__: "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.",
});

export { asSet, hash };
