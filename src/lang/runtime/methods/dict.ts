/**
 * dict and its views (dict_keys / dict_values / dict_items, with set operations on keys and
 * items). Also makes `obj.__dict__` (AttrDictView) a live, write-through view of the attributes.
 */
import { None, NotImplemented, PyDict, PyList, PyObject, PySet, PyTuple, PyIterator, STOP, type AttrDict } from "../objects.js";
import { T, typeOf, isSubtype, makeBuiltinType } from "../types.js";
import { keyError, typeError, valueError } from "../errors.js";
import { eqB, repr, reprEnter, reprLeave } from "../ops.js";
import { dictGet, dictSet, dictDelete, dictHas, dictClear, origKey, setAdd, setHas } from "../keys.js";
import { MapIter, ArrayIter, getIter, toArray } from "../iter.js";
import { call1, call2, callv, getattr, getattrOpt } from "../call.js";
import { AttrDictView } from "../bootstrap.js";
import { defMethods, classMethod, getset } from "./common.js";
import { setUnion, setIntersection, setDifference, setSymDiff, isSubset, asSet, setOrder } from "./set.js";

// ---- obj.__dict__ as a live view ----

/** A Map whose string keys live in an instance's attribute object. */
class AttrMap extends Map<any, any> {
  constructor(public t: AttrDict) {
    super();
  }
  override get(k: any): any {
    return typeof k === "string" ? this.t[k] : super.get(k);
  }
  override has(k: any): boolean {
    return typeof k === "string" ? this.t[k] !== undefined : super.has(k);
  }
  override set(k: any, v: any): this {
    if (typeof k === "string") this.t[k] = v;
    else super.set(k, v);
    return this;
  }
  override delete(k: any): boolean {
    if (typeof k === "string") {
      if (this.t[k] === undefined) return false;
      delete this.t[k];
      return true;
    }
    return super.delete(k);
  }
  override clear(): void {
    for (const k in this.t) if (k.charCodeAt(0) !== 36) delete this.t[k];
    super.clear();
  }
  override get size(): number {
    let n = 0;
    for (const k in this.t) if (k.charCodeAt(0) !== 36) n++;
    return n + super.size;
  }
  override *entries(): MapIterator<[any, any]> {
    for (const k in this.t) if (k.charCodeAt(0) !== 36) yield [k, this.t[k]];
    yield* super.entries();
  }
  override *keys(): MapIterator<any> {
    for (const k in this.t) if (k.charCodeAt(0) !== 36) yield k;
    yield* super.keys();
  }
  override *values(): MapIterator<any> {
    for (const k in this.t) if (k.charCodeAt(0) !== 36) yield this.t[k];
    yield* super.values();
  }
  override [Symbol.iterator](): MapIterator<[any, any]> {
    return this.entries();
  }
  override forEach(cb: (v: any, k: any, m: Map<any, any>) => void): void {
    for (const [k, v] of this.entries()) cb(v, k, this);
  }
}

(AttrDictView.prototype as any).sync = function (this: AttrDictView) {
  this.m = new AttrMap(this.target);
};

// ---- helpers ----

function dictItems(d: PyDict): [any, any][] {
  const out: [any, any][] = [];
  for (const [n, v] of d.m) out.push([origKey(d, n), v]);
  return out;
}

/** dict.update(other) semantics: a mapping (has keys()) or an iterable of pairs. */
export function dictUpdateFrom(d: PyDict, other: any): void {
  if (other instanceof PyDict && (!other.$cls.$user || typeOf(other).$L.keys === T.dict.$dict.keys)) {
    if (other === d) return;
    for (const [k, v] of dictItems(other)) dictSet(d, k, v);
    return;
  }
  const keysM = getattrOpt(other, "keys");
  if (keysM !== undefined) {
    const ks = toArray(callv(keysM, []));
    for (const k of ks) dictSet(d, k, getitemOf(other, k));
    return;
  }
  const t = typeOf(other);
  if (typeof other !== "string" && t.$L.__iter__ === undefined && t.$L.__getitem__ === undefined) {
    typeError(`'${t.$name}' object is not iterable`);
  }
  const it = getIter(other);
  let i = 0;
  for (let item = it.$next(); item !== STOP; item = it.$next(), i++) {
    let pair: any[];
    const it2 = typeOf(item);
    if (typeof item !== "string" && it2.$L.__iter__ === undefined && it2.$L.__getitem__ === undefined) {
      typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    pair = toArray(item);
    if (pair.length !== 2) valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    dictSet(d, pair[0], pair[1]);
  }
}

function getitemOf(o: any, k: any): any {
  if (o instanceof PyDict && !o.$cls.$user) {
    const v = dictGet(o, k);
    if (v === undefined) keyError(k);
    return v;
  }
  return call2(typeOf(o).$L.__getitem__, o, k);
}

function kwUpdate(d: PyDict, kw: PyDict | null | undefined): void {
  if (kw) for (const [n, v] of kw.m) dictSet(d, origKey(kw, n), v);
}

export function dictRepr(d: PyDict): string {
  if (!reprEnter(d)) return "{...}";
  try {
    let s = "{";
    let first = true;
    for (const [n, v] of d.m) {
      if (!first) s += ", ";
      first = false;
      s += repr(d.k === null ? n : origKey(d, n)) + ": " + repr(v);
    }
    return s + "}";
  } finally {
    reprLeave(d);
  }
}

function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.m.size !== b.m.size) return false;
  for (const [n, v] of a.m) {
    const k = origKey(a, n);
    const w = dictGet(b, k);
    if (w === undefined) return false;
    if (v !== w && !eqB(v, w)) return false;
  }
  return true;
}

function dictGetitem(d: PyDict, k: any): any {
  const v = dictGet(d, k);
  if (v !== undefined) return v;
  const t = d.$cls;
  if (t !== T.dict) {
    const miss = t.$L.__missing__;
    if (miss !== undefined) return call2(miss, d, k);
  }
  keyError(k);
}

// ---- views ----

export class DictView extends PyObject {
  constructor(public d: PyDict) {
    super();
  }
}
export class DictKeys extends DictView {}
export class DictValues extends DictView {}
export class DictItems extends DictView {}
makeBuiltinType("dict_keys", [T.object], DictKeys);
makeBuiltinType("dict_values", [T.object], DictValues);
makeBuiltinType("dict_items", [T.object], DictItems);

class ReverseArrayIter extends PyIterator {
  i: number;
  constructor(public a: any[], public kind = 0) {
    super();
    this.i = a.length - 1;
  }
  $next(): any {
    return this.i >= 0 ? this.a[this.i--] : STOP;
  }
}
const revKinds = ["dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator"].map((n) =>
  makeBuiltinType(n, [T.iterator], class extends PyIterator { $next(): any { return STOP; } }));
Object.defineProperty(ReverseArrayIterProto(), "$cls", {
  get(this: any) {
    return revKinds[this.kind];
  },
  set(this: any, v: any) {
    Object.defineProperty(this, "$cls", { value: v, writable: true, configurable: true });
  },
  configurable: true,
});
function ReverseArrayIterProto(): any {
  return ReverseArrayIter.prototype;
}

/** The items of a keys/items view, or any iterable, as a set (for view set operations). */
function viewSet(x: any): PySet {
  if (x instanceof DictKeys) {
    const s = new PySet();
    for (const n of x.d.m.keys()) setAdd(s, origKey(x.d, n));
    return s;
  }
  if (x instanceof DictItems) {
    const s = new PySet();
    for (const [k, v] of dictItems(x.d)) setAdd(s, new PyTuple([k, v]));
    return s;
  }
  return asSet(x);
}

function isIterable(x: any): boolean {
  const t = typeOf(x);
  return typeof x === "string" || t.$L.__iter__ !== undefined || t.$L.__getitem__ !== undefined;
}

function viewBin(f: (a: PySet, b: any) => PySet, reflected: boolean): [string, (a: any, b: any) => any] {
  return ["self, other, /", (a: any, b: any) => {
    if (!isIterable(b)) return NotImplemented;
    return reflected ? f(viewSet(b), viewSet(a)) : f(viewSet(a), b instanceof DictView ? viewSet(b) : b);
  }];
}

function viewCmp(f: (a: PySet, b: PySet) => boolean): [string, (a: any, b: any) => any] {
  return ["self, other, /", (a: any, b: any) => {
    if (!(b instanceof PySet) && !(b instanceof DictKeys) && !(b instanceof DictItems)) return NotImplemented;
    return f(viewSet(a), viewSet(b));
  }];
}

function viewRepr(name: string, items: (d: PyDict) => any[]) {
  return (v: DictView) => {
    if (!reprEnter(v)) return "...";
    try {
      return `${name}([${items(v.d).map((x) => repr(x)).join(", ")}])`;
    } finally {
      reprLeave(v);
    }
  };
}

const keysOf = (d: PyDict) => Array.from(d.m.keys(), (n) => origKey(d, n));
const itemsOf = (d: PyDict) => dictItems(d).map(([k, v]) => new PyTuple([k, v]));

const setLike = {
  __and__: viewBin((a, b) => setIntersection(a, [b], T.set), false),
  __rand__: viewBin((a, b) => setIntersection(a, [b], T.set), true),
  __or__: viewBin((a, b) => setUnion(a, [b], T.set), false),
  __ror__: viewBin((a, b) => setUnion(a, [b], T.set), true),
  __sub__: viewBin((a, b) => setDifference(a, [b], T.set), false),
  __rsub__: viewBin((a, b) => setDifference(a, [b], T.set), true),
  __xor__: viewBin((a, b) => setSymDiff(a, b, T.set), false),
  __rxor__: viewBin((a, b) => setSymDiff(a, b, T.set), true),
  __eq__: viewCmp((a, b) => a.m.size === b.m.size && isSubset(a, b)),
  __ne__: viewCmp((a, b) => !(a.m.size === b.m.size && isSubset(a, b))),
  __le__: viewCmp((a, b) => isSubset(a, b)),
  __lt__: viewCmp((a, b) => a.m.size < b.m.size && isSubset(a, b)),
  __ge__: viewCmp((a, b) => isSubset(b, a)),
  __gt__: viewCmp((a, b) => a.m.size > b.m.size && isSubset(b, a)),
  isdisjoint: ["self, other, /", (a: any, b: any) => {
    const s = viewSet(a);
    const it = getIter(b);
    for (let v = it.$next(); v !== STOP; v = it.$next()) if (setHas(s, v)) return false;
    return true;
  }] as [string, any],
  __hash__: None,
};

defMethods(T.dict_keys, {
  ...setLike,
  __len__: ["self, /", (v: DictView) => v.d.m.size],
  __iter__: ["self, /", (v: DictView) => new MapIter(v.d, 0)],
  __reversed__: ["self, /", (v: DictView) => new ReverseArrayIter(keysOf(v.d))],
  __contains__: ["self, key, /", (v: DictView, k: any) => dictHas(v.d, k)],
  __repr__: ["self, /", viewRepr("dict_keys", keysOf)],
  mapping: getset("mapping", (v: DictView) => v.d),
});

defMethods(T.dict_items, {
  ...setLike,
  __len__: ["self, /", (v: DictView) => v.d.m.size],
  __iter__: ["self, /", (v: DictView) => new MapIter(v.d, 2)],
  __reversed__: ["self, /", (v: DictView) => new ReverseArrayIter(itemsOf(v.d), 2)],
  __contains__: ["self, key, /", (v: DictView, kv: any) => {
    if (!(kv instanceof PyTuple) || kv.a.length !== 2) return false;
    const w = dictGet(v.d, kv.a[0]);
    return w !== undefined && (w === kv.a[1] || eqB(w, kv.a[1]));
  }],
  __repr__: ["self, /", viewRepr("dict_items", itemsOf)],
  mapping: getset("mapping", (v: DictView) => v.d),
});

defMethods(T.dict_values, {
  __len__: ["self, /", (v: DictView) => v.d.m.size],
  __iter__: ["self, /", (v: DictView) => new MapIter(v.d, 1)],
  __reversed__: ["self, /", (v: DictView) => new ReverseArrayIter(Array.from(v.d.m.values()), 1)],
  __contains__: ["self, key, /", (v: DictView, x: any) => {
    for (const w of v.d.m.values()) if (w === x || eqB(w, x)) return true;
    return false;
  }],
  __repr__: ["self, /", viewRepr("dict_values", (d) => Array.from(d.m.values()))],
  mapping: getset("mapping", (v: DictView) => v.d),
});

// ---- dict ----

function copyDict(d: PyDict): PyDict {
  const r = new PyDict();
  for (const [k, v] of dictItems(d)) dictSet(r, k, v);
  return r;
}

defMethods(T.dict, {
  __init__: ["self, /, *args, **kwargs", (d: PyDict, args: PyTuple, kw: PyDict | null) => {
    if (args.a.length > 1) typeError(`dict expected at most 1 argument, got ${args.a.length}`);
    if (args.a.length === 1) dictUpdateFrom(d, args.a[0]);
    kwUpdate(d, kw);
    return None;
  }],
  __repr__: ["self, /", dictRepr],
  __len__: ["self, /", (d: PyDict) => d.m.size],
  __iter__: ["self, /", (d: PyDict) => new MapIter(d, 0)],
  __reversed__: ["self, /", (d: PyDict) => new ReverseArrayIter(keysOf(d))],
  __contains__: ["self, key, /", (d: PyDict, k: any) => dictHas(d, k)],
  __getitem__: ["self, key, /", dictGetitem],
  __setitem__: ["self, key, value, /", (d: PyDict, k: any, v: any) => {
    dictSet(d, k, v);
    return None;
  }],
  __delitem__: ["self, key, /", (d: PyDict, k: any) => {
    if (dictDelete(d, k) === undefined) keyError(k);
    return None;
  }],
  __eq__: ["self, other, /", (a: PyDict, b: any) => (b instanceof PyDict ? dictEq(a, b) : NotImplemented)],
  __ne__: ["self, other, /", (a: PyDict, b: any) => (b instanceof PyDict ? !dictEq(a, b) : NotImplemented)],
  __or__: ["self, other, /", (a: PyDict, b: any) => {
    if (!(b instanceof PyDict)) return NotImplemented;
    const r = copyDict(a);
    dictUpdateFrom(r, b);
    return r;
  }],
  __ror__: ["self, other, /", (a: PyDict, b: any) => {
    if (!(b instanceof PyDict)) return NotImplemented;
    const r = copyDict(b);
    dictUpdateFrom(r, a);
    return r;
  }],
  __ior__: ["self, other, /", (a: PyDict, b: any) => {
    dictUpdateFrom(a, b);
    return a;
  }],
  __hash__: None,
  __class_getitem__: classMethod(T.dict, "__class_getitem__", "cls, item, /", (cls: any) => cls),
  __sizeof__: ["self, /", (d: PyDict) => 48 + 24 * d.m.size],
  get: ["self, key, default=None, /", (d: PyDict, k: any, dflt: any) => {
    const v = dictGet(d, k);
    return v !== undefined ? v : dflt === undefined ? None : dflt;
  }],
  setdefault: ["self, key, default=None, /", (d: PyDict, k: any, dflt: any) => {
    const v = dictGet(d, k);
    if (v !== undefined) return v;
    const nv = dflt === undefined ? None : dflt;
    dictSet(d, k, nv);
    return nv;
  }],
  pop: ["self, key, default=, /", (d: PyDict, k: any, dflt: any) => {
    const v = dictDelete(d, k);
    if (v !== undefined) return v;
    if (dflt !== undefined) return dflt;
    keyError(k);
  }],
  popitem: ["self, /", (d: PyDict) => {
    if (d.m.size === 0) keyError("popitem(): dictionary is empty");
    let last: any;
    for (const n of d.m.keys()) last = n;
    const k = origKey(d, last);
    const v = dictDelete(d, k);
    return new PyTuple([k, v]);
  }],
  update: ["self, other=, /, **kwargs", (d: PyDict, other: any, kw: PyDict | null) => {
    if (other !== undefined) dictUpdateFrom(d, other);
    kwUpdate(d, kw);
    return None;
  }],
  keys: ["self, /", (d: PyDict) => new DictKeys(d)],
  values: ["self, /", (d: PyDict) => new DictValues(d)],
  items: ["self, /", (d: PyDict) => new DictItems(d)],
  copy: ["self, /", copyDict],
  clear: ["self, /", (d: PyDict) => {
    dictClear(d);
    return None;
  }],
  fromkeys: classMethod(T.dict, "fromkeys", "cls, iterable, value=None, /", (cls: any, it: any, value: any) => {
    const v = value === undefined ? None : value;
    if (cls === T.dict) {
      const d = new PyDict();
      const iter = getIter(it);
      for (let k = iter.$next(); k !== STOP; k = iter.$next()) dictSet(d, k, v);
      return d;
    }
    const d = callv(cls, []);
    const iter = getIter(it);
    for (let k = iter.$next(); k !== STOP; k = iter.$next()) callv(getattr(d, "__setitem__"), [k, v]);
    return d;
  }),
  __doc__: "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)",
});

export { dictItems, copyDict, PyList, ArrayIter, call1, isSubtype, setOrder };
