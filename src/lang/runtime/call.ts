/**
 * Calling Python callables and reading/writing attributes.
 *
 * Fast paths: a Python function with only plain positional parameters has `$np` and is called
 * directly; `obj.m(a)` finds `m` on the type and calls `m(obj, a)` without a bound method.
 */
import {
  None,
  PyClassMethod,
  PyDict,
  PyGetSet,
  PyInstance,
  PyMethod,
  PyObject,
  PyProperty,
  PyStaticMethod,
  PyTuple,
  PyType,
  PySuper,
  newAttrDict,
} from "./objects.js";
import { T, typeOf, isSubtype, invalidateType, descriptorHooks, EPOCH, bumpEpoch } from "./types.js";
import { attributeError, raise, typeError } from "./errors.js";
import { dictSet, newDict, dictKeys, origKey } from "./keys.js";

/** Static description of a function's parameters (shared by every function made from one `def`). */
export interface PySig {
  name: string;
  qualname: string;
  module?: string;
  /** Positional(-or-keyword) parameter names, positional-only ones first. */
  args: string[];
  posonly: number;
  vararg: string | null;
  kwonly: string[];
  kwarg: string | null;
  native?: boolean;
  doc?: any;
  /** For generated functions: is it a generator / coroutine (for inspect and repr). */
  flags?: number;
}

/** A callable JS function as the runtime sees it. */
export interface PyFunction extends Function {
  $sig: PySig;
  /** Plain positional parameter count, when the signature has nothing else. */
  $np?: number;
  /** Required positional count a direct call must meet (0 for compiled functions: their prologue checks). */
  $nr?: number;
  /** Defaults for the last `$df.length` positional parameters. */
  $df: any[];
  /** Defaults of keyword-only parameters by name. */
  $kwdf: Record<string, any> | null;
  $d?: Record<string, any>;
  $cls?: PyType;
}

function fnName(f: any): string {
  if (typeof f === "function" && f.$sig) return f.$sig.qualname ?? f.$sig.name;
  if (f instanceof PyType) return f.$name;
  return typeOf(f).$name;
}

/**
 * Binds positional args and keywords to the JS parameter list of `f` (positional params,
 * *args tuple, keyword-only params, **kwargs dict), raising CPython's TypeErrors.
 */
export function bindArgs(f: PyFunction, args: any[], kwNames: string[] | null, kwVals: any[] | null): any[] {
  const sig = f.$sig;
  const np = sig.args.length;
  let nargs = args.length;
  if (kwNames === null && sig.vararg !== null && nargs >= np) {
    // f(a, *rest) called positionally: the common shape of builtins like max(*args) and of wrappers.
    const out = args.slice(0, np);
    out.push(new PyTuple(args.slice(np)));
    const kd = f.$kwdf;
    let ok = true;
    for (const k of sig.kwonly) {
      if (kd !== null && kd !== undefined && k in kd) out.push(kd[k]);
      else ok = false;
    }
    if (ok) {
      if (sig.kwarg !== null) out.push(newDict());
      return out;
    }
  }
  const out: any[] = new Array(np);
  // CPython names methods with their class here ("P.m() missing 1 required positional argument").
  const name = sig.qualname ?? sig.name;
  if (nargs > np && sig.vararg === null) {
    const ndf = f.$df ? f.$df.length : 0;
    const req = np - ndf;
    const nkw = kwNames ? kwNames.filter((k) => sig.kwonly.includes(k)).length : 0;
    const takes = ndf ? `from ${req} to ${np}` : `${np}`;
    const kwpart = nkw ? ` positional argument${nargs === 1 ? "" : "s"} (and ${nkw} keyword-only argument${nkw === 1 ? "" : "s"})` : "";
    typeError(
      `${name}() takes ${takes} positional argument${np === 1 && !ndf ? "" : "s"} but ${nargs}${kwpart ? kwpart : ""} ${nargs === 1 && !kwpart ? "was" : "were"} given`,
    );
  }
  const npos = Math.min(nargs, np);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  let kwargsDict: PyDict | null = sig.kwarg !== null ? newDict() : null;
  const kwOnlyVals: any[] = new Array(sig.kwonly.length);
  if (kwNames !== null) {
    for (let j = 0; j < kwNames.length; j++) {
      const k = kwNames[j];
      const v = kwVals![j];
      let i = sig.args.indexOf(k);
      if (i >= sig.posonly) {
        if (out[i] !== undefined) typeError(`${name}() got multiple values for argument '${k}'`);
        out[i] = v;
        continue;
      }
      const ki = sig.kwonly.indexOf(k);
      if (ki >= 0) {
        kwOnlyVals[ki] = v;
        continue;
      }
      if (kwargsDict !== null) {
        dictSet(kwargsDict, k, v);
        continue;
      }
      if (i >= 0 && i < sig.posonly) {
        typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${k}'`);
      }
      typeError(`${name}() got an unexpected keyword argument '${k}'`);
    }
  }
  // defaults and missing
  const df = f.$df;
  const ndf = df ? df.length : 0;
  let missing: string[] | null = null;
  for (let i = 0; i < np; i++) {
    if (out[i] === undefined) {
      const di = i - (np - ndf);
      if (di >= 0) out[i] = df[di];
      else (missing ??= []).push(sig.args[i]);
    }
  }
  if (missing !== null) {
    typeError(`${name}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${quoteList(missing)}`);
  }
  if (sig.vararg !== null) out.push(new PyTuple(nargs > np ? args.slice(np) : []));
  if (sig.kwonly.length) {
    let kmissing: string[] | null = null;
    for (let i = 0; i < sig.kwonly.length; i++) {
      if (kwOnlyVals[i] === undefined) {
        const kd = f.$kwdf;
        if (kd !== null && kd !== undefined && sig.kwonly[i] in kd) kwOnlyVals[i] = kd[sig.kwonly[i]];
        else (kmissing ??= []).push(sig.kwonly[i]);
      }
      out.push(kwOnlyVals[i]);
    }
    if (kmissing !== null) {
      typeError(`${name}() missing ${kmissing.length} required keyword-only argument${kmissing.length === 1 ? "" : "s"}: ${quoteList(kmissing)}`);
    }
  }
  if (sig.kwarg !== null) out.push(kwargsDict);
  return out;
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
}

/** Reports a call to a simple function with too few arguments (called from the function's prologue). */
export function argMissing(f: PyFunction, got: number): never {
  const args: any[] = [];
  for (let i = 0; i < got; i++) args.push(None);
  bindArgs(f, args, null, null);
  throw new Error("unreachable");
}

/** Hooks the type machinery installs (type.__call__ and friends live in builtinTypes.ts). */
export const callHooks = {
  callType: (_t: PyType, _args: any[], _kwn: string[] | null, _kwv: any[] | null): any => None,
  /** The plain `__init__` to call after allocating, when instantiating `t` needs nothing else. */
  initOf: (_t: PyType): any => null,
  alloc: (_t: PyType): any => None,
  badInit: (_r: any): void => {},
  superNew: (_cls: any, _self: any): any => None,
};

/** `C(a, b)`: allocate and run `__init__` without building argument arrays, when the class allows. */
function instantiate(t: PyType, args: any[]): any {
  const init = callHooks.initOf(t);
  if (init === null) return callHooks.callType(t, args, null, null);
  const o = callHooks.alloc(t);
  const n = args.length + 1;
  let r: any;
  if (init.$np >= n && init.$nr <= n) {
    switch (args.length) {
      case 0:
        r = init(o);
        break;
      case 1:
        r = init(o, args[0]);
        break;
      case 2:
        r = init(o, args[0], args[1]);
        break;
      case 3:
        r = init(o, args[0], args[1], args[2]);
        break;
      default:
        r = init(o, ...args);
    }
  } else r = callv(init, [o, ...args]);
  if (r !== None && r !== undefined) callHooks.badInit(r);
  return o;
}

/** The general call: f(*args, **kw) with keyword names and values as parallel arrays. */
export function callv(f: any, args: any[], kwNames: string[] | null = null, kwVals: any[] | null = null): any {
  if (typeof f === "function") {
    if (kwNames === null && args.length <= f.$np && args.length >= f.$nr) return f(...args);
    if (f.$sig === undefined) return f(...args);
    if (kwNames === null && f.$vf !== undefined) return f.$vf(args);
    return f(...bindArgs(f, args, kwNames, kwVals));
  }
  if (f instanceof PyMethod) {
    const fn = f.f;
    if (typeof fn === "function" && kwNames === null && args.length < fn.$np && args.length + 1 >= fn.$nr) {
      return fn(f.self, ...args);
    }
    return callv(fn, [f.self, ...args], kwNames, kwVals);
  }
  if (f instanceof PyType) return kwNames === null ? instantiate(f, args) : callHooks.callType(f, args, kwNames, kwVals);
  if (f instanceof PyObject) {
    const c = typeOf(f).$L.__call__;
    if (c !== undefined) return callv(c, [f, ...args], kwNames, kwVals);
  }
  typeError(`'${typeOf(f).$name}' object is not callable`);
}

export function call0(f: any): any {
  if (typeof f === "function" && f.$np >= 0 && f.$nr === 0) return f();
  if (f instanceof PyType) {
    const init = plainInit(f, 1);
    if (init !== null) {
      const o = callHooks.alloc(f);
      return initialized(init(o), o);
    }
  }
  return callv(f, []);
}
export function call1(f: any, a: any): any {
  if (typeof f === "function" && f.$np >= 1 && f.$nr <= 1) return f(a);
  if (f instanceof PyType) {
    const init = plainInit(f, 2);
    if (init !== null) {
      const o = callHooks.alloc(f);
      return initialized(init(o, a), o);
    }
  }
  return callv(f, [a]);
}
export function call2(f: any, a: any, b: any): any {
  if (typeof f === "function") {
    if (f.$np >= 2 && f.$nr <= 2) return f(a, b);
    if (f.$f2 !== undefined) return f.$f2(a, b);
  }
  if (f instanceof PyType) {
    const init = plainInit(f, 3);
    if (init !== null) {
      const o = callHooks.alloc(f);
      return initialized(init(o, a, b), o);
    }
  }
  return callv(f, [a, b]);
}
export function call3(f: any, a: any, b: any, c: any): any {
  if (typeof f === "function" && f.$np >= 3 && f.$nr <= 3) return f(a, b, c);
  if (f instanceof PyType) {
    const init = plainInit(f, 4);
    if (init !== null) {
      const o = callHooks.alloc(f);
      return initialized(init(o, a, b, c), o);
    }
  }
  return callv(f, [a, b, c]);
}

/** The class's `__init__` when `C(…)` is just allocate-and-init with `n` arguments (self included). */
function plainInit(t: PyType, n: number): any {
  const init = callHooks.initOf(t);
  if (init === null || !(init.$np >= n && init.$nr <= n)) return null;
  // plain classes also get a constructor function call sites can call directly (`$ctorN`)
  if (t.$js === PyInstance && t.$user) {
    const tt = t as any;
    if (n === 1 && tt.$ctor0 === undefined) tt.$ctor0 = ctor0(t, init);
    else if (n === 2 && tt.$ctor1 === undefined) tt.$ctor1 = ctor1(t, init);
    else if (n === 3 && tt.$ctor2 === undefined) tt.$ctor2 = ctor2(t, init);
    else if (n === 4 && tt.$ctor3 === undefined) tt.$ctor3 = ctor3(t, init);
  }
  return init;
}

// Each constructor is valid while no class changed (EPOCH), like the `__init__` it calls; a stale
// one removes itself and takes the general path.
function newInstance(t: PyType): any {
  const o: any = new PyInstance();
  o.$cls = t;
  o.$d = o;
  return o;
}
function ctor0(t: PyType, init: any) {
  const e = EPOCH;
  return () => {
    if (EPOCH !== e) {
      (t as any).$ctor0 = undefined;
      return call0(t);
    }
    const o = newInstance(t);
    return initialized(init(o), o);
  };
}
function ctor1(t: PyType, init: any) {
  const e = EPOCH;
  return (a: any) => {
    if (EPOCH !== e) {
      (t as any).$ctor1 = undefined;
      return call1(t, a);
    }
    const o = newInstance(t);
    return initialized(init(o, a), o);
  };
}
function ctor2(t: PyType, init: any) {
  const e = EPOCH;
  return (a: any, b: any) => {
    if (EPOCH !== e) {
      (t as any).$ctor2 = undefined;
      return call2(t, a, b);
    }
    const o = newInstance(t);
    return initialized(init(o, a, b), o);
  };
}
function ctor3(t: PyType, init: any) {
  const e = EPOCH;
  return (a: any, b: any, c: any) => {
    if (EPOCH !== e) {
      (t as any).$ctor3 = undefined;
      return call3(t, a, b, c);
    }
    const o = newInstance(t);
    return initialized(init(o, a, b, c), o);
  };
}

function initialized(r: any, o: any): any {
  if (r !== None && r !== undefined) callHooks.badInit(r);
  return o;
}

/**
 * `o.name` from generated code when the inline instance-attribute read did not apply: a per-site
 * cache remembers a property's getter for the type last seen, so property reads skip the
 * descriptor protocol.
 */
export function getattrC(o: any, name: string, ic: MethodCache): any {
  if (ic.e === EPOCH && ic.t === typeOf(o)) return ic.m(o);
  return getattrCSlow(o, name, ic);
}
function getattrCSlow(o: any, name: string, ic: MethodCache): any {
  if (!(o instanceof PyType)) {
    const t = typeOf(o);
    if (!(t.$user && t.$L.__getattribute__ !== T.object.$dict.__getattribute__)) {
      const a = t.$L[name];
      if (a instanceof PyProperty) {
        const g = a.fget;
        if (typeof g === "function" && g.$np >= 1 && g.$nr <= 1 && (o as any).$cls === t) {
          ic.t = t;
          ic.m = g;
          ic.e = EPOCH;
          return g(o);
        }
      }
    }
  }
  return getattr(o, name);
}

/**
 * `super().name(*args)` in a method of class `cls` whose first argument is `self`: calls the
 * next class's function directly instead of building a super object and a bound method.
 */
export function superCall(cls: PyType | undefined, self: any, name: string, args: any[], ic?: MethodCache): any {
  if (ic !== undefined && ic.e === EPOCH && ic.t === (self as any)?.$cls && ic.c === cls) {
    const a = ic.m;
    switch (args.length) {
      case 0:
        return a(self);
      case 1:
        return a(self, args[0]);
      case 2:
        return a(self, args[0], args[1]);
    }
  }
  if (cls !== undefined && self !== undefined && !(self instanceof PyType)) {
    const objType = typeOf(self);
    const mro = objType.$mro;
    let i = mro.indexOf(cls);
    if (i >= 0) {
      for (i++; i < mro.length; i++) {
        const d = mro[i].$dict;
        if (name in d) {
          const a = d[name];
          if (typeof a === "function" && !a.$static) {
            const n = args.length + 1;
            if (a.$np >= n && a.$nr <= n) {
              if (ic !== undefined && n <= 3 && (self as any).$cls === objType) {
                ic.t = objType;
                ic.m = a;
                ic.e = EPOCH;
                ic.c = cls;
              }
              if (n === 1) return a(self);
              if (n === 2) return a(self, args[0]);
              if (n === 3) return a(self, args[0], args[1]);
            }
            return callv(a, [self, ...args]);
          }
          break;
        }
      }
    }
  }
  return callv(getattr(callHooks.superNew(cls, self), name), args);
}

/** Calls with keywords given as a PyDict (for `f(**d)`). */
export function callKwDict(f: any, args: any[], kw: PyDict | null): any {
  if (kw === null || kw.m.size === 0) return callv(f, args);
  const names: string[] = [];
  const vals: any[] = [];
  for (const [n, v] of kw.m) {
    const k = origKey(kw, n);
    if (typeof k !== "string") typeError(`keywords must be strings`);
    names.push(k);
    vals.push(v);
  }
  return callv(f, args, names, vals);
}

// ---- attributes ----

function isDataDescriptor(a: any): boolean {
  if (a instanceof PyProperty || a instanceof PyGetSet) return true;
  if (typeof a !== "object" || a === None || !(a instanceof PyObject)) return false;
  const t = (a as PyObject).$cls;
  return t !== undefined && t.$user && (t.$L.__set__ !== undefined || t.$L.__delete__ !== undefined);
}
descriptorHooks.isDataDescriptor = isDataDescriptor;

/** Applies the descriptor protocol to a class attribute found for instance `o` of type `t`. */
function bindAttr(a: any, o: any, t: PyType): any {
  if (typeof a === "function") return a.$sig?.native && a.$static ? a : new PyMethod(a, o);
  if (a instanceof PyObject) {
    if (a instanceof PyProperty) {
      if (a.fget === None) attributeError(`property of '${t.$name}' object has no getter`);
      return call1(a.fget, o);
    }
    if (a instanceof PyGetSet) return a.get(o);
    if (a instanceof PyClassMethod) return new PyMethod(a.f, t);
    if (a instanceof PyStaticMethod) return a.f;
    const at = a.$cls;
    if (at.$user) {
      const g = at.$L.__get__;
      if (g !== undefined) return call3(g, a, o, t);
    }
  }
  return a;
}

/** getattr(o, name) with the full lookup order of object.__getattribute__. */
export function getattr(o: any, name: string, orMissing?: boolean): any {
  if (o instanceof PyType) return typeGetattr(o, name);
  const t = typeOf(o);
  if (t.$user && t.$L.__getattribute__ !== T.object.$dict.__getattribute__) {
    return userGetattribute(o, t, name);
  }
  const a = t.$L[name];
  if (a !== undefined) {
    if (typeof a !== "function" && isDataDescriptor(a)) return bindAttr(a, o, t);
    const d = o.$d;
    if (d !== undefined) {
      const v = d[name];
      if (v !== undefined) return v;
    }
    return bindAttr(a, o, t);
  }
  const d = o.$d;
  if (d !== undefined) {
    const v = d[name];
    if (v !== undefined) return v;
  }
  const ga = t.$L.__getattr__;
  if (ga !== undefined) return call2(ga, o, name);
  // getattr(o, name, default) and hasattr() ask for `undefined` instead of an exception.
  if (orMissing === true) return undefined;
  return noAttr(o, t, name);
}

function userGetattribute(o: any, t: PyType, name: string): any {
  try {
    return call2(t.$L.__getattribute__, o, name);
  } catch (e: any) {
    const ga = t.$L.__getattr__;
    if (ga !== undefined && e instanceof PyObject && isSubtype(e.$cls, T.AttributeError)) return call2(ga, o, name);
    throw e;
  }
}

/** object.__getattribute__ itself (for super() and explicit calls). */
export function genericGetattr(o: any, name: string): any {
  const t = typeOf(o);
  const a = t.$L[name];
  if (a !== undefined && typeof a !== "function" && isDataDescriptor(a)) return bindAttr(a, o, t);
  const d = o?.$d;
  if (d !== undefined) {
    const v = d[name];
    if (v !== undefined) return v;
  }
  if (a !== undefined) return bindAttr(a, o, t);
  return noAttr(o, t, name);
}

function noAttr(o: any, t: PyType, name: string): never {
  if (typeof o === "function" || (o instanceof PyObject && (o as any).$cls === T.module)) {
    if (typeof o !== "function") attributeError(`module '${(o as any).name}' has no attribute '${name}'`, name, o);
    attributeError(`'${t.$name}' object has no attribute '${name}'`, name, o);
  }
  attributeError(`'${t.$name}' object has no attribute '${name}'`, name, o);
}

/** Attribute lookup on a class object: metaclass data descriptors, the class's MRO, then the metaclass. */
export function typeGetattr(c: PyType, name: string): any {
  const meta = c.$cls;
  const ma = meta.$L[name];
  if (ma !== undefined && typeof ma !== "function" && isDataDescriptor(ma)) return bindAttr(ma, c, meta);
  const a = c.$L[name];
  if (a !== undefined) {
    if (typeof a === "function") return a;
    if (a instanceof PyObject) {
      if (a instanceof PyClassMethod) return new PyMethod(a.f, c);
      if (a instanceof PyStaticMethod) return a.f;
      if (a instanceof PyProperty || a instanceof PyGetSet) return a;
      const at = a.$cls;
      if (at.$user) {
        const g = at.$L.__get__;
        if (g !== undefined) return call3(g, a, None, c);
      }
    }
    return a;
  }
  if (ma !== undefined) return bindAttr(ma, c, meta);
  if (meta.$user) {
    const ga = meta.$L.__getattr__;
    if (ga !== undefined) return call2(ga, c, name);
  }
  attributeError(`type object '${c.$name}' has no attribute '${name}'`, name, c);
}

/** Like getattr but returns `undefined` instead of raising AttributeError. */
export function getattrOpt(o: any, name: string): any {
  try {
    return getattr(o, name, true);
  } catch (e: any) {
    if (e instanceof PyObject && isSubtype(e.$cls, T.AttributeError)) return undefined;
    throw e;
  }
}

export function setattr(o: any, name: string, v: any): void {
  if (o instanceof PyType) return typeSetattr(o, name, v);
  const t = typeOf(o);
  if (t.$user) {
    const sa = t.$L.__setattr__;
    if (sa !== T.object.$dict.__setattr__) {
      call3(sa, o, name, v);
      return;
    }
  }
  genericSetattr(o, t, name, v);
}

/**
 * `o.name = v` from generated code when the inline store did not apply: after the store, marks
 * `name` as plain-storable for o's class when nothing on the class intercepts it.
 */
export function setattrL(o: any, name: string, v: any, ic?: MethodCache): void {
  if (ic !== undefined && ic.e === EPOCH && ic.t === (o as any).$cls) {
    // a property's setter, found for this class before
    ic.m(o, v);
    return;
  }
  setattr(o, name, v);
  if (o instanceof PyObject && !(o instanceof PyType)) {
    const t = (o as any).$cls;
    if (t === undefined) return;
    if (o.$d !== undefined && t.$DSo[name] === undefined) t.$DS[name] = true;
    else if (ic !== undefined && t.$user && t.$L.__setattr__ === T.object.$dict.__setattr__) {
      const a = t.$L[name];
      if (a instanceof PyProperty && typeof a.fset === "function" && a.fset.$np >= 2 && a.fset.$nr <= 2) {
        ic.t = t;
        ic.m = a.fset;
        ic.e = EPOCH;
      }
    }
  }
}

export function genericSetattr(o: any, t: PyType, name: string, v: any): void {
  const a = t.$L[name];
  if (a !== undefined && typeof a !== "function") {
    if (a instanceof PyProperty) {
      if (a.fset === None) attributeError(`property '${propName(a, name)}' of '${t.$name}' object has no setter`);
      call2(a.fset, o, v);
      return;
    }
    if (a instanceof PyGetSet) {
      if (a.set === null) attributeError(`attribute '${name}' of '${t.$name}' objects is not writable`);
      a.set(o, v);
      return;
    }
    if (a instanceof PyObject && a.$cls.$user) {
      const s = a.$cls.$L.__set__;
      if (s !== undefined) {
        call3(s, a, o, v);
        return;
      }
    }
  }
  let d = o.$d;
  if (d === undefined) {
    if (typeof o === "function") {
      d = o.$d = newAttrDict();
      if (o.$cls === undefined) o.$cls = t;
    } else {
      if (t.$user && (t as any).$slots) attributeError(`'${t.$name}' object has no attribute '${name}'`, name, o);
      attributeError(`'${t.$name}' object has no attribute '${name}'`, name, o);
    }
  }
  if ((t as any).$slots !== undefined && !(t as any).$slots.has(name) && !(t as any).$slotsDict) {
    attributeError(`'${t.$name}' object has no attribute '${name}'`, name, o);
  }
  if (typeof a === "function") {
    // An instance attribute now hides a method: method-call caches must re-check this name.
    const sh = ((t as any).$shadow ??= Object.create(null));
    if (!sh[name]) {
      sh[name] = true;
      bumpEpoch();
    }
  }
  d[name] = v;
}

function propName(p: PyProperty, fallback: string): string {
  const g = p.fget;
  return typeof g === "function" && g.$sig ? g.$sig.name : fallback;
}

function typeSetattr(c: PyType, name: string, v: any): void {
  const meta = c.$cls;
  if (meta.$user) {
    const sa = meta.$L.__setattr__;
    if (sa !== undefined && sa !== T.type.$dict.__setattr__ && sa !== T.object.$dict.__setattr__) {
      call3(sa, c, name, v);
      return;
    }
  }
  typeSetattrPlain(c, name, v);
}

/** type.__setattr__ itself: sets a class attribute without consulting the metaclass. */
export function typeSetattrPlain(c: PyType, name: string, v: any): void {
  if (!c.$user) typeError(`cannot set '${name}' attribute of immutable type '${c.$name}'`);
  const old = c.$dict[name];
  c.$dict[name] = v;
  // Replacing plain data (a class-level counter, say) cannot change what any method lookup finds.
  invalidateType(c, !(plainData(old) && plainData(v)));
}

function plainData(v: any): boolean {
  switch (typeof v) {
    case "undefined":
    case "number":
    case "string":
    case "boolean":
    case "bigint":
      return true;
    case "object":
      return v === None || v instanceof PyTuple || v instanceof PyDict || (v.constructor !== undefined && (v.constructor.name === "PyFloat" || v.constructor.name === "PyList" || v.constructor.name === "PySet"));
  }
  return false;
}

export function delattr(o: any, name: string): void {
  if (o instanceof PyType) {
    if (!(name in o.$dict)) attributeError(`type object '${o.$name}' has no attribute '${name}'`);
    delete o.$dict[name];
    invalidateType(o);
    return;
  }
  const t = typeOf(o);
  if (t.$user && t.$L.__delattr__ !== T.object.$dict.__delattr__) {
    call2(t.$L.__delattr__, o, name);
    return;
  }
  const a = t.$L[name];
  if (a instanceof PyProperty) {
    if (a.fdel === None) attributeError(`property '${propName(a, name)}' of '${t.$name}' object has no deleter`);
    call1(a.fdel, o);
    return;
  }
  if (a instanceof PyObject && a.$cls.$user && a.$cls.$L.__delete__ !== undefined) {
    call2(a.$cls.$L.__delete__, a, o);
    return;
  }
  const d = o.$d;
  if (d === undefined || d[name] === undefined) attributeError(`'${t.$name}' object has no attribute '${name}'`, name, o);
  delete d[name];
}

// ---- method calls without bound-method allocation ----

function plainMethod(o: any, name: string): any {
  if (o instanceof PyType) return undefined;
  const t = typeOf(o);
  const m = t.$L[name];
  if (typeof m === "function" && !m.$static) {
    const d = o.$d;
    if (d !== undefined && d[name] !== undefined) return undefined;
    if (t.$user && t.$L.__getattribute__ !== T.object.$dict.__getattribute__) return undefined;
    return m;
  }
  return undefined;
}

/** A call site's cache: the type seen last, the method found on it, and the epoch it is valid for. */
export interface MethodCache {
  t: PyType | null;
  m: any;
  e: number;
  /** For super() calls: the class whose MRO successor `m` was found in. */
  c: PyType | null;
  /** A second class and method for sites that see two (method calls only). */
  t2: PyType | null;
  m2: any;
}

export function newMethodCache(): MethodCache {
  return { t: null, m: null, e: 0, c: null, t2: null, m2: null };
}

/** Fills `ic` when `m` can be called directly for every instance of `t` (no shadowing possible). */
function fill(ic: MethodCache | undefined, o: any, m: any, name: string, nargs: number): void {
  if (ic === undefined || m.$np < nargs || m.$nr > nargs) return;
  const t = typeOf(o);
  const sh = (t as any).$shadow;
  if (sh !== undefined && sh[name]) return;
  if (o instanceof PyObject && !(o instanceof PyType) && (o as any).$cls !== t) return;
  // the entry it replaces stays as a second one (a site that sees two classes keeps both)
  if (ic.e === EPOCH && ic.t !== null && ic.t !== t) {
    ic.t2 = ic.t;
    ic.m2 = ic.m;
  } else if (ic.e !== EPOCH) ic.t2 = null;
  ic.t = t;
  ic.m = m;
  ic.e = EPOCH;
}

// The cache hit is kept tiny so V8 inlines it at each call site (the `ic.m(...)` call then has
// its own, usually monomorphic, feedback); misses go to the *Slow functions.
export function cm0(o: any, name: string, ic?: MethodCache): any {
  if (ic !== undefined && ic.e === EPOCH) {
    const t = typeOf(o);
    if (ic.t === t) return ic.m(o);
    if (ic.t2 === t) return ic.m2(o);
  }
  return cm0Slow(o, name, ic);
}
function cm0Slow(o: any, name: string, ic?: MethodCache): any {
  const m = plainMethod(o, name);
  if (m !== undefined && m.$np >= 1 && m.$nr <= 1) {
    fill(ic, o, m, name, 1);
    return m(o);
  }
  return m !== undefined ? callv(m, [o]) : callv(getattr(o, name), []);
}
export function cm1(o: any, name: string, a: any, ic?: MethodCache): any {
  if (ic !== undefined && ic.e === EPOCH) {
    const t = typeOf(o);
    if (ic.t === t) return ic.m(o, a);
    if (ic.t2 === t) return ic.m2(o, a);
  }
  return cm1Slow(o, name, a, ic);
}
function cm1Slow(o: any, name: string, a: any, ic?: MethodCache): any {
  const m = plainMethod(o, name);
  if (m !== undefined && m.$np >= 2 && m.$nr <= 2) {
    fill(ic, o, m, name, 2);
    return m(o, a);
  }
  return m !== undefined ? callv(m, [o, a]) : callv(getattr(o, name), [a]);
}
export function cm2(o: any, name: string, a: any, b: any, ic?: MethodCache): any {
  if (ic !== undefined && ic.e === EPOCH) {
    const t = typeOf(o);
    if (ic.t === t) return ic.m(o, a, b);
    if (ic.t2 === t) return ic.m2(o, a, b);
  }
  return cm2Slow(o, name, a, b, ic);
}
function cm2Slow(o: any, name: string, a: any, b: any, ic?: MethodCache): any {
  const m = plainMethod(o, name);
  if (m !== undefined && m.$np >= 3 && m.$nr <= 3) {
    fill(ic, o, m, name, 3);
    return m(o, a, b);
  }
  return m !== undefined ? callv(m, [o, a, b]) : callv(getattr(o, name), [a, b]);
}
export function cmv(o: any, name: string, args: any[], kwNames: string[] | null = null, kwVals: any[] | null = null): any {
  const m = plainMethod(o, name);
  if (m !== undefined) return callv(m, [o, ...args], kwNames, kwVals);
  return callv(getattr(o, name), args, kwNames, kwVals);
}

/** Looks up a special method on the type only (as the interpreter does for dunders). */
export function lookupSpecial(o: any, name: string): any {
  return typeOf(o).$L[name];
}

/** super(type, obj) attribute lookup: search the MRO of obj's type after `type`. */
export function superGetattr(s: PySuper, name: string): any {
  const mro = s.objType.$mro;
  let i = mro.indexOf(s.type);
  for (i++; i < mro.length; i++) {
    const d = mro[i].$dict;
    if (name in d) {
      const a = d[name];
      if (s.obj === s.objType && s.obj instanceof PyType) {
        // super() in a classmethod: bind functions to nothing, classmethods to the class
        if (a instanceof PyClassMethod) return new PyMethod(a.f, s.obj);
        if (a instanceof PyStaticMethod) return a.f;
        if (typeof a === "function") return a;
        return a;
      }
      return bindAttr(a, s.obj, s.objType);
    }
  }
  if (name === "__class__") return T.super;
  attributeError(`'super' object has no attribute '${name}'`, name, s);
}

export { fnName, dictKeys };
