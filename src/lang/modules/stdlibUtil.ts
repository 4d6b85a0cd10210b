/**
 * Helpers shared by the native standard-library modules (re, random, struct, hashlib, …):
 * defining classes that live in a module, exception classes, and bytes-like arguments.
 */
import {
  T,
  PyType,
  PyObject,
  PyBytes,
  PyByteArray,
  PyBaseException,
  PyTuple,
  PyStaticMethod,
  PyClassMethod,
  PyGetSet,
  None,
  makeBuiltinType,
  defineAttrs,
  nativeFunction,
  staticNative,
  newException,
  captureTraceback,
  typeOf,
  raise,
  index as toIndex,
  type AttrDict,
} from "../runtime/index.js";

export type Impl = (...a: any[]) => any;
/** A method: `[spec, impl]` (spec lists parameters after `self`, which the impl receives first). */
export type Member = [string, Impl] | { get: (o: any) => any; set?: (o: any, v: any) => void } | PyObject | Function | string | number | boolean;

function toAttrs(t: PyType, members: Record<string, Member>): AttrDict {
  const out: AttrDict = Object.create(null);
  for (const k in members) {
    const v = members[k] as any;
    if (Array.isArray(v)) {
      const spec = v[0] === "" ? "self" : "self, " + v[0];
      out[k] = nativeFunction(k, spec, v[1], `${t.$name}.${k}`);
    } else if (v && typeof v === "object" && !(v instanceof PyObject) && typeof v.get === "function") {
      out[k] = new PyGetSet(k, v.get, v.set ?? null);
    } else out[k] = v;
  }
  return out;
}

/**
 * A class defined by a native module: `$module` is the module's name, and the runtime's table of
 * built-in types (`T`) is left as it was (several modules define classes called `error`).
 */
export function nativeClass(module: string, name: string, bases: PyType[], js: any, members: Record<string, Member> = {}, opts: { dict?: boolean; final?: boolean } = {}): PyType {
  const had = Object.prototype.hasOwnProperty.call(T, name);
  const prev = T[name];
  const t = makeBuiltinType(name, bases.length ? bases : [T.object], js, { noDict: !opts.dict });
  if (had) T[name] = prev;
  else delete T[name];
  t.$module = module;
  if (opts.final) (t as any).$final = true;
  defineAttrs(t, toAttrs(t, members));
  return t;
}

export function addMembers(t: PyType, members: Record<string, Member>): void {
  defineAttrs(t, toAttrs(t, members));
}

/** A static method for a native class's namespace. */
export function staticMethod(name: string, spec: string, impl: Impl): PyStaticMethod {
  return new PyStaticMethod(staticNative(nativeFunction(name, spec, impl)));
}

export function classMethod(name: string, spec: string, impl: Impl): PyClassMethod {
  return new PyClassMethod(nativeFunction(name, spec, impl));
}

/** An exception class defined by a module (e.g. `re.error`, `struct.error`). */
export function nativeException(module: string, name: string, base: PyType = T.Exception, members: Record<string, Member> = {}): PyType {
  return nativeClass(module, name, [base], PyBaseException, members, { dict: true });
}

/** Raises an instance of exception class `t` with one message. */
export function raiseIn(t: PyType, msg: string): never {
  const e = newException(t, [msg]);
  captureTraceback(e, raiseIn);
  throw e;
}

export { raise };

/** The bytes of a bytes-like argument, or undefined. */
export function bytesLike(x: any): Uint8Array | undefined {
  if (x instanceof PyBytes) return x.b;
  if (x instanceof PyByteArray) return x.b.subarray(0, x.n);
  if (x instanceof PyObject && (x as any).$buf instanceof Uint8Array) return (x as any).$buf;
  return undefined;
}

/** The bytes of a bytes-like argument; TypeError `a bytes-like object is required, not 'str'` otherwise. */
export function needBytes(x: any, what = "a bytes-like object is required"): Uint8Array {
  const b = bytesLike(x);
  if (b === undefined) raise(T.TypeError, `${what}, not '${typeOf(x).$name}'`);
  return b;
}

export function mkBytes(b: Uint8Array): PyBytes {
  return new PyBytes(b);
}

export function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as any);
  return s;
}

export function fromLatin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** An int argument (accepting __index__), as a JS number or bigint. */
export function intArg(x: any): number | bigint {
  return toIndex(x);
}

export function tuple(a: any[]): PyTuple {
  return new PyTuple(a);
}

export { None };
