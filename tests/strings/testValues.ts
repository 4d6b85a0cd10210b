// Minimal stand-ins for Python values in the strings tests: floats are boxed as {f}, so ints
// (JS numbers/bigints), floats, strs, bools and None can be told apart, as in the real runtime.
import { floatRepr, strRepr, asciiRepr, StrRuntimeError, type PercentHooks } from "../../src/lang/runtime/strings/index.js";
import { pf } from "./helpers.js";

export interface FloatBox { f: number }

export function decode(v: [string, any]): unknown {
  switch (v[0]) {
    case "i": {
      const b = BigInt(v[1]);
      return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
    }
    case "f": return { f: pf(v[1]) } as FloatBox;
    case "b": return v[1];
    case "n": return null;
    default: return v[1];
  }
}

export function pyStr(v: unknown): string {
  if (v === null) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "object") return floatRepr((v as FloatBox).f);
  return String(v);
}

export function pyRepr(v: unknown): string {
  return typeof v === "string" ? strRepr(v) : pyStr(v);
}

export function typeName(v: unknown): string {
  if (v === null) return "NoneType";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "string") return "str";
  if (typeof v === "object") return "float";
  return "int";
}

export const hooks: PercentHooks = {
  str: pyStr,
  repr: pyRepr,
  ascii: (v) => (typeof v === "string" ? asciiRepr(v) : pyStr(v)),
  typeName,
  toInt(v, index) {
    if (v !== null && typeof v === "object" && !index) {
      const f = (v as FloatBox).f;
      if (f !== f) throw new StrRuntimeError("ValueError", "cannot convert float NaN to integer");
      if (!Number.isFinite(f)) throw new StrRuntimeError("OverflowError", "cannot convert float infinity to integer");
      const t = Math.trunc(f);
      return Number.isSafeInteger(t) ? t : BigInt(t);
    }
    return undefined;
  },
  toFloat(v) {
    return v !== null && typeof v === "object" ? (v as FloatBox).f : undefined;
  },
};
