/**
 * int and float arithmetic with Python's semantics on JS numbers, promoting ints to BigInt
 * only past 2^53. Each `numX` returns NI when an operand is not a number so that the caller
 * can fall back to dunder methods.
 */
import { PyFloat, PyComplex } from "./objects.js";
import { raise, T } from "./errors.js";

export const MAXS = Number.MAX_SAFE_INTEGER;
const MAXSB = BigInt(MAXS);
const MINSB = -MAXSB;

/** "Not implemented for these operands": the caller tries the next strategy. */
export const NI: unique symbol = Symbol("NI");

export function normBig(b: bigint): number | bigint {
  return b <= MAXSB && b >= MINSB ? Number(b) : b;
}

/** Makes a Python float from a JS number (boxing integral values). */
export function pyFloat(v: number): any {
  return Number.isInteger(v) ? new PyFloat(v) : v;
}

/** True for Python ints, bools excluded. */
export function isInt(x: any): boolean {
  return typeof x === "number" ? Number.isInteger(x) : typeof x === "bigint";
}

/** True for ints and bools (bool is a subclass of int). */
export function isIntLike(x: any): boolean {
  return typeof x === "number" ? Number.isInteger(x) : typeof x === "bigint" || typeof x === "boolean";
}

export function isFloat(x: any): boolean {
  return typeof x === "number" ? !Number.isInteger(x) : x instanceof PyFloat;
}

/**
 * Numeric kind: 0 not a number, 1 small int or bool, 2 bigint, 3 float, 4 complex.
 * Subclasses of int/float (user classes) are PyObjects and report 0: they go through dunders.
 */
export function numKind(x: any): number {
  switch (typeof x) {
    case "number":
      return Number.isInteger(x) ? 1 : 3;
    case "boolean":
      return 1;
    case "bigint":
      return 2;
    case "object":
      return x instanceof PyFloat ? 3 : x instanceof PyComplex ? 4 : 0;
    default:
      return 0;
  }
}

/** A JS double for an int, bool or float. */
export function toNumber(x: any): number {
  switch (typeof x) {
    case "number":
      return x;
    case "boolean":
      return x ? 1 : 0;
    case "bigint": {
      const n = Number(x);
      if (!Number.isFinite(n)) raise(T.OverflowError, "int too large to convert to float");
      return n;
    }
    default:
      return (x as PyFloat).v;
  }
}

export function toBig(x: any): bigint {
  return typeof x === "bigint" ? x : BigInt(typeof x === "boolean" ? (x ? 1 : 0) : x);
}

function smallInt(x: any): number {
  return typeof x === "boolean" ? (x ? 1 : 0) : x;
}

export function numAdd(a: any, b: any): any {
  const ka = numKind(a), kb = numKind(b);
  if (ka === 0 || kb === 0) return NI;
  if (ka === 4 || kb === 4) return complexOp("+", a, b);
  if (ka === 3 || kb === 3) return pyFloat(toNumber(a) + toNumber(b));
  if (ka === 1 && kb === 1) {
    const r = smallInt(a) + smallInt(b);
    return r <= MAXS && r >= -MAXS ? r : normBig(BigInt(smallInt(a)) + BigInt(smallInt(b)));
  }
  return normBig(toBig(a) + toBig(b));
}

export function numSub(a: any, b: any): any {
  const ka = numKind(a), kb = numKind(b);
  if (ka === 0 || kb === 0) return NI;
  if (ka === 4 || kb === 4) return complexOp("-", a, b);
  if (ka === 3 || kb === 3) return pyFloat(toNumber(a) - toNumber(b));
  if (ka === 1 && kb === 1) {
    const r = smallInt(a) - smallInt(b);
    return r <= MAXS && r >= -MAXS ? r : normBig(BigInt(smallInt(a)) - BigInt(smallInt(b)));
  }
  return normBig(toBig(a) - toBig(b));
}

export function numMul(a: any, b: any): any {
  const ka = numKind(a), kb = numKind(b);
  if (ka === 0 || kb === 0) return NI;
  if (ka === 4 || kb === 4) return complexOp("*", a, b);
  if (ka === 3 || kb === 3) return pyFloat(toNumber(a) * toNumber(b));
  if (ka === 1 && kb === 1) {
    const r = smallInt(a) * smallInt(b);
    if (r <= MAXS && r >= -MAXS) return r === 0 ? 0 : r;
    return normBig(BigInt(smallInt(a)) * BigInt(smallInt(b)));
  }
  return normBig(toBig(a) * toBig(b));
}

export function numTrueDiv(a: any, b: any): any {
  const ka = numKind(a), kb = numKind(b);
  if (ka === 0 || kb === 0) return NI;
  if (ka === 4 || kb === 4) return complexOp("/", a, b);
  if (ka !== 3 && kb !== 3) {
    if (ka === 2 || kb === 2) {
      const bb = toBig(b);
      if (bb === 0n) raise(T.ZeroDivisionError, "division by zero");
      return pyFloat(bigTrueDiv(toBig(a), bb));
    }
    const y = smallInt(b);
    if (y === 0) raise(T.ZeroDivisionError, "division by zero");
    return pyFloat(smallInt(a) / y);
  }
  const y = toNumber(b);
  if (y === 0) raise(T.ZeroDivisionError, "float division by zero");
  return pyFloat(toNumber(a) / y);
}

/** Correctly-rounded-enough division of big ints (exact integer part, scaled remainder). */
function bigTrueDiv(a: bigint, b: bigint): number {
  const neg = a < 0n !== b < 0n;
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  // Scale so that the quotient has ~64 significant bits, then let the double rounding happen once.
  const shift = BigInt(Math.max(0, 64 - (a.toString(2).length - b.toString(2).length)));
  const q = (a << shift) / b;
  let r = Number(q) / 2 ** Number(shift);
  if (!Number.isFinite(r)) raise(T.OverflowError, "integer division result too large for a float");
  return neg ? -r : r;
}

/** Python's modulo: the result has the sign of the divisor. */
function intMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r === 0 ? 0 : r;
}

function bigMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

function floatDivmod(x: number, y: number): [number, number] {
  // CPython's _float_div_mod: NaN counts as non-zero there (C truthiness), and zero results
  // take the sign CPython gives them.
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    const q = x / y;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function numFloorDiv(a: any, b: any): any {
  const ka = numKind(a), kb = numKind(b);
  if (ka === 0 || kb === 0 || ka === 4 || kb === 4) return NI;
  if (ka === 3 || kb === 3) {
    const y = toNumber(b);
    if (y === 0) raise(T.ZeroDivisionError, "float floor division by zero");
    return pyFloat(floatDivmod(toNumber(a), y)[0]);
  }
  if (ka === 1 && kb === 1) {
    const x = smallInt(a), y = smallInt(b);
    if (y === 0) raise(T.ZeroDivisionError, "integer division or modulo by zero");
    if (x < 2147483648 && x > -2147483648 && y < 2147483648 && y > -2147483648) {
      const q = Math.floor(x / y);
      return q === 0 ? 0 : q;
    }
    return normBig(bigFloorDiv(BigInt(x), BigInt(y)));
  }
  const y = toBig(b);
  if (y === 0n) raise(T.ZeroDivisionError, "integer division or modulo by zero");
  return normBig(bigFloorDiv(toBig(a), y));
}

function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && (a < 0n !== b < 0n) ? q - 1n : q;
}

export function numMod(a: any, b: any): any {
  const ka = numKind(a), kb = numKind(b);
  if (ka === 0 || kb === 0 || ka === 4 || kb === 4) return NI;
  if (ka === 3 || kb === 3) {
    const y = toNumber(b);
    if (y === 0) raise(T.ZeroDivisionError, "float modulo");
    return pyFloat(floatDivmod(toNumber(a), y)[1]);
  }
  if (ka === 1 && kb === 1) {
    const y = smallInt(b);
    if (y === 0) raise(T.ZeroDivisionError, "integer modulo by zero");
    return intMod(smallInt(a), y);
  }
  const y = toBig(b);
  if (y === 0n) raise(T.ZeroDivisionError, "integer modulo by zero");
  return normBig(bigMod(toBig(a), y));
}

export function numDivmod(a: any, b: any): any {
  const q = numFloorDiv(a, b);
  if (q === NI) return NI;
  return [q, numMod(a, b)];
}

export function numPow(a: any, b: any, m?: any): any {
  const ka = numKind(a), kb = numKind(b);
  if (ka === 0 || kb === 0) return NI;
  if (ka === 4 || kb === 4) return complexOp("**", a, b);
  if (m !== undefined && !isNoneLike(m)) {
    if (ka === 3 || kb === 3 || numKind(m) === 3) raise(T.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return modPow(toBig(a), toBig(b), toBig(m));
  }
  if (ka === 3 || kb === 3) {
    const x = toNumber(a), y = toNumber(b);
    if (x === 0 && y < 0) raise(T.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (x < 0 && Number.isFinite(x) && !Number.isInteger(y) && Number.isFinite(y)) return complexPow(x, y);
    const r = floatPow(x, y);
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) raise(T.OverflowError, "(34, 'Numerical result out of range')");
    return pyFloat(r);
  }
  // int ** int
  if (kb === 1 ? smallInt(b) < 0 : toBig(b) < 0n) {
    const x = toNumber(a);
    if (x === 0) raise(T.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return pyFloat(floatPow(x, toNumber(b)));
  }
  if (ka === 1 && kb === 1) {
    const r = Math.pow(smallInt(a), smallInt(b));
    if (r <= MAXS && r >= -MAXS) return r;
  }
  const e = toBig(b);
  const base = toBig(a);
  if (e > 100000000n && base !== 0n && base !== 1n && base !== -1n) raise(T.MemoryError, "");
  return normBig(base ** e);
}

function isNoneLike(m: any): boolean {
  return m === null || (typeof m === "object" && m.$cls === T.NoneType);
}

function modPow(b: bigint, e: bigint, m: bigint): any {
  if (m === 0n) raise(T.ValueError, "pow() 3rd argument cannot be 0");
  if (e < 0n) {
    const inv = modInverse(bigMod(b, m < 0n ? -m : m), m < 0n ? -m : m);
    b = inv;
    e = -e;
  }
  let r = 1n;
  const mm = m < 0n ? -m : m;
  b = bigMod(b, mm);
  while (e > 0n) {
    if (e & 1n) r = (r * b) % mm;
    b = (b * b) % mm;
    e >>= 1n;
  }
  if (m < 0n && r !== 0n) r += m;
  return normBig(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [g, x] = egcd(a, m);
  if (g !== 1n) raise(T.ValueError, "base is not invertible for the given modulus");
  return bigMod(x, m);
}

function egcd(a: bigint, b: bigint): [bigint, bigint] {
  let [r0, r1, s0, s1] = [a, b, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return [r0, s0];
}

/**
 * Float power. CPython uses the C library's pow, which is correctly rounded; V8's Math.pow is
 * not always, so the math module installs an exact version. The exponents whose correctly
 * rounded result is a single IEEE operation skip it: they are the common ones (`x ** 0.5`, `x ** 2`).
 */
let exactPow = (x: number, y: number): number => Math.pow(x, y);
export function floatPow(x: number, y: number): number {
  if (y === 0.5) {
    if (x === 0) return 0;
    if (x === -Infinity) return Infinity;
    return Math.sqrt(x);
  }
  if (y === 2) return x * x;
  if (y === 1) return x;
  if (y === 0) return 1;
  if (y === -1) return 1 / x;
  return exactPow(x, y);
}
export function setFloatPow(f: (x: number, y: number) => number): void {
  exactPow = f;
}

function complexPow(x: number, y: number): any {
  const r = Math.pow(-x, y);
  const th = Math.PI * y;
  return new PyComplex(r * Math.cos(th), r * Math.sin(th));
}

function asComplex(x: any): [number, number] {
  return x instanceof PyComplex ? [x.re, x.im] : [toNumber(x), 0];
}

function complexOp(op: string, a: any, b: any): any {
  const [ar, ai] = asComplex(a);
  const [br, bi] = asComplex(b);
  switch (op) {
    case "+":
      return new PyComplex(ar + br, ai + bi);
    case "-":
      return new PyComplex(ar - br, ai - bi);
    case "*":
      return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    case "/": {
      const d = br * br + bi * bi;
      if (d === 0) raise(T.ZeroDivisionError, "complex division by zero");
      return new PyComplex((ar * br + ai * bi) / d, (ai * br - ar * bi) / d);
    }
    default: {
      if (br === 0 && bi === 0) return new PyComplex(1, 0);
      const mod = Math.hypot(ar, ai), arg = Math.atan2(ai, ar);
      const lr = Math.log(mod);
      const nr = Math.exp(br * lr - bi * arg), na = bi * lr + br * arg;
      return new PyComplex(nr * Math.cos(na), nr * Math.sin(na));
    }
  }
}

// ---- bitwise (ints only) ----

function bothInt(a: any, b: any): boolean {
  const ka = numKind(a), kb = numKind(b);
  return (ka === 1 || ka === 2) && (kb === 1 || kb === 2);
}

function isI32(x: number): boolean {
  return x <= 0x7fffffff && x >= -0x80000000;
}

export function numAnd(a: any, b: any): any {
  if (!bothInt(a, b)) return NI;
  if (typeof a === "boolean" && typeof b === "boolean") return a && b;
  const x = smallIntOr(a), y = smallIntOr(b);
  if (typeof x === "number" && typeof y === "number" && isI32(x) && isI32(y)) return x & y;
  return normBig(toBig(a) & toBig(b));
}

export function numOr(a: any, b: any): any {
  if (!bothInt(a, b)) return NI;
  if (typeof a === "boolean" && typeof b === "boolean") return a || b;
  const x = smallIntOr(a), y = smallIntOr(b);
  if (typeof x === "number" && typeof y === "number" && isI32(x) && isI32(y)) return x | y;
  return normBig(toBig(a) | toBig(b));
}

export function numXor(a: any, b: any): any {
  if (!bothInt(a, b)) return NI;
  if (typeof a === "boolean" && typeof b === "boolean") return a !== b;
  const x = smallIntOr(a), y = smallIntOr(b);
  if (typeof x === "number" && typeof y === "number" && isI32(x) && isI32(y)) return x ^ y;
  return normBig(toBig(a) ^ toBig(b));
}

function smallIntOr(x: any): number | bigint {
  return typeof x === "boolean" ? (x ? 1 : 0) : x;
}

export function numLshift(a: any, b: any): any {
  if (!bothInt(a, b)) return NI;
  const n = toBig(b);
  if (n < 0n) raise(T.ValueError, "negative shift count");
  const x = smallIntOr(a);
  if (typeof x === "number" && n < 31n) {
    const r = x * 2 ** Number(n);
    if (r <= MAXS && r >= -MAXS) return r;
  }
  return normBig(toBig(a) << n);
}

export function numRshift(a: any, b: any): any {
  if (!bothInt(a, b)) return NI;
  const n = toBig(b);
  if (n < 0n) raise(T.ValueError, "negative shift count");
  const x = smallIntOr(a);
  if (typeof x === "number") {
    if (n > 60n) return x < 0 ? -1 : 0;
    const r = Math.floor(x / 2 ** Number(n));
    return r === 0 ? 0 : r;
  }
  return normBig(toBig(a) >> n);
}

export function numNeg(a: any): any {
  switch (typeof a) {
    case "number":
      return a === 0 ? 0 : Number.isInteger(a) ? -a : -a;
    case "boolean":
      return a ? -1 : 0;
    case "bigint":
      return normBig(-a);
  }
  if (a instanceof PyFloat) return pyFloat(-a.v);
  if (a instanceof PyComplex) return new PyComplex(-a.re, -a.im);
  return NI;
}

export function numPos(a: any): any {
  switch (typeof a) {
    case "number":
    case "bigint":
      return a;
    case "boolean":
      return a ? 1 : 0;
  }
  if (a instanceof PyFloat || a instanceof PyComplex) return a;
  return NI;
}

export function numInvert(a: any): any {
  switch (typeof a) {
    case "number":
      return Number.isInteger(a) ? -a - 1 : NI;
    case "boolean":
      return a ? -2 : -1;
    case "bigint":
      return normBig(-a - 1n);
  }
  return NI;
}

export function numAbs(a: any): any {
  switch (typeof a) {
    case "number":
      return Math.abs(a);
    case "boolean":
      return a ? 1 : 0;
    case "bigint":
      return a < 0n ? -a : a;
  }
  if (a instanceof PyFloat) return new PyFloat(Math.abs(a.v));
  if (a instanceof PyComplex) return pyFloat(Math.hypot(a.re, a.im));
  return NI;
}

/** Python `==` between two numbers (any kinds); NI if either is not a number. */
export function numEq(a: any, b: any): any {
  const ka = numKind(a), kb = numKind(b);
  if (ka === 0 || kb === 0) return NI;
  if (ka === 4 || kb === 4) {
    const [ar, ai] = asComplex(a), [br, bi] = asComplex(b);
    return ar === br && ai === bi;
  }
  if (ka === 2 || kb === 2) {
    // bigint vs float: compare exactly
    if (ka === 3 || kb === 3) {
      const f = ka === 3 ? toNumber(a) : toNumber(b);
      const i = ka === 3 ? b : a;
      if (!Number.isInteger(f)) return false;
      return BigInt(f) === toBig(i);
    }
    return toBig(a) === toBig(b);
  }
  return toNumber(a) === toNumber(b);
}

/** Three-way numeric comparison (-1, 0, 1), NaN compares as "unordered" (returns NaN). */
export function numCmp(a: any, b: any): number | typeof NI {
  const ka = numKind(a), kb = numKind(b);
  if (ka === 0 || kb === 0 || ka === 4 || kb === 4) return NI;
  if (ka === 2 || kb === 2) {
    const x = ka === 3 ? toNumber(a) : ka === 2 ? a : toBig(a);
    const y = kb === 3 ? toNumber(b) : kb === 2 ? b : toBig(b);
    if (typeof x === "number" && Number.isNaN(x)) return NaN;
    if (typeof y === "number" && Number.isNaN(y)) return NaN;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = toNumber(a), y = toNumber(b);
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
}

// ---- hashing, CPython-compatible for numbers ----

const MODULUS = (1n << 61n) - 1n;

export function hashInt(x: number | bigint): number {
  if (typeof x === "number" && x >= -1073741824 && x < 1073741824) return x === -1 ? -2 : x;
  let b = BigInt(x);
  const neg = b < 0n;
  if (neg) b = -b;
  let h = b % MODULUS;
  if (neg) h = -h;
  let r = Number(h);
  return r === -1 ? -2 : r;
}

export function hashFloat(v: number): number {
  if (Number.isNaN(v)) return 0;
  if (!Number.isFinite(v)) return v > 0 ? 314159 : -314159;
  if (Number.isInteger(v)) return hashInt(BigInt(v));
  // CPython: hash of the exact rational value m/2^e modulo 2^61-1.
  let m = Math.abs(v);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  let num = BigInt(m) % MODULUS;
  // multiply by inverse of 2^e mod MODULUS: 2^61 ≡ 1, so 2^-e ≡ 2^(61 - e mod 61)
  const inv = (1n << BigInt((61 - (e % 61)) % 61)) % MODULUS;
  let h = (num * inv) % MODULUS;
  if (v < 0) h = -h;
  const r = Number(h);
  return r === -1 ? -2 : r;
}

export { intMod, bigMod };
