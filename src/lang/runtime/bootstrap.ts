/**
 * Creates the built-in types (object, type, int, …, the exception hierarchy) and the core of
 * `object` and `type`: instance creation, `class` statements, repr, attribute hooks.
 * Methods of the other built-in types live in runtime/methods/*.ts.
 */
import {
  Ellipsis,
  newAttrDict,
  None,
  NotImplemented,
  PyBaseException,
  PyByteArray,
  PyBytes,
  PyClassMethod,
  PyComplex,
  PyDict,
  PyEllipsisType,
  PyFloat,
  PyFrozenSet,
  PyGetSet,
  PyInstance,
  PyIterator,
  PyList,
  PyMethod,
  PyModule,
  PyNoneType,
  PyNotImplementedType,
  PyObject,
  PyProperty,
  PyRange,
  PySet,
  PySlice,
  PyStaticMethod,
  PySuper,
  PyTuple,
  PyType,
  type AttrDict,
  isAttrKey,
} from "./objects.js";
import { T, c3, defineAttrs, invalidateType, isSubtype, makeBuiltinType, newUserType, typeOf, EPOCH } from "./types.js";
import { bindArgs, callHooks, callv, call1, call2, getattr, genericGetattr, genericSetattr, typeSetattrPlain, delattr as delattrFn, type PyFunction } from "./call.js";
import { newException, raise, typeError, attributeError } from "./errors.js";
import { nativeFunction } from "./native.js";
import { identity, repr as reprOf, str as strOf } from "./ops.js";
import { dictSet, newDict, origKey } from "./keys.js";

// ---- the type objects ----

class PyTypeJs extends PyType {}

function boot(): void {
  // object and type refer to each other: make both, then wire them.
  const object = new PyType("object", [], newAttrDict(), PyInstance);
  const type = new PyType("type", [object], newAttrDict(), PyTypeJs as any);
  object.$mro = [object];
  type.$mro = [type, object];
  object.$cls = type;
  type.$cls = type;
  object.$subclasses.push(type);
  Object.defineProperty(PyType.prototype, "$cls", { value: type, writable: true, configurable: true });
  T.object = object;
  T.type = type;

  const mk = (name: string, base: PyType | PyType[], js: any, noDict = true) =>
    makeBuiltinType(name, Array.isArray(base) ? base : [base], js, { noDict });
  class IntJs extends PyObject {}
  class StrJs extends PyObject {}
  class BoolJs extends PyObject {}
  class FuncJs extends PyObject {}
  mk("int", object, IntJs);
  mk("bool", T.int, BoolJs);
  mk("float", object, PyFloat);
  mk("complex", object, PyComplex);
  mk("str", object, StrJs);
  // JS strings and booleans answer `.$cls` too, so the method-cache check generated code does
  // (`o.$cls === ic.t`) hits for `s.lower()` without a typeOf call.
  Object.defineProperty(String.prototype, "$cls", { value: T.str, writable: false, enumerable: false, configurable: true });
  Object.defineProperty(Boolean.prototype, "$cls", { value: T.bool, writable: false, enumerable: false, configurable: true });
  mk("list", object, PyList);
  mk("tuple", object, PyTuple);
  mk("dict", object, PyDict);
  mk("set", object, PySet);
  mk("frozenset", object, PyFrozenSet);
  mk("bytes", object, PyBytes);
  mk("bytearray", object, PyByteArray);
  mk("range", object, PyRange);
  mk("slice", object, PySlice);
  mk("NoneType", object, PyNoneType);
  mk("NotImplementedType", object, PyNotImplementedType);
  mk("ellipsis", object, PyEllipsisType);
  mk("function", object, FuncJs);
  mk("builtin_function_or_method", object, FuncJs);
  mk("method", object, PyMethod);
  mk("staticmethod", object, PyStaticMethod, false);
  mk("classmethod", object, PyClassMethod, false);
  mk("property", object, PyProperty);
  mk("getset_descriptor", object, PyGetSet);
  mk("module", object, PyModule, false);
  mk("super", object, PySuper);
  mk("iterator", object, PyIterator);

  // Exceptions
  const BaseException = mk("BaseException", object, PyBaseException, false);
  const exc = (name: string, base: PyType) => mk(name, base, PyBaseException, false);
  exc("SystemExit", BaseException);
  exc("KeyboardInterrupt", BaseException);
  exc("GeneratorExit", BaseException);
  const Exception = exc("Exception", BaseException);
  exc("StopIteration", Exception);
  exc("StopAsyncIteration", Exception);
  const ArithmeticError = exc("ArithmeticError", Exception);
  exc("FloatingPointError", ArithmeticError);
  exc("OverflowError", ArithmeticError);
  exc("ZeroDivisionError", ArithmeticError);
  exc("AssertionError", Exception);
  exc("AttributeError", Exception);
  exc("BufferError", Exception);
  exc("EOFError", Exception);
  const ImportError = exc("ImportError", Exception);
  exc("ModuleNotFoundError", ImportError);
  const LookupError = exc("LookupError", Exception);
  exc("IndexError", LookupError);
  exc("KeyError", LookupError);
  exc("MemoryError", Exception);
  const NameError = exc("NameError", Exception);
  exc("UnboundLocalError", NameError);
  const OSError = exc("OSError", Exception);
  T.EnvironmentError = OSError;
  T.IOError = OSError;
  exc("BlockingIOError", OSError);
  exc("ChildProcessError", OSError);
  const ConnectionError = exc("ConnectionError", OSError);
  exc("BrokenPipeError", ConnectionError);
  exc("ConnectionAbortedError", ConnectionError);
  exc("ConnectionRefusedError", ConnectionError);
  exc("ConnectionResetError", ConnectionError);
  exc("FileExistsError", OSError);
  exc("FileNotFoundError", OSError);
  exc("InterruptedError", OSError);
  exc("IsADirectoryError", OSError);
  exc("NotADirectoryError", OSError);
  exc("PermissionError", OSError);
  exc("ProcessLookupError", OSError);
  exc("TimeoutError", OSError);
  exc("ReferenceError", Exception);
  const RuntimeError = exc("RuntimeError", Exception);
  exc("NotImplementedError", RuntimeError);
  exc("RecursionError", RuntimeError);
  const SyntaxError = exc("SyntaxError", Exception);
  const IndentationError = exc("IndentationError", SyntaxError);
  exc("TabError", IndentationError);
  exc("SystemError", Exception);
  exc("TypeError", Exception);
  const ValueError = exc("ValueError", Exception);
  const UnicodeError = exc("UnicodeError", ValueError);
  exc("UnicodeDecodeError", UnicodeError);
  exc("UnicodeEncodeError", UnicodeError);
  exc("UnicodeTranslateError", UnicodeError);
  const Warning = exc("Warning", Exception);
  for (const w of ["DeprecationWarning", "PendingDeprecationWarning", "RuntimeWarning", "SyntaxWarning", "UserWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"]) {
    exc(w, Warning);
  }
}
boot();

// ---- object ----

/** Allocates an instance of class t without calling __init__. */
export function allocate(t: PyType): any {
  if (t.$js === PyInstance && t.$user) {
    // the common case, with a constructor V8 can inline
    const p: any = new PyInstance();
    p.$cls = t;
    p.$d = p;
    return p;
  }
  const o = new (t.$js as any)();
  o.$cls = t;
  // A plain object() has no __dict__ (setting an attribute on it is an AttributeError).
  if ((!t.$noDict || t.$user) && t !== T.object) o.$d = t.$js === PyInstance ? o : newAttrDict();
  return o;
}

const objectNew = nativeFunction("__new__", "cls, *args, **kwargs", (cls: any, args: PyTuple, kw: PyDict | null) => {
  if (!(cls instanceof PyType)) typeError(`object.__new__(X): X is not a type object (${typeOf(cls).$name})`);
  if ((args.a.length || (kw && kw.m.size)) && cls.$L.__init__ === objectInit && cls.$L.__new__ === objectNewStatic) {
    typeError(`${cls.$name}() takes no arguments`);
  }
  return allocate(cls);
});
const objectNewStatic = new PyStaticMethod(objectNew);
const objectInit = nativeFunction("__init__", "self, *args, **kwargs", (self: any, args: PyTuple, kw: PyDict | null) => {
  const t = typeOf(self);
  if ((args.a.length || (kw && kw.m.size)) && t.$L.__init__ === objectInit && t.$L.__new__ === objectNewStatic) {
    typeError(`${t.$name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return None;
});

export function defaultRepr(o: any): string {
  const t = typeOf(o);
  const mod = t.$module === "builtins" ? "" : t.$module + ".";
  return `<${mod}${t.$qualname} object at 0x${identity(o).toString(16).padStart(12, "0")}>`;
}

const objectDict: AttrDict = {
  __new__: objectNewStatic,
  __init__: objectInit,
  __repr__: nativeFunction("__repr__", "self", defaultRepr),
  __str__: nativeFunction("__str__", "self", (o: any) => reprOf(o)),
  __eq__: nativeFunction("__eq__", "self, other", (a: any, b: any) => (a === b ? true : NotImplemented)),
  __ne__: nativeFunction("__ne__", "self, other", (a: any, b: any) => {
    const f = typeOf(a).$L.__eq__;
    const r = call2(f, a, b);
    if (r === NotImplemented) return r;
    return !truthyLite(r);
  }),
  __hash__: nativeFunction("__hash__", "self", (o: any) => identity(o) >> 4),
  __getattribute__: nativeFunction("__getattribute__", "self, name, /", (o: any, n: any) => genericGetattr(o, checkName(n))),
  __setattr__: nativeFunction("__setattr__", "self, name, value, /", (o: any, n: any, v: any) => {
    genericSetattr(o, typeOf(o), checkName(n), v);
    return None;
  }),
  __delattr__: nativeFunction("__delattr__", "self, name, /", (o: any, n: any) => {
    const d = o.$d;
    const name = checkName(n);
    if (d === undefined || d[name] === undefined) attributeError(`'${typeOf(o).$name}' object has no attribute '${name}'`);
    delete d[name];
    return None;
  }),
  __format__: nativeFunction("__format__", "self, format_spec, /", (o: any, spec: any) => {
    if (spec !== "") typeError(`unsupported format string passed to ${typeOf(o).$name}.__format__`);
    return strOf(o);
  }),
  __init_subclass__: new PyClassMethod(nativeFunction("__init_subclass__", "cls", () => None)),
  __subclasshook__: new PyClassMethod(nativeFunction("__subclasshook__", "cls, *args", () => NotImplemented)),
  __class__: new PyGetSet(
    "__class__",
    (o) => typeOf(o),
    (o, v) => {
      if (!(v instanceof PyType)) typeError(`__class__ must be set to a class, not '${typeOf(v).$name}' object`);
      o.$cls = v;
    },
  ),
  __dict__: new PyGetSet("__dict__", (o) => instanceDictView(o)),
  __dir__: nativeFunction("__dir__", "self", (o: any) => {
    const names = new Set<string>();
    if (o.$d) for (const k in o.$d) if (isAttrKey(k)) names.add(k);
    for (const k in typeOf(o).$L) names.add(k);
    return new PyList([...names]);
  }),
  __reduce_ex__: nativeFunction("__reduce_ex__", "self, protocol", () => None),
  __sizeof__: nativeFunction("__sizeof__", "self", () => 16),
  __doc__: None,
};

function checkName(n: any): string {
  if (typeof n !== "string") typeError(`attribute name must be string, not '${typeOf(n).$name}'`);
  return n;
}

function truthyLite(r: any): boolean {
  return r === true || (r !== false && r !== None && r !== 0 && r !== "");
}

/**
 * `obj.__dict__`: a dict that reads and writes the instance's attributes. It is a PyDict whose
 * contents are synchronised from the attribute object when read; writes go through to it.
 */
export class AttrDictView extends PyDict {
  constructor(public target: AttrDict) {
    super();
    this.sync();
  }
  sync(): void {
    this.m.clear();
    for (const k of Object.keys(this.target)) this.m.set(k, this.target[k]);
  }
}

function instanceDictView(o: any): any {
  if (o instanceof PyType) return new MappingProxy(o);
  const t: any = typeOf(o);
  if (o.$d === undefined || (t.$slots !== undefined && !t.$slotsDict)) attributeError(`'${t.$name}' object has no attribute '__dict__'`);
  return new AttrDictView(o.$d);
}

/** type.__dict__: a read-only view of the class namespace. */
export class MappingProxy extends PyDict {
  constructor(public t: PyType) {
    super();
    for (const k in t.$dict) this.m.set(k, t.$dict[k]);
  }
}

defineAttrs(T.object, objectDict);

// ---- type ----

/** type(name, bases, dict) and class statements with metaclass `type` end up here. */
export function typeNew(meta: PyType, name: string, bases: PyType[], ns: AttrDict, kwNames: string[] | null = null, kwVals: any[] | null = null): PyType {
  if (bases.length === 0) bases = [T.object];
  for (const b of bases) {
    if (!(b instanceof PyType)) typeError(`bases must be types`);
    if ((b as any).$final) typeError(`type '${b.$name}' is not an acceptable base type`);
  }
  // implicit classmethods/staticmethods
  for (const k of ["__init_subclass__", "__class_getitem__"]) {
    const f = ns[k];
    if (typeof f === "function") ns[k] = new PyClassMethod(f);
  }
  if (typeof ns.__new__ === "function") ns.__new__ = new PyStaticMethod(ns.__new__);
  // A class that defines __eq__ but not __hash__ is unhashable.
  if (ns.__eq__ !== undefined && ns.__hash__ === undefined) ns.__hash__ = None;
  // __qualname__ lives on the type object, not in its namespace: take it out before the
  // attribute table is built, or the table would keep a stale copy.
  const qualname = typeof ns.__qualname__ === "string" ? ns.__qualname__ : name;
  delete ns.__qualname__;
  if (ns.__doc__ === undefined) ns.__doc__ = None;
  const t = newUserType(meta, name, bases, ns);
  if (t === null) {
    typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${bases.map((b) => b.$name).join(", ")}`);
  }
  t.$qualname = qualname;
  t.$module = typeof ns.__module__ === "string" ? ns.__module__ : "__main__";
  const slots = ns.__slots__;
  if (slots !== undefined) {
    const names = typeof slots === "string" ? [slots] : toArrayLite(slots);
    const set = new Set<string>(names);
    for (const b of t.$mro) if ((b as any).$slots) for (const s of (b as any).$slots) set.add(s);
    (t as any).$slots = set;
    (t as any).$slotsDict = set.has("__dict__") || t.$mro.some((b) => b.$user && b !== t && !(b as any).$slots);
    invalidateType(t);
  }
  // __set_name__
  for (const k in ns) {
    const v = ns[k];
    if (v instanceof PyObject && v.$cls.$user) {
      const sn = v.$cls.$L.__set_name__;
      if (sn !== undefined) callv(sn, [v, t, k]);
    }
  }
  // super().__init_subclass__(**kwargs)
  const mro = t.$mro;
  for (let i = 1; i < mro.length; i++) {
    const d = mro[i].$dict;
    if ("__init_subclass__" in d) {
      const f = d.__init_subclass__;
      const fn = f instanceof PyClassMethod ? f.f : f;
      callv(fn, [t], kwNames, kwVals);
      break;
    }
  }
  return t;
}

function toArrayLite(x: any): any[] {
  if (x instanceof PyList || x instanceof PyTuple) return x.a;
  if (x instanceof PyDict) return [...x.m.keys()];
  return [];
}

/** Calls a class: metaclass __call__ → __new__ → __init__. */
function callType(t: PyType, args: any[], kwn: string[] | null, kwv: any[] | null): any {
  if (t === T.type && args.length === 1 && kwn === null) return typeOf(args[0]);
  const meta = t.$cls;
  if (meta !== T.type && meta.$user) {
    const c = meta.$L.__call__;
    if (c !== typeCall) return callv(c, [t, ...args], kwn, kwv);
  }
  return typeCallImpl(t, args, kwn, kwv);
}

function typeCallImpl(t: PyType, args: any[], kwn: string[] | null, kwv: any[] | null): any {
  const nw = t.$L.__new__;
  let obj: any;
  if (nw === objectNewStatic) {
    const init = t.$L.__init__;
    if (init === objectInit) {
      if (args.length || kwn !== null) typeError(`${t.$name}() takes no arguments`);
      return allocate(t);
    }
    obj = allocate(t);
    const r = typeof init === "function" && kwn === null && init.$np > args.length && init.$nr <= args.length + 1
      ? init(obj, ...args)
      : callv(init, [obj, ...args], kwn, kwv);
    if (r !== None && r !== undefined) typeError(`__init__() should return None, not '${typeOf(r).$name}'`);
    return obj;
  }
  const nf = nw instanceof PyStaticMethod ? nw.f : nw;
  obj = callv(nf, [t, ...args], kwn, kwv);
  if (!isSubtype(typeOf(obj), t)) return obj;
  const init = typeOf(obj).$L.__init__;
  if (init !== objectInit && init !== undefined) {
    const r = callv(init, [obj, ...args], kwn, kwv);
    if (r !== None && r !== undefined) typeError(`__init__() should return None, not '${typeOf(r).$name}'`);
  }
  return obj;
}
callHooks.callType = callType;
callHooks.alloc = allocate;
callHooks.badInit = (r: any) => typeError(`__init__() should return None, not '${typeOf(r).$name}'`);
/** Cached per class and epoch: the `__init__` to run when `C(...)` needs no __new__ or metaclass call. */
callHooks.initOf = (t: PyType): any => {
  const c = (t as any).$fi;
  if (c !== undefined && c.e === EPOCH) return c.init;
  let init: any = null;
  const meta = t.$cls;
  const plainMeta = meta === T.type || !meta.$user || meta.$L.__call__ === typeCall;
  if (plainMeta && t.$L.__new__ === objectNewStatic) {
    const i = t.$L.__init__;
    if (typeof i === "function" && i !== objectInit) init = i;
  }
  (t as any).$fi = { e: EPOCH, init };
  return init;
};

const typeCall = nativeFunction("__call__", "self, *args, **kwargs", (self: PyType, args: PyTuple, kw: PyDict | null) => {
  const [n, v] = kwPairs(kw);
  return typeCallImpl(self, args.a, n, v);
});

export function kwPairs(kw: PyDict | null): [string[] | null, any[] | null] {
  if (kw === null || kw.m.size === 0) return [null, null];
  const n: string[] = [];
  const v: any[] = [];
  for (const [k, val] of kw.m) {
    n.push(origKey(kw, k));
    v.push(val);
  }
  return [n, v];
}

function typeRepr(t: PyType): string {
  const mod = t.$module === "builtins" ? "" : t.$module + ".";
  return `<class '${mod}${t.$qualname}'>`;
}

defineAttrs(T.type, {
  __call__: typeCall,
  __new__: new PyStaticMethod(
    nativeFunction("__new__", "mcs, *args, **kwargs", (mcs: PyType, args: PyTuple, kw: PyDict | null) => {
      const a = args.a;
      if (a.length === 1 && mcs === T.type) return typeOf(a[0]);
      if (a.length !== 3) typeError("type() takes 1 or 3 arguments");
      const [name, bases, dict] = a;
      if (typeof name !== "string") typeError(`type.__new__() argument 1 must be str, not ${typeOf(name).$name}`);
      if (!(bases instanceof PyTuple)) typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).$name}`);
      if (!(dict instanceof PyDict)) typeError(`type.__new__() argument 3 must be dict, not ${typeOf(dict).$name}`);
      const ns = newAttrDict();
      for (const [k, v] of dict.m) ns[origKey(dict, k)] = v;
      const [n, v] = kwPairs(kw);
      return typeNew(mcs, name, bases.a, ns, n, v);
    }),
  ),
  __init__: nativeFunction("__init__", "self, *args, **kwargs", () => None),
  __repr__: nativeFunction("__repr__", "self", typeRepr),
  __name__: new PyGetSet("__name__", (t: PyType) => t.$name, (t: PyType, v: any) => (t.$name = v)),
  __qualname__: new PyGetSet("__qualname__", (t: PyType) => t.$qualname, (t: PyType, v: any) => (t.$qualname = v)),
  __module__: new PyGetSet("__module__", (t: PyType) => t.$module, (t: PyType, v: any) => (t.$module = v)),
  __bases__: new PyGetSet("__bases__", (t: PyType) => new PyTuple(t.$bases.slice())),
  __base__: new PyGetSet("__base__", (t: PyType) => t.$bases[0] ?? None),
  __mro__: new PyGetSet("__mro__", (t: PyType) => new PyTuple(t.$mro.slice())),
  __dict__: new PyGetSet("__dict__", (t: PyType) => new MappingProxy(t)),
  __doc__: new PyGetSet("__doc__", (t: PyType) => (t.$dict.__doc__ !== undefined ? t.$dict.__doc__ : None)),
  mro: nativeFunction("mro", "self", (t: PyType) => new PyList(t.$mro.slice())),
  __subclasses__: nativeFunction("__subclasses__", "self", (t: PyType) => new PyList(t.$subclasses.slice())),
  __instancecheck__: nativeFunction("__instancecheck__", "self, instance", (t: PyType, o: any) => isSubtype(typeOf(o), t)),
  __subclasscheck__: nativeFunction("__subclasscheck__", "self, sub", (t: PyType, s: any) => s instanceof PyType && isSubtype(s, t)),
  __or__: nativeFunction("__or__", "self, other", (a: any, b: any) => new PyTuple([a, b])),
  __ror__: nativeFunction("__ror__", "self, other", (a: any, b: any) => new PyTuple([b, a])),
  __prepare__: new PyClassMethod(nativeFunction("__prepare__", "mcs, *args, **kwargs", () => newDict())),
});
// type.__setattr__/__delattr__ work on classes (so a metaclass can delegate to them).
T.type.$dict.__setattr__ = nativeFunction("__setattr__", "self, name, value, /", (o: any, n: any, v: any) => {
  if (o instanceof PyType) typeSetattrPlain(o, checkName(n), v);
  else genericSetattr(o, typeOf(o), checkName(n), v);
  return None;
});
T.type.$dict.__delattr__ = nativeFunction("__delattr__", "self, name, /", (o: any, n: any) => {
  const name = checkName(n);
  if (!(o instanceof PyType)) return call2(T.object.$dict.__delattr__, o, name);
  if (!o.$user) typeError(`cannot delete '${name}' attribute of immutable type '${o.$name}'`);
  if (!Object.prototype.hasOwnProperty.call(o.$dict, name)) attributeError(`type object '${o.$name}' has no attribute '${name}'`);
  delete o.$dict[name];
  invalidateType(o);
  return None;
});
invalidateType(T.type);

/**
 * The `class` statement. `body(ns)` runs the class body, filling the namespace object.
 */
export function buildClass(
  body: (ns: AttrDict) => void,
  name: string,
  bases: any[],
  kwNames: string[] | null,
  kwVals: any[] | null,
  qualname: string,
  module: string,
): any {
  let meta: any = null;
  let restN: string[] | null = null;
  let restV: any[] | null = null;
  if (kwNames !== null) {
    for (let i = 0; i < kwNames.length; i++) {
      if (kwNames[i] === "metaclass") meta = kwVals![i];
      else {
        (restN ??= []).push(kwNames[i]);
        (restV ??= []).push(kwVals![i]);
      }
    }
  }
  const resolvedBases: any[] = [];
  for (const b of bases) {
    if (!(b instanceof PyType)) {
      const me = b instanceof PyObject ? typeOf(b).$L.__mro_entries__ : undefined;
      if (me !== undefined) {
        const r = callv(me, [b, new PyTuple(bases)]);
        resolvedBases.push(...(r as PyTuple).a);
        continue;
      }
      typeError(`bases must be types`);
    }
    resolvedBases.push(b);
  }
  if (meta === null) {
    meta = T.type;
    for (const b of resolvedBases) {
      const bm = typeOf(b);
      if (isSubtype(bm, meta)) meta = bm;
      else if (!isSubtype(meta, bm)) typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    }
  }
  const ns = newAttrDict();
  ns.__module__ = module;
  ns.__qualname__ = qualname;
  body(ns);
  if (meta === T.type) return typeNew(T.type, name, resolvedBases, ns, restN, restV);
  const d = newDict();
  for (const k in ns) dictSet(d, k, ns[k]);
  return callv(meta, [name, new PyTuple(resolvedBases), d], restN, restV);
}

export { objectInit, objectNew, objectNewStatic, typeCall, Ellipsis, None, NotImplemented, invalidateType, c3, getattr, delattrFn, bindArgs, call1, newException, raise };
export type { PyFunction };

// Default str/repr of exceptions (runtime/methods/exceptions.ts refines them).
defineAttrs(T.BaseException, {
  __str__: nativeFunction("__str__", "self", (e: PyBaseException) => {
    const a = e.args.a;
    return a.length === 0 ? "" : a.length === 1 ? strOf(a[0]) : reprOf(e.args);
  }),
  __repr__: nativeFunction("__repr__", "self", (e: PyBaseException) => {
    const a = e.args.a;
    return `${typeOf(e).$name}(${a.map((x) => reprOf(x)).join(", ")})`;
  }),
});
