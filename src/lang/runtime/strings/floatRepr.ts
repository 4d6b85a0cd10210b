// Python float → text: repr/str, printf-style fixed/exponent/general layouts, round(x, n).
//
// Digits are produced the way CPython's dtoa does: correctly rounded, round-half-even on
// the exact binary value. Fast paths use Number.prototype.toFixed / toExponential (which
// are exact but break ties away from zero); a possible tie is detected by asking for one
// more digit and checking for a final '5', and then the exact BigInt path decides.

import { raise } from "./codepoints.js";

const dv = new DataView(new ArrayBuffer(8));

/** x (> 0, finite) = m * 2^e exactly. */
function decompose(x: number): [bigint, number] {
  dv.setFloat64(0, x);
  const bits = dv.getBigUint64(0);
  const bexp = Number((bits >> 52n) & 0x7ffn);
  const m = bits & 0xfffffffffffffn;
  if (bexp === 0) return [m, -1074];
  return [m | 0x10000000000000n, bexp - 1075];
}

const P10: bigint[] = [1n];
function pow10(n: number): bigint {
  if (n < P10.length) return P10[n];
  if (n > 400) return 10n ** BigInt(n);
  while (P10.length <= n) P10.push(P10[P10.length - 1] * 10n);
  return P10[n];
}

/** round-half-even(num / den) for num ≥ 0, den > 0. */
function roundDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** round-half-even(x * 10^k) for x > 0 finite, any integer k. */
function scaledRound(x: number, k: number): bigint {
  const [m, e] = decompose(x);
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (k >= 0) num *= pow10(k);
  else den *= pow10(-k);
  return roundDiv(num, den);
}

/** sign(x - 10^E) for x > 0 finite. */
function cmpPow10(x: number, E: number): number {
  const [m, e] = decompose(x);
  let a = m;
  let b = 1n;
  if (e >= 0) a <<= BigInt(e);
  else b <<= BigInt(-e);
  if (E >= 0) b *= pow10(E);
  else a *= pow10(-E);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Decimal digits (no trailing zeros; "" when the value rounds to zero) and decimal-point position. */
export interface Digits {
  d: string;
  decpt: number;
}

function stripZeros(d: string): string {
  let n = d.length;
  while (n > 0 && d.charCodeAt(n - 1) === 48) n--;
  return n === d.length ? d : d.slice(0, n);
}

function parseExpString(s: string): Digits {
  // s like "1.2345e+21" or "5e-324"
  const ei = s.indexOf("e");
  const mant = s.slice(0, ei);
  const E = +s.slice(ei + 1);
  const d = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return { d: stripZeros(d), decpt: E + 1 };
}

/** Shortest round-trip digits (dtoa mode 0) of x > 0. */
export function digitsShortest(ax: number): Digits {
  return parseExpString(ax.toExponential());
}

/** Digits rounded to `nd` places after the point (dtoa mode 3; nd may be negative) for x > 0. */
export function digitsFixed(ax: number, nd: number): Digits {
  if (nd >= 0 && nd <= 99 && ax < 1e21) {
    const t = ax.toFixed(nd + 1);
    if (t.charCodeAt(t.length - 1) !== 53) {
      const s = nd === 0 ? ax.toFixed(0) : ax.toFixed(nd);
      const dot = nd === 0 ? s.length : s.length - nd - 1;
      const all = nd === 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
      let k = 0;
      while (k < all.length && all.charCodeAt(k) === 48) k++;
      const d = stripZeros(all.slice(k));
      return d === "" ? { d: "", decpt: -nd } : { d, decpt: dot - k };
    }
  }
  const N = scaledRound(ax, nd);
  if (N === 0n) return { d: "", decpt: -nd };
  const s = N.toString();
  return { d: stripZeros(s), decpt: s.length - nd };
}

/** `nd` (≥ 1) significant digits (dtoa mode 2) of x > 0. */
export function digitsExp(ax: number, nd: number): Digits {
  if (nd <= 100) {
    const t = ax.toExponential(nd);
    if (t.charCodeAt(t.indexOf("e") - 1) !== 53) return parseExpString(ax.toExponential(nd - 1));
  }
  let E = Math.floor(Math.log10(ax));
  while (cmpPow10(ax, E) < 0) E--;
  while (cmpPow10(ax, E + 1) >= 0) E++;
  let N = scaledRound(ax, nd - 1 - E);
  if (N === pow10(nd)) {
    N = pow10(nd - 1);
    E++;
  }
  return { d: stripZeros(N.toString()), decpt: E + 1 };
}

/**
 * CPython's format_float_short. code: 'e' | 'f' | 'g' | 'r' (lower case; `upper` selects E/INF/NAN).
 * precision as given to PyOS_double_to_string ('e': digits after the point; 'g': significant
 * digits, 0 meaning 1; 'r': ignored).
 */
export function formatFloatCore(
  x: number,
  code: "e" | "f" | "g" | "r",
  precision: number,
  alt: boolean,
  addDot0: boolean,
  noNeg0: boolean,
  upper: boolean,
): string {
  if (x !== x) return upper ? "NAN" : "nan";
  if (x === Infinity) return upper ? "INF" : "inf";
  if (x === -Infinity) return upper ? "-INF" : "-inf";
  let neg = x < 0 || (x === 0 && 1 / x < 0);
  const ax = neg ? -x : x;
  if (code === "f" && !alt && !noNeg0 && precision <= 99 && ax < 1e21 && ax !== 0) {
    const t = ax.toFixed(precision + 1);
    if (t.charCodeAt(t.length - 1) !== 53) return x.toFixed(precision);
  }
  if (code === "e") precision++;
  else if (code === "g" && precision === 0) precision = 1;
  let dg: Digits;
  if (ax === 0) dg = { d: "0", decpt: 1 };
  else if (code === "r") dg = digitsShortest(ax);
  else if (code === "f") dg = digitsFixed(ax, precision);
  else dg = digitsExp(ax, precision);
  const digits = dg.d;
  let decpt = dg.decpt;
  const dl = digits.length;
  if (noNeg0 && neg && (dl === 0 || digits === "0")) neg = false;

  let useExp = false;
  let vend = dl;
  switch (code) {
    case "e":
      useExp = true;
      vend = precision;
      break;
    case "f":
      vend = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vend = precision;
      break;
    case "r":
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;

  let out = neg ? "-" : "";
  if (decpt <= 0) out += "0".repeat(decpt - vstart) + "." + "0".repeat(-decpt);
  if (0 < decpt && decpt <= dl) out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  else out += digits;
  if (dl < decpt) out += "0".repeat(decpt - dl) + "." + "0".repeat(vend - decpt);
  else if (vend > dl) out += "0".repeat(vend - dl);
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  if (useExp) {
    const ae = exp < 0 ? -exp : exp;
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" : "") + ae;
  }
  return out;
}

/** Python repr(float) (== str(float) in Python 3). */
export function floatRepr(x: number): string {
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const s = "" + x;
    return Number.isInteger(x) ? s + ".0" : s;
  }
  if (x === 0) return 1 / x < 0 ? "-0.0" : "0.0";
  if (x !== x) return "nan";
  if (ax === Infinity) return x > 0 ? "inf" : "-inf";
  const s = x.toExponential();
  const ei = s.indexOf("e");
  const es = s.charCodeAt(ei + 1) === 45 ? "-" : "+";
  const ed = s.slice(ei + 2);
  return s.slice(0, ei) + "e" + es + (ed.length < 2 ? "0" + ed : ed);
}

/** Python str(float); same as repr in Python 3. */
export const floatStr = floatRepr;

/** '%.{prec}f' % x */
export function formatFloatFixed(x: number, prec: number, alt = false): string {
  return formatFloatCore(x, "f", prec, alt, false, false, false);
}

/** '%.{prec}e' % x (upper: '%E') */
export function formatFloatExp(x: number, prec: number, alt = false, upper = false): string {
  return formatFloatCore(x, "e", prec, alt, false, false, upper);
}

/** '%.{prec}g' % x (alt: '%#g'; upper: '%G') */
export function formatFloatGeneral(x: number, prec: number, alt = false, upper = false): string {
  return formatFloatCore(x, "g", prec, alt, false, false, upper);
}

/**
 * Python round(x, ndigits) for a float x with an explicit ndigits: returns the JS number
 * (the caller boxes it as a float). Raises OverflowError when the result is too large.
 */
export function roundFloat(x: number, ndigits: number): number {
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * x;
  const neg = x < 0;
  const ax = neg ? -x : x;
  if (ndigits >= 0 && ax >= 4503599627370496) return x;
  const dg = digitsFixed(ax, ndigits);
  if (dg.d === "") return neg ? -0 : 0;
  const r = Number("0." + dg.d + "e" + dg.decpt);
  if (r === Infinity) raise("OverflowError", "rounded value too large to represent");
  return neg ? -r : r;
}
