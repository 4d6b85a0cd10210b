/**
 * function / builtin_function_or_method / method / staticmethod / classmethod / property.
 */
import { frameHooks } from "../support.js";
import { None, NotImplemented, PyClassMethod, PyDict, PyMethod, PyObject, PyProperty, PyStaticMethod, PyTuple, PyType, newAttrDict } from "../objects.js";
import { T, typeOf, isSubtype } from "../types.js";
import { attributeError, typeError } from "../errors.js";
import { call1, call2, callv, getattrOpt, type PyFunction } from "../call.js";
import { eqB, hash, identity, repr } from "../ops.js";
import { dictSet, origKey } from "../keys.js";
import { kwPairs, AttrDictView, allocate } from "../bootstrap.js";
import { defMethods, getset, staticMethod, strOf, tname } from "./common.js";
import { makeBuiltinType } from "../types.js";

/** A closure cell (only its type and repr are observable here). */
class PyCell extends PyObject {}
/** A minimal code object: the names and counts that introspecting programs read. */
class PyCode extends PyObject {
  constructor(public f: any) {
    super();
  }
}
makeBuiltinType("cell", [T.object], PyCell);
makeBuiltinType("code", [T.object], PyCode);

function codeOf(f: any): PyCode {
  if (f.$code === undefined) Object.defineProperty(f, "$code", { value: new PyCode(f), enumerable: false });
  return f.$code;
}

const addr = (o: any) => "0x" + identity(o).toString(16).padStart(12, "0");

function fnDict(f: any): any {
  if (f.$d === undefined) {
    f.$d = newAttrDict();
    // Anything with a `$d` has a `$cls`: generated code reads it on the attribute fast path.
    if (f.$cls === undefined) f.$cls = typeOf(f);
  }
  return f.$d;
}

function sigOf(f: any): any {
  return f.$sig ?? { name: "?", qualname: "?", args: [], kwonly: [] };
}

function callWith(self: any, args: PyTuple, kw: PyDict | null): any {
  const [n, v] = kwPairs(kw);
  return callv(self, args.a, n, v);
}

function functionRepr(f: any): string {
  const sig = sigOf(f);
  if (sig.native) return `<built-in function ${sig.name}>`;
  return `<function ${sig.qualname} at ${addr(f)}>`;
}

function defaultsTuple(f: PyFunction): any {
  if (sigOf(f).native) return None;
  const df = f.$df;
  return df && df.length ? new PyTuple(df.slice()) : None;
}

function kwdefaultsDict(f: PyFunction): any {
  const kd = f.$kwdf;
  if (!kd || sigOf(f).native) return None;
  const d = new PyDict();
  let any = false;
  for (const k in kd) if (kd[k] !== undefined) {
    dictSet(d, k, kd[k]);
    any = true;
  }
  return any ? d : None;
}

const functionAttrs = {
  __repr__: ["self, /", functionRepr] as [string, any],
  __call__: ["self, /, *args, **kwargs", callWith] as [string, any],
  __get__: ["self, instance, owner=None, /", (f: any, inst: any) => (inst === None ? f : new PyMethod(f, inst))] as [string, any],
  __name__: getset("__name__", (f: any) => sigOf(f).name, (f: any, v: any) => {
    if (strOf(v) === undefined) typeError("__name__ must be set to a string object");
    f.$sig = { ...sigOf(f), name: v };
  }),
  __qualname__: getset("__qualname__", (f: any) => sigOf(f).qualname, (f: any, v: any) => {
    if (strOf(v) === undefined) typeError("__qualname__ must be set to a string object");
    f.$sig = { ...sigOf(f), qualname: v };
  }),
  __doc__: getset("__doc__", (f: any) => {
    const d = f.$d;
    if (d && d.__doc__ !== undefined) return d.__doc__;
    const doc = sigOf(f).doc;
    return doc === undefined ? None : doc;
  }, (f: any, v: any) => {
    fnDict(f).__doc__ = v;
  }),
  __module__: getset("__module__", (f: any) => {
    const d = f.$d;
    if (d && d.__module__ !== undefined) return d.__module__;
    const s = sigOf(f);
    return s.module ?? (s.native ? "builtins" : "__main__");
  }, (f: any, v: any) => {
    fnDict(f).__module__ = v;
  }),
  __defaults__: getset("__defaults__", defaultsTuple, (f: any, v: any) => {
    f.$df = v === None ? [] : (v as PyTuple).a.slice();
  }),
  __kwdefaults__: getset("__kwdefaults__", kwdefaultsDict, (f: any, v: any) => {
    if (v === None) f.$kwdf = null;
    else {
      const kd = Object.create(null);
      for (const [k, val] of (v as PyDict).m) kd[origKey(v, k)] = val;
      f.$kwdf = kd;
    }
  }),
  __dict__: getset("__dict__", (f: any) => new AttrDictView(fnDict(f))),
  __closure__: getset("__closure__", (f: any) => {
    const fv = sigOf(f).freevars;
    return fv && fv.length ? new PyTuple(fv.map(() => new PyCell())) : None;
  }),
  __code__: getset("__code__", (f: any) => codeOf(f)),
  __globals__: getset("__globals__", (f: any) => (f.$globals ? frameHooks.nsView(f.$globals) : None)),
  __annotations__: getset("__annotations__", (f: any) => {
    const d = fnDict(f);
    if (d.__annotations__ === undefined && f.$ann !== undefined) d.__annotations__ = typeof f.$ann === "function" ? f.$ann() : f.$ann;
    if (d.__annotations__ === undefined) d.__annotations__ = new PyDict();
    return d.__annotations__;
  }, (f: any, v: any) => {
    fnDict(f).__annotations__ = v;
  }),
};

defMethods(T.function, functionAttrs);
defMethods(T.builtin_function_or_method, {
  ...functionAttrs,
  __self__: getset("__self__", () => None),
});

// ---- bound methods ----

function methodRepr(m: PyMethod): string {
  const f = m.f;
  const sig = typeof f === "function" ? sigOf(f) : null;
  if (sig && sig.native) {
    const self = m.self;
    if (self instanceof PyType) return `<built-in method ${sig.name} of type object at ${addr(self)}>`;
    return `<built-in method ${sig.name} of ${tname(self)} object at ${addr(self)}>`;
  }
  const name = sig ? sig.qualname : String(getattrOpt(f, "__qualname__") ?? "?");
  return `<bound method ${name} of ${repr(m.self)}>`;
}

defMethods(T.method, {
  __repr__: ["self, /", methodRepr],
  __call__: ["self, /, *args, **kwargs", callWith],
  __get__: ["self, instance, owner=None, /", (m: PyMethod) => m],
  __func__: getset("__func__", (m: PyMethod) => m.f),
  __self__: getset("__self__", (m: PyMethod) => m.self),
  __name__: getset("__name__", (m: PyMethod) => (typeof m.f === "function" ? sigOf(m.f).name : getattrOpt(m.f, "__name__"))),
  __qualname__: getset("__qualname__", (m: PyMethod) => (typeof m.f === "function" ? sigOf(m.f).qualname : getattrOpt(m.f, "__qualname__"))),
  __doc__: getset("__doc__", (m: PyMethod) => getattrOpt(m.f, "__doc__") ?? None),
  __module__: getset("__module__", (m: PyMethod) => getattrOpt(m.f, "__module__") ?? None),
  __eq__: ["self, other, /", (a: PyMethod, b: any) => {
    if (!(b instanceof PyMethod)) return NotImplemented;
    return a.self === b.self && (a.f === b.f || eqB(a.f, b.f));
  }],
  __ne__: ["self, other, /", (a: PyMethod, b: any) => {
    if (!(b instanceof PyMethod)) return NotImplemented;
    return !(a.self === b.self && (a.f === b.f || eqB(a.f, b.f)));
  }],
  __hash__: ["self, /", (m: PyMethod) => (identity(m.self) >> 4) ^ hash(m.f)],
  __getattr__: ["self, name, /", (m: PyMethod, name: any) => {
    // attributes of the underlying function (e.g. __wrapped__, user attributes)
    const f = m.f;
    const d = f?.$d;
    if (d && d[name] !== undefined) return d[name];
    attributeError(`'method' object has no attribute '${name}'`, name, m);
  }],
});

// ---- staticmethod / classmethod ----

function wrappedAttrs(get: (o: any) => any) {
  return {
    __func__: getset("__func__", (o: any) => get(o)),
    __wrapped__: getset("__wrapped__", (o: any) => get(o)),
    __isabstractmethod__: getset("__isabstractmethod__", (o: any) => {
      const v = getattrOpt(get(o), "__isabstractmethod__");
      return v === undefined ? false : v;
    }),
    __name__: getset("__name__", (o: any) => getattrOpt(get(o), "__name__") ?? None),
    __qualname__: getset("__qualname__", (o: any) => getattrOpt(get(o), "__qualname__") ?? None),
    __doc__: getset("__doc__", (o: any) => getattrOpt(get(o), "__doc__") ?? None),
  };
}

defMethods(T.staticmethod, {
  __init__: ["self, function, /", (s: PyStaticMethod, f: any) => {
    s.f = f;
    return None;
  }],
  __get__: ["self, instance, owner=None, /", (s: PyStaticMethod) => s.f],
  __call__: ["self, /, *args, **kwargs", (s: PyStaticMethod, args: PyTuple, kw: PyDict | null) => callWith(s.f, args, kw)],
  __repr__: ["self, /", (s: PyStaticMethod) => `<staticmethod(${repr(s.f)})>`],
  ...wrappedAttrs((s: PyStaticMethod) => s.f),
});

defMethods(T.classmethod, {
  __init__: ["self, function, /", (s: PyClassMethod, f: any) => {
    s.f = f;
    return None;
  }],
  __get__: ["self, instance, owner=None, /", (s: PyClassMethod, inst: any, owner: any) => {
    const t = owner === undefined || owner === None ? typeOf(inst) : owner;
    return new PyMethod(s.f, t);
  }],
  __repr__: ["self, /", (s: PyClassMethod) => `<classmethod(${repr(s.f)})>`],
  ...wrappedAttrs((s: PyClassMethod) => s.f),
});

// ---- property ----

function propCopy(p: PyProperty, fget: any, fset: any, fdel: any): any {
  const t = typeOf(p);
  const doc = (p as any).$docFromGetter ? None : p.doc;
  if (t === T.property) {
    const np = new PyProperty(fget, fset, fdel, doc);
    initDoc(np, doc);
    (np as any).$name = (p as any).$name;
    return np;
  }
  return callv(t, [fget, fset, fdel, doc]);
}

function initDoc(p: PyProperty, doc: any): void {
  if ((doc === None || doc === undefined) && p.fget !== None) {
    const d = getattrOpt(p.fget, "__doc__");
    if (d !== undefined && d !== None) {
      p.doc = d;
      (p as any).$docFromGetter = true;
      return;
    }
  }
  p.doc = doc ?? None;
  (p as any).$docFromGetter = false;
}

function propName(p: PyProperty): string | undefined {
  if ((p as any).$name) return (p as any).$name;
  const g = p.fget;
  if (typeof g === "function" && g.$sig) return g.$sig.name;
  return undefined;
}

defMethods(T.property, {
  __init__: ["self, fget=None, fset=None, fdel=None, doc=None", (p: PyProperty, fget: any, fset: any, fdel: any, doc: any) => {
    p.fget = fget ?? None;
    p.fset = fset ?? None;
    p.fdel = fdel ?? None;
    initDoc(p, doc);
    return None;
  }],
  __get__: ["self, instance, owner=None, /", (p: PyProperty, inst: any) => {
    if (inst === None) return p;
    if (p.fget === None) {
      const n = propName(p);
      attributeError(n ? `property '${n}' of '${tname(inst)}' object has no getter` : `property of '${tname(inst)}' object has no getter`);
    }
    return call1(p.fget, inst);
  }],
  __set__: ["self, instance, value, /", (p: PyProperty, inst: any, v: any) => {
    if (p.fset === None) {
      const n = propName(p);
      attributeError(n ? `property '${n}' of '${tname(inst)}' object has no setter` : `can't set attribute`);
    }
    call2(p.fset, inst, v);
    return None;
  }],
  __delete__: ["self, instance, /", (p: PyProperty, inst: any) => {
    if (p.fdel === None) {
      const n = propName(p);
      attributeError(n ? `property '${n}' of '${tname(inst)}' object has no deleter` : `can't delete attribute`);
    }
    call1(p.fdel, inst);
    return None;
  }],
  __set_name__: ["self, owner, name, /", (p: PyProperty, _o: any, name: any) => {
    (p as any).$name = name;
    return None;
  }],
  getter: ["self, fget, /", (p: PyProperty, f: any) => propCopy(p, f, p.fset, p.fdel)],
  setter: ["self, fset, /", (p: PyProperty, f: any) => propCopy(p, p.fget, f, p.fdel)],
  deleter: ["self, fdel, /", (p: PyProperty, f: any) => propCopy(p, p.fget, p.fset, f)],
  fget: getset("fget", (p: PyProperty) => p.fget),
  fset: getset("fset", (p: PyProperty) => p.fset),
  fdel: getset("fdel", (p: PyProperty) => p.fdel),
  __doc__: getset("__doc__", (p: PyProperty) => p.doc ?? None, (p: PyProperty, v: any) => {
    p.doc = v;
  }),
  __isabstractmethod__: getset("__isabstractmethod__", (p: PyProperty) => {
    for (const f of [p.fget, p.fset, p.fdel]) {
      const v = f === None ? undefined : getattrOpt(f, "__isabstractmethod__");
      if (v === true) return true;
    }
    return false;
  }),
});

defMethods(T.cell, {
  __repr__: ["self, /", (c: any) => `<cell at ${addr(c)}: empty>`],
});
defMethods(T.code, {
  co_name: getset("co_name", (c: PyCode) => sigOf(c.f).name),
  co_qualname: getset("co_qualname", (c: PyCode) => sigOf(c.f).qualname),
  co_argcount: getset("co_argcount", (c: PyCode) => sigOf(c.f).args.length),
  co_posonlyargcount: getset("co_posonlyargcount", (c: PyCode) => sigOf(c.f).posonly ?? 0),
  co_kwonlyargcount: getset("co_kwonlyargcount", (c: PyCode) => sigOf(c.f).kwonly.length),
  co_varnames: getset("co_varnames", (c: PyCode) => {
    const s = sigOf(c.f);
    const names = [...s.args];
    if (s.vararg) names.push(s.vararg);
    names.push(...s.kwonly);
    if (s.kwarg) names.push(s.kwarg);
    return new PyTuple(names);
  }),
  co_flags: getset("co_flags", (c: PyCode) => {
    const s = sigOf(c.f);
    let fl = 3;
    if (s.vararg) fl |= 4;
    if (s.kwarg) fl |= 8;
    if ((s.flags ?? 0) & 1) fl |= 0x20;
    if ((s.flags ?? 0) & 2) fl |= 0x80;
    return fl;
  }),
  co_filename: getset("co_filename", (c: PyCode) => c.f.$file ?? "<unknown>"),
  co_freevars: getset("co_freevars", (c: PyCode) => new PyTuple((sigOf(c.f).freevars ?? []).slice())),
  __repr__: ["self, /", (c: PyCode) => `<code object ${sigOf(c.f).name} at ${addr(c)}, file "${c.f.$file ?? "<unknown>"}", line 1>`],
});

export { allocate, isSubtype, staticMethod, PyObject };
