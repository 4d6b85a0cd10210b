/**
 * Classes: creation, MRO, the flattened attribute table, `type(x)`, isinstance/issubclass.
 */
import {
  newAttrDict,
  PyObject,
  PyType,
  PyInstance,
  PyFloat,
  PyNoneType,
  type AttrDict,
} from "./objects.js";

/** The built-in types, filled in as the runtime starts (see builtinTypes.ts). */
export const T: Record<string, PyType> = Object.create(null);

/**
 * Bumped whenever a class attribute changes or an instance attribute shadows a method: inline
 * caches of method lookups remember the epoch they were filled in.
 */
export let EPOCH = 1;
/** EPOCH as generated code reads it (`$EPH.v`): a module's `let` binding is not visible there. */
export const EPH = { v: 1 };
export function bumpEpoch(): void {
  EPH.v = ++EPOCH;
}

/** Answers "yes, take the slow path" for every attribute name. */
const ALL_SLOW: Record<string, any> = new Proxy(Object.create(null), { get: () => true, has: () => true });
const NONE_SLOW: Record<string, any> = newAttrDict();

/** Hook: is a class attribute a data descriptor (property, getset, user class with __set__)? */
export const descriptorHooks = {
  isDataDescriptor: (_v: any): boolean => false,
};

/**
 * Builds `$L` (every attribute visible on the class) and the two tables generated code checks
 * before touching an instance's `$d` directly: `$DL`, names whose loads must take the slow path
 * (data descriptors, or every name when `__getattribute__` is overridden), and `$DSo`, names
 * whose stores must (data descriptors, methods — a store would shadow them —, every name when
 * `__setattr__` is overridden, and every non-slot name for `__slots__` classes).
 */
function computeL(t: PyType): void {
  const L = newAttrDict();
  for (let i = t.$mro.length - 1; i >= 0; i--) {
    const d = t.$mro[i].$dict;
    for (const k in d) L[k] = d[k];
  }
  t.$L = L;
  const obj = T.object;
  const customGet = obj !== undefined && L.__getattribute__ !== obj.$dict.__getattribute__;
  const customSet = obj !== undefined && L.__setattr__ !== obj.$dict.__setattr__ && t !== T.type;
  const slots: Set<string> | undefined = (t as any).$slots;
  const restricted = slots !== undefined && !(t as any).$slotsDict;
  let DL: Record<string, any> = NONE_SLOW;
  let DS: Record<string, any> = NONE_SLOW;
  if (customGet) DL = ALL_SLOW;
  if (customSet) DS = ALL_SLOW;
  for (const k in L) {
    const v = L[k];
    const dd = descriptorHooks.isDataDescriptor(v);
    if (dd && DL !== ALL_SLOW) {
      if (DL === NONE_SLOW) DL = newAttrDict();
      DL[k] = true;
    }
    if ((dd || typeof v === "function") && DS !== ALL_SLOW) {
      if (DS === NONE_SLOW) DS = restricted ? Object.create(ALL_SLOW) : newAttrDict();
      DS[k] = true;
    }
  }
  if (restricted && DS !== ALL_SLOW) {
    if (DS === NONE_SLOW) DS = Object.create(ALL_SLOW);
    for (const s of slots) if (!(s in L) || !descriptorHooks.isDataDescriptor(L[s])) DS[s] = undefined;
  }
  // binary-operator methods by operator number, filled by binop as it meets them
  (t as any).$bin = [];
  (t as any).$DL = DL;
  (t as any).$DSo = DS;
  // Generated code stores straight into `$d` only for names in `$DS`, which setattrL fills as
  // stores are found plain: a hit is then one fast-mode property load (DS itself may be a Proxy).
  (t as any).$DS = newAttrDict();
}

/** Rebuilds the attribute table of `t` and of every class below it (after a class attribute changed). */
export function invalidateType(t: PyType, bump = true): void {
  if (bump) EPH.v = ++EPOCH;
  computeL(t);
  for (const s of t.$subclasses) invalidateType(s, false);
}

/** C3 linearisation; null when the bases admit no consistent order. */
export function c3(t: PyType, bases: PyType[]): PyType[] | null {
  const seqs: PyType[][] = bases.map((b) => b.$mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) return null;
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

/** Creates a built-in type. `js` is the JS class of its instances (also given the `$cls` prototype slot). */
export function makeBuiltinType(name: string, bases: PyType[], js: any, opts: { noDict?: boolean } = {}): PyType {
  const t = new PyType(name, bases, newAttrDict(), js, T.type);
  t.$mro = [t, ...(bases.length ? c3Strict(t, bases).slice(1) : [])];
  t.$noDict = !!opts.noDict;
  for (const b of bases) b.$subclasses.push(t);
  if (js && js.prototype && !Object.prototype.hasOwnProperty.call(js.prototype, "$cls")) {
    Object.defineProperty(js.prototype, "$cls", { value: t, writable: true, configurable: true });
  }
  computeL(t);
  T[name] = t;
  return t;
}

function c3Strict(t: PyType, bases: PyType[]): PyType[] {
  const m = c3(t, bases);
  if (!m) throw new Error("inconsistent MRO for built-in type " + t.$name);
  return m;
}

/** Sets class attributes on a built-in type (used while the runtime starts). */
export function defineAttrs(t: PyType, attrs: AttrDict): void {
  for (const k in attrs) t.$dict[k] = attrs[k];
  invalidateType(t);
}

/** The Python type of any value. */
export function typeOf(x: any): PyType {
  switch (typeof x) {
    case "number":
      return Number.isInteger(x) ? T.int : T.float;
    case "string":
      return T.str;
    case "boolean":
      return T.bool;
    case "bigint":
      return T.int;
    case "function":
      return x.$cls ?? (x.$sig?.native ? T.builtin_function_or_method : T.function);
    case "object":
      return x.$cls;
    default:
      return T.object;
  }
}

export function isSubtype(a: PyType, b: PyType): boolean {
  if (a === b) return true;
  const mro = a.$mro;
  for (let i = 1; i < mro.length; i++) if (mro[i] === b) return true;
  return false;
}

/** isinstance(x, t) for a single type (no __instancecheck__). */
export function isInstance(x: any, t: PyType): boolean {
  return isSubtype(typeOf(x), t);
}

/** The JS class to allocate for a new class with these bases (the one built-in layout it extends). */
export function layoutOf(bases: PyType[]): any {
  let js: any = PyInstance;
  for (const b of bases) {
    if (b.$js !== PyInstance && b.$js !== undefined) {
      if (js === PyInstance || b.$js.prototype instanceof js) js = b.$js;
    }
  }
  return js;
}

/** Creates a class from a `class` statement's parts (metaclass `type`). */
export function newUserType(meta: PyType, name: string, bases: PyType[], dict: AttrDict): PyType | null {
  const js = layoutOf(bases);
  const t = new PyType(name, bases, dict, js, meta);
  t.$user = true;
  const mro = c3(t, bases);
  if (!mro) return null;
  t.$mro = mro;
  for (const b of bases) b.$subclasses.push(t);
  computeL(t);
  return t;
}

export function isPyObject(x: any): x is PyObject {
  return x instanceof PyObject;
}

export function isNoneType(x: any): boolean {
  return x instanceof PyNoneType;
}

export function isFloatBox(x: any): x is PyFloat {
  return x instanceof PyFloat;
}
