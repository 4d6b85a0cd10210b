/**
 * tuple: construction, count/index, slicing, +, *, comparisons, hash, repr `(1,)`.
 */
import { cpyHash } from "./set.js";
import { None, NotImplemented, PyTuple, PyType, PyObject, EMPTY_TUPLE } from "../objects.js";
import { T, typeOf, isSubtype } from "../types.js";
import { indexError, typeError, valueError } from "../errors.js";
import { eqB, hash, repr, sliceIndices, sliceArray } from "../ops.js";
import { ArrayIter, toArray } from "../iter.js";
import { allocate } from "../bootstrap.js";
import { defMethods, staticMethod, classMethod, indexArg, intOf } from "./common.js";
import { seqIndex, seqCompare, seqRepr, clampRange, repeatArray } from "./list.js";

function tupleNew(cls: any, it: any): any {
  if (!(cls instanceof PyType) || !isSubtype(cls, T.tuple)) typeError("tuple.__new__(X): X is not a subtype of tuple");
  if (cls === T.tuple) {
    if (it === undefined) return EMPTY_TUPLE;
    if (it instanceof PyTuple && it.$cls === T.tuple) return it;
    return new PyTuple(toArray(it));
  }
  const o = allocate(cls);
  o.a = it === undefined ? [] : toArray(it);
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

function cmp(op: number): [string, (a: any, b: any) => any] {
  return ["self, other, /", (a: any, b: any) => {
    if (!(b instanceof PyTuple)) return NotImplemented;
    return seqCompare(a.a, b.a, op);
  }];
}

/** tuple.__hash__: CPython's value (what hash() of the equal plain tuple gives). */
function tupleHash(self: PyTuple): any {
  const plain = new PyTuple(self.a);
  hash(plain); // raises for unhashable items
  return cpyHash(plain);
}

export function tupleRepr(self: PyTuple): string {
  if (self.a.length === 1) return seqRepr(self.a, "(", ",)", self);
  return seqRepr(self.a, "(", ")", self);
}

defMethods(T.tuple, {
  __new__: staticMethod(T.tuple, "__new__", "cls, iterable=(), /", tupleNew),
  __repr__: ["self, /", tupleRepr],
  __len__: ["self, /", (self: PyTuple) => self.a.length],
  __iter__: ["self, /", (self: PyTuple) => new ArrayIter(self.a)],
  __contains__: ["self, key, /", (self: PyTuple, x: any) => {
    const a = self.a;
    for (let i = 0; i < a.length; i++) if (a[i] === x || eqB(a[i], x)) return true;
    return false;
  }],
  __getitem__: ["self, key, /", (self: PyTuple, k: any) => {
    const a = self.a;
    const i = seqIndex(k, a.length, "tuple");
    if (Number.isNaN(i)) {
      const [start, stop, step] = sliceIndices(k, a.length);
      if (start === 0 && step === 1 && stop === a.length && self.$cls === T.tuple) return self;
      return new PyTuple(sliceArray(a, start, stop, step));
    }
    if (!(i >= 0 && i < a.length)) indexError("tuple index out of range");
    return a[i];
  }],
  __add__: ["self, value, /", (self: PyTuple, o: any) => {
    if (!(o instanceof PyTuple)) return NotImplemented;
    return new PyTuple(self.a.concat(o.a));
  }],
  __mul__: ["self, value, /", (self: PyTuple, n: any) => {
    const c = repeatCount(n);
    if (c === undefined) return NotImplemented;
    if (c === 1 && self.$cls === T.tuple) return self;
    return new PyTuple(repeatArray(self.a, c));
  }],
  __rmul__: ["self, value, /", (self: PyTuple, n: any) => {
    const c = repeatCount(n);
    if (c === undefined) return NotImplemented;
    return new PyTuple(repeatArray(self.a, c));
  }],
  __eq__: cmp(0),
  __ne__: cmp(1),
  __lt__: cmp(2),
  __le__: cmp(3),
  __gt__: cmp(4),
  __ge__: cmp(5),
  __hash__: ["self, /", tupleHash],
  __getnewargs__: ["self, /", (self: PyTuple) => new PyTuple([new PyTuple(self.a.slice())])],
  __class_getitem__: classMethod(T.tuple, "__class_getitem__", "cls, item, /", (cls: any) => cls),
  index: ["self, value, start=0, stop=sys.maxsize, /", (self: PyTuple, x: any, start: any, stop: any) => {
    const a = self.a;
    const [s, e] = clampRange(start, stop, a.length);
    for (let i = s; i < e && i < a.length; i++) if (a[i] === x || eqB(a[i], x)) return i;
    valueError("tuple.index(x): x not in tuple");
  }],
  count: ["self, value, /", (self: PyTuple, x: any) => {
    let n = 0;
    for (const v of self.a) if (v === x || eqB(v, x)) n++;
    return n;
  }],
  __doc__: "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
});

export { repr, None };
