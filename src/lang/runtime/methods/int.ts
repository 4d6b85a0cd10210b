/**
 * int and bool: construction, methods and the numeric dunders (which return NotImplemented for
 * operands that are not ints, so the binary-operator protocol can try the other side).
 */
import { None, NotImplemented, PyBytes, PyByteArray, PyFloat, PyObject, PyTuple, PyType } from "../objects.js";
import { T, isSubtype, typeOf } from "../types.js";
import { raise, typeError, valueError } from "../errors.js";
import {
  numAdd, numSub, numMul, numTrueDiv, numFloorDiv, numMod, numPow, numLshift, numRshift,
  numAnd, numOr, numXor, numNeg, numInvert, numAbs, numCmp, normBig, hashInt, MAXS,
} from "../numbers.js";
import { call1 } from "../call.js";
import { bigToStr, repr } from "../ops.js";
import { allocate } from "../bootstrap.js";
import { formatInt } from "../strings/index.js";
import { defMethods, staticMethod, classMethod, getset, intOf, strOf, tname, indexArg, tuple } from "./common.js";
import { toArray } from "../iter.js";

// ---- parsing ----

const WS = /^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/g;

/** Strips Python whitespace from both ends. */
export function pyStrip(s: string): string {
  return s.replace(WS, "");
}

function digitVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

const ND = /\p{Nd}/u;
/** The value of a Unicode decimal digit: Nd blocks are runs of ten starting at a zero. */
export function ndValue(cp: number): number {
  let start = cp;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** Parses a Python int literal in `base` (0: by prefix); returns undefined when invalid. */
export function parseIntStr(s0: string, base: number): number | bigint | undefined {
  let s = pyStrip(s0);
  if (/[^\x00-\x7f]/.test(s)) {
    // Unicode decimal digits (e.g. fullwidth '１２３') count as their ASCII values.
    s = s.replace(/\p{Nd}/gu, (ch) => String(ndValue(ch.codePointAt(0)!)));
    if (/[^\x00-\x7f]/.test(s)) return undefined;
  }
  let neg = false;
  let i = 0;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    i = 1;
  }
  const p = s.slice(i, i + 2).toLowerCase();
  let hadPrefix = false;
  if (base === 0) {
    if (p === "0x") base = 16;
    else if (p === "0o") base = 8;
    else if (p === "0b") base = 2;
    else {
      base = 10;
      // base 0: no leading zeros unless the number is zero
      const body = s.slice(i).replace(/_/g, "");
      if (body.length > 1 && body[0] === "0" && !/^0+$/.test(body)) return undefined;
    }
    if (base !== 10) {
      i += 2;
      hadPrefix = true;
    }
  } else if ((base === 16 && p === "0x") || (base === 8 && p === "0o") || (base === 2 && p === "0b")) {
    i += 2;
    hadPrefix = true;
  }
  const body = s.slice(i);
  if (body.length === 0) return undefined;
  // underscores: single, between digits (or right after a base prefix)
  if (body.endsWith("_") || body.includes("__")) return undefined;
  if (body[0] === "_" && !hadPrefix) return undefined;
  const digits = body.replace(/_/g, "");
  if (digits.length === 0) return undefined;
  for (let k = 0; k < digits.length; k++) if (digitVal(digits.charCodeAt(k)) >= base) return undefined;
  let v: number | bigint;
  if (base === 10 && digits.length <= 15) v = parseInt(digits, 10);
  else if (digits.length <= 10 && base <= 16) v = parseInt(digits, base);
  else if (base === 16) v = normBig(BigInt("0x" + digits));
  else if (base === 8) v = normBig(BigInt("0o" + digits));
  else if (base === 2) v = normBig(BigInt("0b" + digits));
  else if (base === 10) {
    if (digits.length > 4300) valueError(`Exceeds the limit (4300 digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
    v = normBig(BigInt(digits));
  } else {
    let b = 0n;
    const B = BigInt(base);
    for (let k = 0; k < digits.length; k++) b = b * B + BigInt(digitVal(digits.charCodeAt(k)));
    v = normBig(b);
  }
  if (neg) v = typeof v === "bigint" ? normBig(-v) : v === 0 ? 0 : -v;
  return v;
}

/** int(x) for a float value. */
export function floatToInt(f: number): number | bigint {
  if (Number.isNaN(f)) valueError("cannot convert float NaN to integer");
  if (!Number.isFinite(f)) raise(T.OverflowError, "cannot convert float infinity to integer");
  const t = Math.trunc(f);
  if (t <= MAXS && t >= -MAXS) return t === 0 ? 0 : t;
  return BigInt(t);
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

function bytesOf(x: any): Uint8Array | undefined {
  if (x instanceof PyBytes) return x.b;
  if (x instanceof PyByteArray) return x.b.subarray(0, x.n);
  return undefined;
}

/** int(x, base) as a plain int (no subclass). */
export function toInt(x: any, base?: any): number | bigint {
  if (base === undefined) {
    if (x === undefined) return 0;
    const i = intOf(x);
    if (i !== undefined && (typeof x !== "object" || x.$cls === T.int || x.$cls === T.bool)) return i;
    if (typeof x === "number") return floatToInt(x);
    if (x instanceof PyFloat && !x.$cls.$user) return floatToInt(x.v);
    const s = strOf(x);
    if (s !== undefined) {
      const v = parseIntStr(s, 10);
      if (v === undefined) valueError(`invalid literal for int() with base 10: ${repr(s)}`);
      return v;
    }
    const bs = bytesOf(x);
    if (bs !== undefined) {
      const v = parseIntStr(latin1(bs), 10);
      if (v === undefined) valueError(`invalid literal for int() with base 10: ${repr(x)}`);
      return v;
    }
    const t = typeOf(x);
    for (const name of ["__int__", "__index__"]) {
      const f = t.$L[name];
      if (f !== undefined && f !== None) {
        const r = call1(f, x);
        const ri = intOf(r);
        if (ri === undefined) typeError(`${name} returned non-int (type ${tname(r)})`);
        return ri;
      }
    }
    const tr = t.$L.__trunc__;
    if (tr !== undefined) {
      const r = call1(tr, x);
      const ri = intOf(r);
      if (ri !== undefined) return ri;
      return toInt(r);
    }
    typeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.$name}'`);
  }
  const b = indexArg(base);
  const bn = Number(b);
  if (!(bn === 0 || (bn >= 2 && bn <= 36))) valueError("int() base must be >= 2 and <= 36, or 0");
  let s = strOf(x);
  if (s === undefined) {
    const bs = bytesOf(x);
    if (bs === undefined) {
      if (x === undefined) typeError("int() missing string argument");
      typeError("int() can't convert non-string with explicit base");
    }
    s = latin1(bs);
  }
  const v = parseIntStr(s, bn);
  if (v === undefined) valueError(`invalid literal for int() with base ${bn}: ${repr(typeof x === "string" ? x : x)}`);
  return v;
}

/** Makes an instance of an int subclass holding `v`. */
export function intSubclassInstance(cls: PyType, v: number | bigint): any {
  const o = allocate(cls);
  o.$v = v;
  return o;
}

// ---- helpers ----

function bitLength(v: number | bigint): number {
  if (typeof v === "number") {
    const a = Math.abs(v);
    if (a < 0x80000000) return 32 - Math.clz32(a);
    return a.toString(2).length;
  }
  return (v < 0n ? -v : v).toString(2).length;
}

function bitCount(v: number | bigint): number {
  const s = (typeof v === "number" ? Math.abs(v) : v < 0n ? -v : v).toString(2);
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 49) n++;
  return n;
}

function checkByteorder(bo: any): boolean {
  if (typeof bo !== "string") typeError(`to_bytes() argument 'byteorder' must be str, not ${tname(bo)}`);
  if (bo === "big") return false;
  if (bo === "little") return true;
  valueError("byteorder must be either 'little' or 'big'");
}

function toBytes(self: any, length: any, byteorder: any, signed: any): PyBytes {
  const v = BigInt(intOf(self)!);
  const n = length === undefined ? 1 : Number(indexArg(length));
  if (n < 0) valueError("length argument must be non-negative");
  const little = checkByteorder(byteorder === undefined ? "big" : byteorder);
  const sg = signed !== undefined && truthyLite(signed);
  if (!sg && v < 0n) raise(T.OverflowError, "can't convert negative int to unsigned");
  const bits = BigInt(n * 8);
  if (sg) {
    const lim = n === 0 ? 0n : 1n << (bits - 1n);
    if (v >= lim || v < -lim) raise(T.OverflowError, "int too big to convert");
  } else if (v >= 1n << bits) raise(T.OverflowError, "int too big to convert");
  let u = v < 0n ? (1n << bits) + v : v;
  const out = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = Number(u & 255n);
    u >>= 8n;
  }
  if (little) out.reverse();
  return new PyBytes(out);
}

function truthyLite(x: any): boolean {
  return !(x === false || x === 0 || x === None || x === "" || x === 0n);
}

function fromBytes(cls: any, bytes: any, byteorder: any, signed: any): any {
  let b = bytesOf(bytes);
  if (b === undefined) {
    if (typeof bytes === "string") typeError("cannot convert 'str' object to bytes");
    const arr = toArray(bytes);
    b = new Uint8Array(arr.map((x) => {
      const i = Number(indexArg(x));
      if (i < 0 || i > 255) valueError("bytes must be in range(0, 256)");
      return i;
    }));
  }
  const little = checkByteorder(byteorder === undefined ? "big" : byteorder);
  const arr = little ? Array.from(b).reverse() : Array.from(b);
  let v = 0n;
  for (const x of arr) v = (v << 8n) | BigInt(x);
  if (signed !== undefined && truthyLite(signed) && arr.length > 0 && arr[0] & 0x80) v -= 1n << BigInt(arr.length * 8);
  const r = normBig(v);
  if (cls === T.int) return r;
  return call1(cls, r);
}

/** Python round() for ints with negative ndigits: banker's rounding to a power of ten. */
export function roundInt(v: number | bigint, nd: number | bigint): number | bigint {
  if (nd >= 0) return v;
  const n = -BigInt(nd);
  const x = BigInt(v);
  if (n > 5000n) return 0;
  const p = 10n ** n;
  let q = x / p;
  let r = x % p;
  if (r < 0n) {
    r += p;
    q -= 1n;
  }
  const twice = r * 2n;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normBig(q * p);
}

// ---- dunders ----

type Bin = (a: any, b: any) => any;

function binDunders(ops: Record<string, Bin>): Record<string, [string, (...a: any[]) => any]> {
  const out: Record<string, [string, (...a: any[]) => any]> = {};
  for (const name in ops) {
    const f = ops[name];
    out[`__${name}__`] = ["self, other, /", (a: any, b: any) => {
      const x = intOf(a), y = intOf(b);
      if (y === undefined || x === undefined) return NotImplemented;
      return f(x, y);
    }];
    out[`__r${name}__`] = ["self, other, /", (a: any, b: any) => {
      const x = intOf(a), y = intOf(b);
      if (y === undefined || x === undefined) return NotImplemented;
      return f(y, x);
    }];
  }
  return out;
}

function cmpDunder(test: (c: number) => boolean): [string, (a: any, b: any) => any] {
  return ["self, other, /", (a: any, b: any) => {
    const x = intOf(a), y = intOf(b);
    if (y === undefined || x === undefined) return NotImplemented;
    return test(numCmp(x, y) as number);
  }];
}

function intRepr(self: any): string {
  const v = intOf(self)!;
  return typeof v === "bigint" ? bigToStr(v) : String(v);
}

const intNew = staticMethod(T.int, "__new__", "cls, x=, /, base=", (cls: any, x: any, base: any) => {
  if (!(cls instanceof PyType) || !isSubtype(cls, T.int)) typeError(`int.__new__(X): X is not a subtype of int`);
  const v = toInt(x, base);
  if (cls === T.int) return v;
  if (cls === T.bool) return truthyLite(v);
  return intSubclassInstance(cls, v);
});

defMethods(T.int, {
  __new__: intNew,
  __repr__: ["self, /", intRepr],
  __hash__: ["self, /", (a: any) => hashInt(intOf(a)!)],
  __bool__: ["self, /", (a: any) => { const v = intOf(a)!; return v !== 0 && v !== 0n; }],
  __index__: ["self, /", (a: any) => intOf(a)],
  __int__: ["self, /", (a: any) => intOf(a)],
  __float__: ["self, /", (a: any) => { const v = intOf(a)!; const n = Number(v); if (!Number.isFinite(n)) raise(T.OverflowError, "int too large to convert to float"); return new PyFloat(n); }],
  __trunc__: ["self, /", (a: any) => intOf(a)],
  __floor__: ["self, /", (a: any) => intOf(a)],
  __ceil__: ["self, /", (a: any) => intOf(a)],
  __round__: ["self, ndigits=, /", (a: any, nd: any) => {
    const v = intOf(a)!;
    if (nd === undefined || nd === None) return v;
    return roundInt(v, indexArg(nd));
  }],
  __neg__: ["self, /", (a: any) => numNeg(intOf(a))],
  __pos__: ["self, /", (a: any) => intOf(a)],
  __abs__: ["self, /", (a: any) => numAbs(intOf(a))],
  __invert__: ["self, /", (a: any) => numInvert(intOf(a))],
  __format__: ["self, format_spec, /", (a: any, spec: any) => {
    if (typeof spec !== "string") typeError(`__format__() argument must be str, not ${tname(spec)}`);
    if (spec === "") return repr(a);
    return formatInt(intOf(a)!, spec, tname(a));
  }],
  __getnewargs__: ["self, /", (a: any) => tuple([intOf(a)])],
  __sizeof__: ["self, /", (a: any) => 24 + 4 * Math.max(1, Math.ceil(bitLength(intOf(a)!) / 30))],
  ...binDunders({
    add: numAdd, sub: numSub, mul: numMul, truediv: numTrueDiv, floordiv: numFloorDiv, mod: numMod,
    lshift: numLshift, rshift: numRshift, and: numAnd, or: numOr, xor: numXor,
    divmod: (a, b) => tuple([numFloorDiv(a, b), numMod(a, b)]),
  }),
  __pow__: ["self, value, mod=None, /", (a: any, b: any, m: any) => {
    const x = intOf(a), y = intOf(b);
    if (x === undefined || y === undefined) return NotImplemented;
    if (m === undefined || m === None) return numPow(x, y);
    const z = intOf(m);
    if (z === undefined) return NotImplemented;
    return numPow(x, y, z);
  }],
  __rpow__: ["self, value, mod=None, /", (a: any, b: any, m: any) => {
    const x = intOf(a), y = intOf(b);
    if (x === undefined || y === undefined) return NotImplemented;
    if (m === undefined || m === None) return numPow(y, x);
    const z = intOf(m);
    if (z === undefined) return NotImplemented;
    return numPow(y, x, z);
  }],
  __eq__: cmpDunder((c) => c === 0),
  __ne__: cmpDunder((c) => c !== 0),
  __lt__: cmpDunder((c) => c < 0),
  __le__: cmpDunder((c) => c <= 0),
  __gt__: cmpDunder((c) => c > 0),
  __ge__: cmpDunder((c) => c >= 0),
  bit_length: ["self, /", (a: any) => bitLength(intOf(a)!)],
  bit_count: ["self, /", (a: any) => bitCount(intOf(a)!)],
  to_bytes: ["self, /, length=, byteorder=, *, signed=", toBytes],
  from_bytes: classMethod(T.int, "from_bytes", "cls, bytes, /, byteorder=, *, signed=", fromBytes),
  conjugate: ["self, /", (a: any) => intOf(a)],
  as_integer_ratio: ["self, /", (a: any) => tuple([intOf(a), 1])],
  real: getset("real", (a: any) => intOf(a)),
  imag: getset("imag", () => 0),
  numerator: getset("numerator", (a: any) => intOf(a)),
  denominator: getset("denominator", () => 1),
  __doc__: "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.",
});

// ---- bool ----

(T.bool as any).$final = true;

function boolOp(f: Bin, logical: (a: boolean, b: boolean) => boolean): [string, (a: any, b: any) => any] {
  return ["self, other, /", (a: any, b: any) => {
    if (typeof a === "boolean" && typeof b === "boolean") return logical(a, b);
    const x = intOf(a), y = intOf(b);
    if (x === undefined || y === undefined) return NotImplemented;
    return f(x, y);
  }];
}

defMethods(T.bool, {
  __new__: staticMethod(T.bool, "__new__", "cls, x=False, /", (_cls: any, x: any) => (x === undefined ? false : truthyOf(x))),
  __repr__: ["self, /", (a: any) => (a ? "True" : "False")],
  __and__: boolOp(numAnd, (a, b) => a && b),
  __rand__: boolOp(numAnd, (a, b) => a && b),
  __or__: boolOp(numOr, (a, b) => a || b),
  __ror__: boolOp(numOr, (a, b) => a || b),
  __xor__: boolOp(numXor, (a, b) => a !== b),
  __rxor__: boolOp(numXor, (a, b) => a !== b),
  __invert__: ["self, /", (a: any) => (a ? -2 : -1)],
  __format__: ["self, format_spec, /", (a: any, spec: any) => {
    if (typeof spec !== "string") typeError(`__format__() argument must be str, not ${tname(spec)}`);
    if (spec === "") return a ? "True" : "False";
    return formatInt(a ? 1 : 0, spec, "bool");
  }],
  __doc__: "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.",
});

import { truthy } from "../ops.js";
function truthyOf(x: any): boolean {
  return truthy(x);
}

export { bitLength, PyObject, PyTuple };
