/**
 * The `operator` module, native: every operator as a built-in function, and the
 * itemgetter/attrgetter/methodcaller types (with CPython's reprs and argument checks).
 */
import { defineModule } from "./registry.js";
import {
  T,
  None,
  NotImplemented,
  PyObject,
  PyTuple,
  PyDict,
  PyType,
  STOP,
  raise,
  typeError,
  callv,
  call1,
  getIter,
  getattr,
  typeOf,
  truthy,
  repr,
  reprEnter,
  reprLeave,
  eq,
  ne,
  lt,
  le,
  gt,
  ge,
  eqB,
  add,
  sub,
  mul,
  truediv,
  floordiv,
  mod,
  pow,
  neg,
  lshift,
  rshift,
  bitand,
  bitor,
  bitxor,
  inplace,
  getitem,
  setitem,
  delitem,
  contains,
  index as pyIndex,
  len as pyLen,
  allocate,
  origKey,
  isSubtype,
  nativeFunction,
  PyList,
  R,
  type PyFunction,
} from "../runtime/index.js";
import { pos, invert, matmul, iadd } from "../runtime/ops.js";
import { builtins } from "../runtime/builtins.js";
import { ListIter } from "../runtime/iter.js";
import { nativeClass, staticMethod } from "./stdlibUtil.js";

// Operator numbers of runtime/ops.ts `Op` (a const enum there).
const OP = { Add: 0, Sub: 1, Mul: 2, TrueDiv: 3, FloorDiv: 4, Mod: 5, Pow: 6, Lshift: 7, Rshift: 8, And: 9, Or: 10, Xor: 11, MatMul: 12 };

function tname(x: any): string {
  return typeOf(x).$name;
}

/** PySequence_Check: has __getitem__ and is not a dict. */
function isSequence(x: any): boolean {
  if (typeof x === "string") return true;
  if (x instanceof PyDict) return false;
  const t = typeOf(x);
  if (isSubtype(t, T.dict)) return false;
  return t.$L.__getitem__ !== undefined;
}

function concatCheck(a: any, b: any): void {
  if (!isSequence(a)) typeError(`'${tname(a)}' object can't be concatenated`);
  void b;
}

function countOf(a: any, b: any): number {
  let n = 0;
  const it = getIter(a);
  for (let x = it.$next(); x !== STOP; x = it.$next()) if (x === b || eqB(x, b)) n++;
  return n;
}

function indexOf(a: any, b: any): number {
  let i = 0;
  const it = getIter(a);
  for (let x = it.$next(); x !== STOP; x = it.$next()) {
    if (x === b || eqB(x, b)) return i;
    i++;
  }
  raise(T.ValueError, "sequence.index(x): x not in sequence");
}

function isTypeError(e: any): boolean {
  return e instanceof PyObject && isSubtype(e.$cls, T.TypeError);
}

function lengthHint(obj: any, dflt: any): any {
  if (dflt === undefined) dflt = 0;
  else if (!(typeof dflt === "number" && Number.isInteger(dflt)) && typeof dflt !== "bigint" && typeof dflt !== "boolean") {
    typeError(`'${tname(dflt)}' object cannot be interpreted as an integer`);
  }
  const t = typeOf(obj);
  if (typeof obj === "string" || t.$L.__len__ !== undefined) {
    try {
      return pyLen(obj);
    } catch (e) {
      if (!isTypeError(e)) throw e;
    }
  }
  // list iterators: the runtime's generic __length_hint__ does not see their position
  if (obj instanceof ListIter && !t.$user) return Math.max(0, obj.l.a.length - obj.i);
  const h = t.$L.__length_hint__;
  if (h === undefined) return dflt;
  let v: any;
  try {
    v = call1(h, obj);
  } catch (e) {
    if (isTypeError(e)) return dflt;
    throw e;
  }
  if (v === NotImplemented) return dflt;
  if (!(typeof v === "number" && Number.isInteger(v)) && typeof v !== "bigint" && typeof v !== "boolean") {
    typeError(`__length_hint__ must be an integer, not ${tname(v)}`);
  }
  if ((v as any) < 0) raise(T.ValueError, "__length_hint__() should return >= 0");
  return v;
}

// ---- itemgetter / attrgetter / methodcaller ----

class ItemGetterJs extends PyObject {
  items: any[] = [];
}
class AttrGetterJs extends PyObject {
  names: string[] = [];
  chains: string[][] = [];
}
class MethodCallerJs extends PyObject {
  name = "";
  args: any[] = [];
  kwNames: string[] | null = null;
  kwVals: any[] | null = null;
}

function noKw(what: string, kw: PyDict | null): void {
  if (kw !== null && kw.m.size) typeError(`${what}() takes no keyword arguments`);
}

/**
 * A `__call__` taking exactly one argument: called directly as `(self, obj)` (its `$np`), or,
 * for any other argument shape, bound from the general spec as `(self, args, kwargs)`.
 */
function oneArgCall(what: string, one: (self: any, obj: any) => any): PyFunction {
  const f = nativeFunction("__call__", "self, /, *args, **kwargs", function (self: any, a: any, kw?: any) {
    if (arguments.length === 2) return one(self, a);
    const args = (a as PyTuple).a;
    noKw(what, kw);
    if (args.length !== 1) typeError(`${what} expected 1 argument, got ${args.length}`);
    return one(self, args[0]);
  }, `${what}.__call__`);
  f.$np = 2;
  f.$nr = 2;
  return f;
}

function itemGet(g: ItemGetterJs, obj: any): any {
  const it = g.items;
  if (it.length === 1) return getitem(obj, it[0]);
  const out = new Array(it.length);
  for (let i = 0; i < it.length; i++) out[i] = getitem(obj, it[i]);
  return new PyTuple(out);
}

function attrChain(obj: any, chain: string[]): any {
  for (let i = 0; i < chain.length; i++) obj = getattr(obj, chain[i]);
  return obj;
}

function attrGet(g: AttrGetterJs, obj: any): any {
  const c = g.chains;
  if (c.length === 1) return attrChain(obj, c[0]);
  return new PyTuple(c.map((ch) => attrChain(obj, ch)));
}

function methodCall(g: MethodCallerJs, obj: any): any {
  return callv(getattr(obj, g.name), g.args, g.kwNames, g.kwVals);
}

function getterRepr(o: any, name: string, parts: () => string[]): string {
  if (!reprEnter(o)) return `${name}(...)`;
  try {
    return `${name}(${parts().join(", ")})`;
  } finally {
    reprLeave(o);
  }
}

defineModule("operator", (m) => {
  const def = (names: string[], spec: string, impl: (...a: any[]) => any) => {
    const f = m.fn(names[0], spec, impl);
    for (const n of names.slice(1)) m.set(n, f);
    return f;
  };
  const bin = "a, b, /";
  def(["lt", "__lt__"], bin, lt);
  def(["le", "__le__"], bin, le);
  def(["eq", "__eq__"], bin, eq);
  def(["ne", "__ne__"], bin, ne);
  def(["ge", "__ge__"], bin, ge);
  def(["gt", "__gt__"], bin, gt);
  def(["not_", "__not__"], "a, /", (a: any) => !truthy(a));
  def(["truth"], "a, /", (a: any) => truthy(a));
  def(["is_"], bin, (a: any, b: any) => a === b);
  def(["is_not"], bin, (a: any, b: any) => a !== b);
  def(["abs", "__abs__"], "a, /", (a: any) => call1(builtins.abs, a));
  def(["add", "__add__"], bin, add);
  def(["and_", "__and__"], bin, bitand);
  def(["floordiv", "__floordiv__"], bin, floordiv);
  def(["index", "__index__"], "a, /", (a: any) => pyIndex(a));
  def(["inv", "invert", "__inv__", "__invert__"], "a, /", invert);
  def(["lshift", "__lshift__"], bin, lshift);
  def(["mod", "__mod__"], bin, mod);
  def(["mul", "__mul__"], bin, mul);
  def(["matmul", "__matmul__"], bin, matmul);
  def(["neg", "__neg__"], "a, /", neg);
  def(["or_", "__or__"], bin, bitor);
  def(["pos", "__pos__"], "a, /", pos);
  def(["pow", "__pow__"], bin, pow);
  def(["rshift", "__rshift__"], bin, rshift);
  def(["sub", "__sub__"], bin, sub);
  def(["truediv", "__truediv__"], bin, truediv);
  def(["xor", "__xor__"], bin, bitxor);
  def(["concat", "__concat__"], bin, (a: any, b: any) => {
    concatCheck(a, b);
    return add(a, b);
  });
  def(["contains", "__contains__"], bin, (a: any, b: any) => contains(a, b));
  def(["countOf"], bin, countOf);
  def(["delitem", "__delitem__"], bin, (a: any, b: any) => {
    delitem(a, b);
    return None;
  });
  def(["getitem", "__getitem__"], bin, getitem);
  def(["indexOf"], bin, indexOf);
  def(["setitem", "__setitem__"], "a, b, c, /", (a: any, b: any, c: any) => {
    setitem(a, b, c);
    return None;
  });
  def(["length_hint"], "obj, default=, /", lengthHint);
  def(["call", "__call__"], "obj, /, *args, **kwargs", (f: any, args: PyTuple, kw: PyDict | null) => {
    if (kw === null || kw.m.size === 0) return callv(f, args.a);
    const n: string[] = [];
    const v: any[] = [];
    for (const [k, val] of kw.m) {
      n.push(origKey(kw, k));
      v.push(val);
    }
    return callv(f, args.a, n, v);
  });
  def(["iadd", "__iadd__"], bin, iadd);
  def(["iand", "__iand__"], bin, (a: any, b: any) => inplace(a, b, OP.And));
  def(["iconcat", "__iconcat__"], bin, (a: any, b: any) => {
    concatCheck(a, b);
    return iadd(a, b);
  });
  def(["ifloordiv", "__ifloordiv__"], bin, (a: any, b: any) => inplace(a, b, OP.FloorDiv));
  def(["ilshift", "__ilshift__"], bin, (a: any, b: any) => inplace(a, b, OP.Lshift));
  def(["imod", "__imod__"], bin, (a: any, b: any) => inplace(a, b, OP.Mod));
  def(["imul", "__imul__"], bin, (a: any, b: any) => inplace(a, b, OP.Mul));
  def(["imatmul", "__imatmul__"], bin, (a: any, b: any) => inplace(a, b, OP.MatMul));
  def(["ior", "__ior__"], bin, (a: any, b: any) => inplace(a, b, OP.Or));
  def(["ipow", "__ipow__"], bin, (a: any, b: any) => inplace(a, b, OP.Pow));
  def(["irshift", "__irshift__"], bin, (a: any, b: any) => inplace(a, b, OP.Rshift));
  def(["isub", "__isub__"], bin, (a: any, b: any) => inplace(a, b, OP.Sub));
  def(["itruediv", "__itruediv__"], bin, (a: any, b: any) => inplace(a, b, OP.TrueDiv));
  def(["ixor", "__ixor__"], bin, (a: any, b: any) => inplace(a, b, OP.Xor));

  const itemgetter = nativeClass("operator", "itemgetter", [], ItemGetterJs, {
    __new__: staticMethod("__new__", "cls, /, *items, **kw", (cls: PyType, items: PyTuple, kw: PyDict | null) => {
      noKw("itemgetter", kw);
      if (items.a.length === 0) typeError("itemgetter expected 1 argument, got 0");
      const g = allocate(cls) as ItemGetterJs;
      g.items = items.a.slice();
      return g;
    }),
    __call__: oneArgCall("itemgetter", itemGet),
    __repr__: ["", (g: ItemGetterJs) => getterRepr(g, "operator.itemgetter", () => g.items.map(repr))],
    __reduce__: ["", (g: ItemGetterJs) => new PyTuple([typeOf(g), new PyTuple(g.items.slice())])],
    __doc__: "Return a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
  }, { final: true });
  m.set("itemgetter", itemgetter);

  const attrgetter = nativeClass("operator", "attrgetter", [], AttrGetterJs, {
    __new__: staticMethod("__new__", "cls, /, *attrs, **kw", (cls: PyType, attrs: PyTuple, kw: PyDict | null) => {
      noKw("attrgetter", kw);
      if (attrs.a.length === 0) typeError("attrgetter expected 1 argument, got 0");
      for (const a of attrs.a) if (typeof a !== "string") typeError("attribute name must be a string");
      const g = allocate(cls) as AttrGetterJs;
      g.names = attrs.a.slice();
      g.chains = g.names.map((n) => n.split("."));
      return g;
    }),
    __call__: oneArgCall("attrgetter", attrGet),
    __repr__: ["", (g: AttrGetterJs) => getterRepr(g, "operator.attrgetter", () => g.names.map(repr))],
    __reduce__: ["", (g: AttrGetterJs) => new PyTuple([typeOf(g), new PyTuple(g.names.slice())])],
    __doc__: "Return a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).",
  }, { final: true });
  m.set("attrgetter", attrgetter);

  const methodcaller = nativeClass("operator", "methodcaller", [], MethodCallerJs, {
    __new__: staticMethod("__new__", "cls, /, *args, **kwargs", (cls: PyType, args: PyTuple, kw: PyDict | null) => {
      if (args.a.length === 0) typeError("methodcaller needs at least one argument, the method name");
      const name = args.a[0];
      if (typeof name !== "string") typeError("method name must be a string");
      const g = allocate(cls) as MethodCallerJs;
      g.name = name;
      g.args = args.a.slice(1);
      if (kw !== null && kw.m.size) {
        g.kwNames = [];
        g.kwVals = [];
        for (const [k, v] of kw.m) {
          g.kwNames.push(origKey(kw, k));
          g.kwVals.push(v);
        }
      }
      return g;
    }),
    __call__: oneArgCall("methodcaller", methodCall),
    __repr__: ["", (g: MethodCallerJs) => getterRepr(g, "operator.methodcaller", () => {
      const parts = [repr(g.name), ...g.args.map(repr)];
      if (g.kwNames) g.kwNames.forEach((k, i) => parts.push(`${k}=${repr(g.kwVals![i])}`));
      return parts;
    })],
    __reduce__: ["", (g: MethodCallerJs) => {
      if (g.kwNames === null) return new PyTuple([typeOf(g), new PyTuple([g.name, ...g.args])]);
      const partial = getattr(R.importModule("functools", null, 0, true), "partial");
      return new PyTuple([callv(partial, [typeOf(g), g.name], g.kwNames, g.kwVals), new PyTuple(g.args.slice())]);
    }],
    __doc__: "Return a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).",
  }, { final: true });
  m.set("methodcaller", methodcaller);

  m.set("__all__", new PyList(ALL.slice()));
});

const ALL = [
  "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf",
  "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand",
  "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul",
  "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift",
  "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le",
  "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod",
  "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift",
  "setitem", "sub", "truediv", "truth", "xor",
];
