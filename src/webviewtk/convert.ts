/**
 * JSON-compatible JS values ⇄ Tauraro values, for command arguments and results.
 *
 * Page → Tauraro (`fromJson`): null → None, boolean → bool, number → int when integral (JSON
 * cannot tell `2.0` from `2`, so both arrive as int 2) else float, string → str, array → list,
 * object → dict (str keys, in order), `Uint8Array` (the bridge's binary representation) → bytes.
 *
 * Tauraro → page (`toJson`): None/bool/int/float/str/list/tuple/dict (nested) the same way back;
 * dict keys that are int/float/bool/None become strings as `json.dumps` does; bytes/bytearray →
 * `Uint8Array` (the caller marks the result as binary). Anything else raises
 * `TypeError: Object of type set is not JSON serializable` (CPython's message); a NaN/infinite
 * float raises `ValueError: Out of range float values are not JSON compliant`; a container that
 * contains itself raises `ValueError: Circular reference detected`.
 */

import {
  None,
  PyBytes,
  PyByteArray,
  PyDict,
  PyFloat,
  PyList,
  PyTuple,
  dictSet,
  newDict,
  normBig,
  origKey,
  pyFloat,
  raise,
  T,
  typeError,
  typeOf,
} from "../lang/runtime/index.js";

/** A JS value from the bridge (parsed JSON, possibly with `Uint8Array`s) → a Tauraro value. */
export function fromJson(v: unknown): any {
  switch (typeof v) {
    case "string":
    case "boolean":
      return v;
    case "number":
      if (Number.isInteger(v)) {
        if (Number.isSafeInteger(v)) return v === 0 ? 0 : v; // -0 is never an int
        return normBig(BigInt(v));
      }
      return pyFloat(v);
    case "undefined":
      return None;
    case "object": {
      if (v === null) return None;
      if (Array.isArray(v)) {
        const a = new Array(v.length);
        for (let i = 0; i < v.length; i++) a[i] = fromJson(v[i]);
        return new PyList(a);
      }
      if (v instanceof Uint8Array) return new PyBytes(v);
      if (ArrayBuffer.isView(v)) return new PyBytes(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
      const d = newDict();
      for (const k of Object.keys(v)) dictSet(d, k, fromJson((v as Record<string, unknown>)[k]));
      return d;
    }
    case "bigint":
      return normBig(v);
    default:
      return None;
  }
}

/** Options of {@link toJson}. */
export interface ToJsonOptions {
  /** Called when bytes are met (the result must travel as binary). */
  onBytes?: () => void;
  /**
   * Values `toJson` does not know: return a JS value to use, or `undefined` to raise the
   * "not JSON serializable" TypeError. (Widgets in callback results use this.)
   */
  other?: (v: any) => unknown;
}

/** The type name CPython's json module shows for a value. */
export function pyTypeName(v: any): string {
  return typeOf(v).$name;
}

function notSerializable(v: any): never {
  typeError(`Object of type ${pyTypeName(v)} is not JSON serializable`);
}

function floatValue(x: number): number {
  if (!Number.isFinite(x)) raise(T.ValueError, `Out of range float values are not JSON compliant: ${Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf"}`);
  return x;
}

function keyString(k: any): string {
  switch (typeof k) {
    case "string":
      return k;
    case "boolean":
      return k ? "true" : "false";
    case "number":
      return Number.isInteger(k) ? String(k) : floatKey(k);
    case "bigint":
      return k.toString();
    default:
      if (k === None) return "null";
      if (k instanceof PyFloat) return floatKey(k.v);
      return typeError(`keys must be str, int, float, bool or None, not ${pyTypeName(k)}`);
  }
}

function floatKey(x: number): string {
  floatValue(x);
  // repr of a float: integral values keep ".0" (json.dumps({2.0: 1}) == '{"2.0": 1}').
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return `${x}.0`;
  return String(x);
}

/** A Tauraro value → a JSON-compatible JS value (`Uint8Array` for bytes). Raises a Tauraro exception for values JSON cannot carry. */
export function toJson(v: any, opts: ToJsonOptions = {}): unknown {
  const stack: any[] = [];
  const conv = (x: any): unknown => {
    switch (typeof x) {
      case "string":
      case "boolean":
        return x;
      case "number":
        return Number.isInteger(x) ? x : floatValue(x);
      case "bigint":
        // Beyond ±(2^53−1): JSON numbers in the page are doubles anyway.
        return Number(x);
      case "object":
        break;
      default:
        if (opts.other) {
          const r = opts.other(x);
          if (r !== undefined) return r;
        }
        return notSerializable(x);
    }
    if (x === None || x === null) return null;
    if (x instanceof PyFloat) return floatValue(x.v);
    if (x instanceof PyList || x instanceof PyTuple) {
      if (stack.includes(x)) raise(T.ValueError, "Circular reference detected");
      stack.push(x);
      const a = x.a;
      const out = new Array(a.length);
      for (let i = 0; i < a.length; i++) out[i] = conv(a[i]);
      stack.pop();
      return out;
    }
    if (x instanceof PyDict) {
      if (stack.includes(x)) raise(T.ValueError, "Circular reference detected");
      stack.push(x);
      const out: Record<string, unknown> = {};
      for (const [n, val] of x.m) {
        const k = keyString(origKey(x, n));
        // "__proto__" must become an own data property, not the prototype.
        if (k === "__proto__") Object.defineProperty(out, k, { value: conv(val), enumerable: true, writable: true, configurable: true });
        else out[k] = conv(val);
      }
      stack.pop();
      return out;
    }
    if (x instanceof PyBytes) {
      opts.onBytes?.();
      return x.b;
    }
    if (x instanceof PyByteArray) {
      opts.onBytes?.();
      return x.b.slice(0, x.n);
    }
    if (opts.other) {
      const r = opts.other(x);
      if (r !== undefined) return r;
    }
    return notSerializable(x);
  };
  return conv(v);
}

/** `{key: value}` of a JS object as a Tauraro dict (for event dicts built on the JS side). */
export function dictOf(entries: Record<string, unknown>): PyDict {
  const d = newDict();
  for (const k of Object.keys(entries)) dictSet(d, k, fromJson(entries[k]));
  return d;
}

export { None };
