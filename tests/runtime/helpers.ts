// Helpers for runtime tests: call builtins and methods the way compiled code does.
import assert from "node:assert/strict";
import { builtins } from "../../src/lang/runtime/builtins.js";
import { callv, cmv, getattr, typeOf, repr, str, PyList, PyTuple, newDict, pyFloat, isExc } from "../../src/lang/runtime/index.js";

export const B = builtins;
export { PyList, PyTuple, newDict, pyFloat, getattr };

/** builtins.name(...args) */
export function b(name: string, ...args: any[]): any {
  return callv(B[name], args);
}
/** builtins.name(...args, **kw) */
export function bkw(name: string, args: any[], kw: Record<string, any>): any {
  return callv(B[name], args, Object.keys(kw), Object.values(kw));
}
/** obj.name(...args) */
export function m(obj: any, name: string, ...args: any[]): any {
  return cmv(obj, name, args);
}
export function mkw(obj: any, name: string, args: any[], kw: Record<string, any>): any {
  return cmv(obj, name, args, Object.keys(kw), Object.values(kw));
}
export const list = (...a: any[]) => new PyList(a);
export const tuple = (...a: any[]) => new PyTuple(a);
export const f = (x: number) => pyFloat(x);

/** repr() of a value, for compact assertions. */
export function r(x: any): string {
  return repr(x);
}
export function s(x: any): string {
  return str(x);
}

/** Asserts that fn raises the Python exception `type` whose str() is `msg`. */
export function raises(fn: () => any, type: string, msg?: string): void {
  try {
    fn();
  } catch (e: any) {
    if (!isExc(e)) throw e;
    assert.equal(typeOf(e).$name, type, `expected ${type}, got ${typeOf(e).$name}: ${str(e)}`);
    if (msg !== undefined) assert.equal(str(e), msg);
    return;
  }
  assert.fail(`expected ${type} to be raised`);
}
