/**
 * Helpers shared by the built-in types' method files.
 *
 * Instances of user subclasses of int / str keep their value in `$v` (a JS int or string);
 * subclasses of float are PyFloat boxes (`v`), of complex PyComplex boxes.
 */
import { None, PyFloat, PyGetSet, PyObject, PyStaticMethod, PyClassMethod, PyTuple, PyType, PyComplex, type AttrDict } from "../objects.js";
import { T, defineAttrs, isSubtype, typeOf } from "../types.js";
import { typeError, raise } from "../errors.js";
import { nativeFunction, staticNative } from "../native.js";
import type { PyFunction } from "../call.js";
import { call1 } from "../call.js";

export type Impl = (...a: any[]) => any;

/** Spec strings may document defaults (`start=0`): nativeFunction only wants the `=` marker. */
export function normSpec(spec: string): string {
  return spec.replace(/=[^,]*/g, "=");
}

/** nativeFunction with a documented-defaults spec. */
export function fn(name: string, spec: string, impl: Impl, qualname?: string): PyFunction {
  return nativeFunction(name, normSpec(spec), impl, qualname);
}
export type MethodSpec = [string, Impl] | PyObject | PyFunction | string | number | boolean | null;

/** Defines methods on a built-in type: `[spec, impl]` pairs become native functions named `type.name`. */
export function defMethods(t: PyType, attrs: Record<string, MethodSpec>): void {
  const out: AttrDict = Object.create(null);
  for (const k in attrs) {
    const v = attrs[k];
    if (Array.isArray(v)) out[k] = nativeFunction(k, normSpec(v[0]), v[1], `${t.$name}.${k}`);
    else out[k] = v === null ? None : v;
  }
  defineAttrs(t, out);
}

/** A native method to be wrapped as a static method (`__new__`, `maketrans`). */
export function staticMethod(t: PyType, name: string, spec: string, impl: Impl): PyStaticMethod {
  return new PyStaticMethod(staticNative(nativeFunction(name, normSpec(spec), impl, `${t.$name}.${name}`)));
}

export function classMethod(t: PyType, name: string, spec: string, impl: Impl): PyClassMethod {
  return new PyClassMethod(nativeFunction(name, normSpec(spec), impl, `${t.$name}.${name}`));
}

export function getset(name: string, get: (o: any) => any, set: ((o: any, v: any) => void) | null = null): PyGetSet {
  return new PyGetSet(name, get, set);
}

/** The int value of an int, bool or int-subclass instance; undefined for anything else. */
export function intOf(x: any): number | bigint | undefined {
  switch (typeof x) {
    case "number":
      return Number.isInteger(x) ? x : undefined;
    case "bigint":
      return x;
    case "boolean":
      return x ? 1 : 0;
    case "object":
      if (x.$v !== undefined && typeof x.$v !== "string" && x instanceof PyObject && isSubtype(x.$cls, T.int)) return (x as any).$v;
  }
  return undefined;
}

/** The JS number of a float or float-subclass instance; undefined for anything else. */
export function floatOf(x: any): number | undefined {
  if (typeof x === "number") return Number.isInteger(x) ? undefined : x;
  if (x instanceof PyFloat) return x.v;
  return undefined;
}

/** A JS number for an int or float (for float arithmetic); undefined otherwise. */
export function realOf(x: any): number | undefined {
  if (typeof x === "number") return x;
  if (x instanceof PyFloat) return x.v;
  const i = intOf(x);
  if (i === undefined) return undefined;
  if (typeof i === "bigint") {
    const n = Number(i);
    if (!Number.isFinite(n)) raise(T.OverflowError, "int too large to convert to float");
    return n;
  }
  return i;
}

/** The JS string of a str or str-subclass instance; undefined otherwise. */
export function strOf(x: any): string | undefined {
  if (typeof x === "string") return x;
  if (x instanceof PyObject && typeof (x as any).$v === "string") return (x as any).$v;
  return undefined;
}

export function isComplex(x: any): x is PyComplex {
  return x instanceof PyComplex;
}

export function tname(x: any): string {
  return typeOf(x).$name;
}

/** Converts an argument to a JS integer via `__index__` (TypeError otherwise). */
export function indexArg(x: any, msg?: string): number | bigint {
  const i = intOf(x);
  if (i !== undefined) return i;
  if (x instanceof PyObject || typeof x === "function") {
    const f = typeOf(x).$L.__index__;
    if (f !== undefined) {
      const r = call1(f, x);
      const ri = intOf(r);
      if (ri === undefined) typeError(`__index__ returned non-int (type ${tname(r)})`);
      return ri;
    }
  }
  typeError(msg ?? `'${tname(x)}' object cannot be interpreted as an integer`);
}

/** indexArg clamped to a JS number (bigints become ±Infinity-ish large numbers). */
export function indexNum(x: any, msg?: string): number {
  const i = indexArg(x, msg);
  return typeof i === "bigint" ? Number(i) : i;
}

export function tuple(a: any[]): PyTuple {
  return new PyTuple(a);
}

export function absent(x: any): boolean {
  return x === undefined;
}

export function noneOr(x: any): boolean {
  return x === undefined || x === None;
}

export { None };
