/**
 * float: construction (`float("1e5")`, `float("inf")`), methods and numeric dunders.
 */
import { None, NotImplemented, PyFloat, PyType } from "../objects.js";
import { T, isSubtype, typeOf } from "../types.js";
import { raise, typeError, valueError } from "../errors.js";
import {
  numAdd, numSub, numMul, numTrueDiv, numFloorDiv, numMod, numPow, numCmp, normBig, hashFloat, pyFloat, MAXS,
} from "../numbers.js";
import { call1 } from "../call.js";
import { repr } from "../ops.js";
import { allocate } from "../bootstrap.js";
import { floatRepr, formatFloat, roundFloat } from "../strings/index.js";
import { defMethods, staticMethod, classMethod, getset, intOf, floatOf, realOf, strOf, tname, indexArg, tuple } from "./common.js";
import { pyStrip, floatToInt, ndValue } from "./int.js";

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;

/** Parses a Python float literal (as float() accepts); undefined when invalid. */
export function parseFloatStr(s0: string): number | undefined {
  let s = pyStrip(s0);
  if (/[^\x00-\x7f]/.test(s)) s = s.replace(/\p{Nd}/gu, (ch) => String(ndValue(ch.codePointAt(0)!)));
  if (FLOAT_RE.test(s)) return Number(s.replace(/_/g, ""));
  const l = s.toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(l);
  if (m) {
    if (m[2] === "nan") return NaN;
    return m[1] === "-" ? -Infinity : Infinity;
  }
  return undefined;
}

/** float(x) as a JS number. */
export function toFloat(x: any): number {
  if (typeof x === "number") return x;
  if (x instanceof PyFloat && !x.$cls.$user) return x.v;
  const s = strOf(x);
  if (s !== undefined) {
    const v = parseFloatStr(s);
    if (v === undefined) valueError(`could not convert string to float: ${repr(s)}`);
    return v;
  }
  if (typeof x === "boolean" || typeof x === "bigint") return realOf(x)!;
  const t = typeOf(x);
  const ff = t.$L.__float__;
  if (ff !== undefined && ff !== None) {
    const r = call1(ff, x);
    const f = floatOf(r);
    if (f === undefined) {
      if (typeof r === "number") return r;
      typeError(`${t.$name}.__float__ returned non-float (type ${tname(r)})`);
    }
    return f;
  }
  const fi = t.$L.__index__;
  if (fi !== undefined && fi !== None) return realOf(indexArg(x))!;
  if (x instanceof PyFloat) return x.v;
  const bs = (x as any)?.b;
  if (bs instanceof Uint8Array) {
    let str = "";
    const n = x.n ?? bs.length;
    for (let i = 0; i < n; i++) str += String.fromCharCode(bs[i]);
    const v = parseFloatStr(str);
    if (v === undefined) valueError(`could not convert string to float: ${repr(x)}`);
    return v;
  }
  typeError(`float() argument must be a string or a real number, not '${t.$name}'`);
}

// ---- exact decomposition ----

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** x = m * 2**e with m an odd (or zero) integer bigint. Finite x only. */
export function decompose(x: number): [bigint, number] {
  F64[0] = x;
  const hi = U32[1], lo = U32[0];
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  if (mant === 0n) return [0n, 0];
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    e++;
  }
  return [x < 0 ? -mant : mant, e];
}

/** The double nearest to m * 2**e (round-half-even), for a bigint m >= 0. */
export function ldexpBig(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const bits = m.toString(2).length;
  // target: 53 significant bits, but not below the subnormal exponent -1074
  let shift = bits - 53;
  if (e + shift < -1074) shift = -1074 - e;
  if (shift > 0) {
    const S = BigInt(shift);
    const q = m >> S;
    const r = m - (q << S);
    const half = 1n << (S - 1n);
    let qq = q;
    if (r > half || (r === half && (q & 1n) === 1n)) qq = q + 1n;
    return Number(qq) * Math.pow(2, e + shift) || scale(Number(qq), e + shift);
  }
  return scale(Number(m), e);
}

function scale(x: number, e: number): number {
  // multiply by 2**e in safe steps (avoids intermediate overflow/underflow)
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

function asIntegerRatio(x: number): [number | bigint, number | bigint] {
  if (Number.isNaN(x)) valueError("cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) raise(T.OverflowError, "cannot convert Infinity to integer ratio");
  const [m, e] = decompose(x);
  if (e >= 0) return [normBig(m << BigInt(e)), 1];
  return [normBig(m), normBig(1n << BigInt(-e))];
}

function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + "0x0.0p+0";
  F64[0] = x;
  const hi = U32[1], lo = U32[0];
  const expBits = (hi >>> 20) & 0x7ff;
  const mant = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, "0");
  if (expBits === 0) return `${sign}0x0.${mant}p-1022`;
  const e = expBits - 1023;
  return `${sign}0x1.${mant}p${e >= 0 ? "+" : ""}${e}`;
}

function floatFromHex(s0: any): number {
  if (typeof s0 !== "string") typeError(`must be str, not ${tname(s0)}`);
  const s = pyStrip(s0);
  const special = parseFloatStr(s);
  if (special !== undefined && /^[+-]?(inf|infinity|nan)$/i.test(s)) return special;
  const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/.exec(s);
  if (!m || (m[2] === "" && (m[3] === undefined || m[3] === ""))) valueError("invalid hexadecimal floating-point string");
  const intPart = m[2], frac = m[3] ?? "";
  let exp = m[4] ? parseInt(m[4], 10) : 0;
  const digits = (intPart + frac).replace(/^0+/, "");
  let v: number;
  if (digits === "") v = 0;
  else {
    const M = BigInt("0x" + digits);
    const e2 = exp - 4 * frac.length;
    if (e2 + digits.length * 4 > 1100) raise(T.OverflowError, "hexadecimal value too large to represent as a float");
    v = e2 < -1200 - digits.length * 4 ? 0 : ldexpBig(M, e2);
    if (!Number.isFinite(v)) raise(T.OverflowError, "hexadecimal value too large to represent as a float");
  }
  return m[1] === "-" ? -v : v;
}

/** round(x) for a float with no ndigits: the nearest int, ties to even. */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function floatRound(self: any, nd: any): any {
  const x = floatOf(self)!;
  if (nd === undefined || nd === None) {
    if (Number.isNaN(x)) valueError("cannot convert float NaN to integer");
    if (!Number.isFinite(x)) raise(T.OverflowError, "cannot convert float infinity to integer");
    return floatToInt(roundHalfEven(x));
  }
  const n = indexArg(nd);
  const nn = typeof n === "bigint" ? (n > 0n ? 400 : -400) : n;
  return pyFloat(roundFloat(x, nn));
}

// ---- dunders ----

type Bin = (a: any, b: any) => any;

function binDunders(ops: Record<string, Bin>): Record<string, [string, (...a: any[]) => any]> {
  const out: Record<string, [string, (...a: any[]) => any]> = {};
  for (const name in ops) {
    const f = ops[name];
    out[`__${name}__`] = ["self, other, /", (a: any, b: any) => {
      const x = floatOf(a), y = realOf(b);
      if (y === undefined || x === undefined) return NotImplemented;
      return f(pyFloat(x), pyFloat(y));
    }];
    out[`__r${name}__`] = ["self, other, /", (a: any, b: any) => {
      const x = floatOf(a), y = realOf(b);
      if (y === undefined || x === undefined) return NotImplemented;
      return f(pyFloat(y), pyFloat(x));
    }];
  }
  return out;
}

function cmpDunder(test: (c: number) => boolean): [string, (a: any, b: any) => any] {
  return ["self, other, /", (a: any, b: any) => {
    const x = floatOf(a);
    if (x === undefined) return NotImplemented;
    const i = intOf(b);
    let c: any;
    if (i !== undefined) c = numCmp(pyFloat(x), i);
    else {
      const y = floatOf(b);
      if (y === undefined) return NotImplemented;
      c = x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
    }
    if (Number.isNaN(c)) return test === NE ? true : false;
    return test(c);
  }];
}
const NE = (c: number) => c !== 0;

defMethods(T.float, {
  __new__: staticMethod(T.float, "__new__", "cls, x=0.0, /", (cls: any, x: any) => {
    if (!(cls instanceof PyType) || !isSubtype(cls, T.float)) typeError(`float.__new__(X): X is not a subtype of float`);
    const v = x === undefined ? 0 : toFloat(x);
    if (cls === T.float) return pyFloat(v);
    const o = allocate(cls);
    o.v = v;
    return o;
  }),
  __repr__: ["self, /", (a: any) => floatRepr(floatOf(a)!)],
  __hash__: ["self, /", (a: any) => hashFloat(floatOf(a)!)],
  __bool__: ["self, /", (a: any) => floatOf(a)! !== 0],
  __int__: ["self, /", (a: any) => floatToInt(floatOf(a)!)],
  __trunc__: ["self, /", (a: any) => floatToInt(floatOf(a)!)],
  __floor__: ["self, /", (a: any) => floatToInt(Math.floor(floatOf(a)!))],
  __ceil__: ["self, /", (a: any) => floatToInt(Math.ceil(floatOf(a)!))],
  __float__: ["self, /", (a: any) => pyFloat(floatOf(a)!)],
  __round__: ["self, ndigits=None, /", floatRound],
  __neg__: ["self, /", (a: any) => pyFloat(-floatOf(a)!)],
  __pos__: ["self, /", (a: any) => pyFloat(floatOf(a)!)],
  __abs__: ["self, /", (a: any) => pyFloat(Math.abs(floatOf(a)!))],
  __format__: ["self, format_spec, /", (a: any, spec: any) => {
    if (typeof spec !== "string") typeError(`__format__() argument must be str, not ${tname(spec)}`);
    if (spec === "") return typeOf(a) === T.float ? floatRepr(floatOf(a)!) : strOfObj(a);
    return formatFloat(floatOf(a)!, spec, tname(a));
  }],
  __getnewargs__: ["self, /", (a: any) => tuple([pyFloat(floatOf(a)!)])],
  ...binDunders({
    add: numAdd, sub: numSub, mul: numMul, truediv: numTrueDiv, floordiv: numFloorDiv, mod: numMod,
    divmod: (a, b) => tuple([numFloorDiv(a, b), numMod(a, b)]),
  }),
  __pow__: ["self, value, mod=None, /", (a: any, b: any, m: any) => {
    const x = floatOf(a), y = realOf(b);
    if (x === undefined || y === undefined) return NotImplemented;
    if (m !== undefined && m !== None) typeError("pow() 3rd argument not allowed unless all arguments are integers");
    return numPow(pyFloat(x), pyFloat(y));
  }],
  __rpow__: ["self, value, mod=None, /", (a: any, b: any, m: any) => {
    const x = floatOf(a), y = realOf(b);
    if (x === undefined || y === undefined) return NotImplemented;
    if (m !== undefined && m !== None) typeError("pow() 3rd argument not allowed unless all arguments are integers");
    return numPow(pyFloat(y), pyFloat(x));
  }],
  __eq__: cmpDunder((c) => c === 0),
  __ne__: cmpDunder(NE),
  __lt__: cmpDunder((c) => c < 0),
  __le__: cmpDunder((c) => c <= 0),
  __gt__: cmpDunder((c) => c > 0),
  __ge__: cmpDunder((c) => c >= 0),
  is_integer: ["self, /", (a: any) => Number.isInteger(floatOf(a)!)],
  as_integer_ratio: ["self, /", (a: any) => tuple(asIntegerRatio(floatOf(a)!))],
  hex: ["self, /", (a: any) => floatHex(floatOf(a)!)],
  fromhex: classMethod(T.float, "fromhex", "cls, string, /", (cls: any, s: any) => {
    const v = floatFromHex(s);
    return cls === T.float ? pyFloat(v) : call1(cls, pyFloat(v));
  }),
  conjugate: ["self, /", (a: any) => pyFloat(floatOf(a)!)],
  real: getset("real", (a: any) => pyFloat(floatOf(a)!)),
  imag: getset("imag", () => new PyFloat(0)),
  __getformat__: classMethod(T.float, "__getformat__", "cls, typestr, /", () => "IEEE, little-endian"),
  __doc__: "Convert a string or number to a floating point number, if possible.",
});

import { str as strFn } from "../ops.js";
function strOfObj(a: any): string {
  return strFn(a);
}

export { asIntegerRatio, floatHex, floatFromHex, MAXS };
