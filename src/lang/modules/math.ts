/**
 * The `math` module with CPython's special cases and errors ("math domain error",
 * "math range error"): exact integer functions on bigints, CPython's own gamma/lgamma (Lanczos),
 * fsum (Shewchuk, as mathmodule.c), hypot/dist (CPython's correctly-rounded vector_norm).
 */
import { defineModule } from "./registry.js";
import {
  None,
  PyFloat,
  PyObject,
  PyList,
  PyTuple,
  PyType,
  STOP,
  T,
  typeOf,
  typeError,
  valueError,
  raise,
  pyFloat,
  toNumber,
  normBig,
  callv,
  getIter,
  toArray,
  index as pyIndex,
} from "../runtime/index.js";
import { mul as pyMul } from "../runtime/ops.js";
import { setFloatPow } from "../runtime/numbers.js";
const floatPow = (x: number, y: number): number => crPow(x, y);

// ---- argument conversion ----

/** PyFloat_AsDouble: float, int, bool, or an object with __float__ / __index__. */
export function toDouble(x: any): number {
  switch (typeof x) {
    case "number":
      return x;
    case "boolean":
      return x ? 1 : 0;
    case "bigint":
      return toNumber(x);
  }
  if (x instanceof PyFloat) return x.v;
  if (x instanceof PyObject) {
    const t = typeOf(x);
    const f = t.$L.__float__;
    if (f !== undefined && f !== None) {
      const r = callv(f, [x]);
      if (typeof r === "number") return r;
      if (r instanceof PyFloat) return r.v;
      typeError(`${t.$name}.__float__ returned non-float (type ${typeOf(r).$name})`);
    }
    const ix = t.$L.__index__;
    if (ix !== undefined && ix !== None) return toNumber(callv(ix, [x]));
  }
  typeError(`must be real number, not ${typeOf(x).$name}`);
}

/** An int argument (via __index__) as a bigint. */
function bigArg(x: any): bigint {
  if (typeof x === "number") {
    if (Number.isInteger(x)) return BigInt(x);
    typeError(`'float' object cannot be interpreted as an integer`);
  }
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1n : 0n;
  if (x instanceof PyFloat) typeError(`'float' object cannot be interpreted as an integer`);
  const v = pyIndex(x);
  return typeof v === "bigint" ? v : BigInt(v);
}

function domain(): never {
  raise(T.ValueError, "math domain error");
}
function range(): never {
  raise(T.OverflowError, "math range error");
}

/** CPython's math_1: errors for NaN from non-NaN and infinity from finite input. */
function m1(f: (x: number) => number, canOverflow: boolean): (x: any) => any {
  return (xa: any) => {
    const x = toDouble(xa);
    const r = f(x);
    if (r !== r && x === x) domain();
    if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
      if (canOverflow) range();
      domain();
    }
    return pyFloat(r);
  };
}

/** math_2: NaN from non-NaN inputs → domain error; infinity from finite inputs → range error. */
function m2(f: (x: number, y: number) => number): (x: any, y: any) => any {
  return (xa: any, ya: any) => {
    const x = toDouble(xa), y = toDouble(ya);
    const r = f(x, y);
    if (r !== r && x === x && y === y) domain();
    if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) range();
    return pyFloat(r);
  };
}

/** float → int for floor/ceil/trunc. */
export function floatToInt(v: number): any {
  if (v !== v) raise(T.ValueError, "cannot convert float NaN to integer");
  if (v === Infinity || v === -Infinity) raise(T.OverflowError, "cannot convert float infinity to integer");
  if (v <= Number.MAX_SAFE_INTEGER && v >= -Number.MAX_SAFE_INTEGER) return v === 0 ? 0 : v;
  return normBig(BigInt(v));
}

function intResult(x: any): any {
  if (typeof x === "boolean") return x ? 1 : 0;
  return x;
}

function rounding(name: string, jsf: (v: number) => number): (x: any) => any {
  return (x: any) => {
    if (typeof x === "number") return Number.isInteger(x) ? x : floatToInt(jsf(x));
    if (typeof x === "bigint" || typeof x === "boolean") return intResult(x);
    if (x instanceof PyFloat && !x.$cls.$user) return floatToInt(jsf(x.v));
    const t = typeOf(x);
    const f = t.$L[name];
    if (f !== undefined && f !== None) return callv(f, [x]);
    if (name === "__trunc__") typeError(`type ${t.$name} doesn't define __trunc__ method`);
    return floatToInt(jsf(toDouble(x)));
  };
}

// ---- bits ----

const dv = new DataView(new ArrayBuffer(8));

function bitsOf(x: number): bigint {
  dv.setFloat64(0, x);
  return dv.getBigUint64(0);
}
function fromBits(b: bigint): number {
  dv.setBigUint64(0, b);
  return dv.getFloat64(0);
}

export function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (y !== y && (bitsOf(y) >> 63n) === 1n);
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}

export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const b = bitsOf(x);
  let e = Number((b >> 52n) & 0x7ffn);
  if (e === 0) {
    // subnormal: normalise
    const [m, e2] = frexp(x * 2 ** 64);
    return [m, e2 - 64];
  }
  const m = fromBits((b & 0x800fffffffffffffn) | (1022n << 52n));
  return [m, e - 1022];
}

export function ldexp(x: number, i: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, e] = frexp(x);
  const ne = e + i;
  if (ne > 1024) return x > 0 ? Infinity : -Infinity;
  if (ne < -1080) return x > 0 ? 0 : -0;
  if (ne >= -1021) return m * 2 * 2 ** (ne - 1);
  return m * 2 ** -1000 * 2 ** (ne + 1000);
}

export function nextafter(x: number, y: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = bitsOf(x);
  const up = (y > x) === (x > 0);
  return fromBits(up ? b + 1n : b - 1n);
}

function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  let x2 = nextafter(x, Infinity);
  if (x2 === Infinity) {
    x2 = nextafter(x, -Infinity);
    return x - x2;
  }
  return x2 - x;
}

// ---- gamma (CPython's Lanczos implementation) ----

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
  1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
  51090942171709440000.0, 1124000727777607680000.0,
];
const LOGPI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (let i = 13; --i >= 0; ) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = Math.sin(Math.PI * y); break;
    case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
    case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
    case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
    default: r = Math.sin(Math.PI * (y - 2.0)); break;
  }
  return copysign(1.0, x) * r;
}

/** [result, errno]: 0 ok, 1 EDOM, 2 ERANGE. */
function tgamma(x: number): [number, number] {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return [x, 0];
    return [NaN, 1];
  }
  if (x === 0) return [copysign(Infinity, x), 1];
  if (x === Math.floor(x)) {
    if (x < 0) return [NaN, 1];
    if (x <= 23) return [GAMMA_INTEGRAL[x - 1], 0];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return [r, Number.isFinite(r) ? 0 : 2];
  }
  if (absx > 200.0) {
    if (x < 0.0) return [0.0 / sinpi(x), 0];
    return [Infinity, 2];
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = ((-Math.PI / sinpi(absx) / absx) * Math.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= floatPow(y, absx - 0.5);
    else {
      const sp = floatPow(y, absx / 2.0 - 0.25);
      r /= sp;
      r /= sp;
    }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140.0) r *= floatPow(y, absx - 0.5);
    else {
      const sp = floatPow(y, absx / 2.0 - 0.25);
      r *= sp;
      r *= sp;
    }
  }
  return [r, Number.isFinite(r) ? 0 : 2];
}

function lgamma(x: number): [number, number] {
  if (!Number.isFinite(x)) return [x !== x ? x : Infinity, 0];
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return [Infinity, 1];
    return [0.0, 0];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return [-Math.log(absx), 0];
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  return [r, Number.isFinite(r) ? 0 : 2];
}

function checkErrno(r: number, errno: number): any {
  if (errno === 1) domain();
  if (errno === 2 && Math.abs(r) >= 1.5) range();
  return pyFloat(r);
}

// ---- erf / erfc (series and continued fraction) ----

const SQRTPI = 1.772453850905516027298167483341145182798;

function erfSeries(x: number): number {
  const x2 = x * x;
  let acc = 0.0;
  let fk = 25 + 0.5;
  for (let i = 0; i < 25; i++) {
    acc = 2.0 + (x2 * acc) / fk;
    fk -= 1.0;
  }
  return (acc * x * Math.exp(-x2)) / SQRTPI;
}

function erfcContfrac(x: number): number {
  if (x >= 30.0) return 0.0;
  const x2 = x * x;
  let a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x2, qLast = 1.0;
  for (let i = 0; i < 50; i++) {
    a += da;
    da += 2.0;
    const b = da + x2;
    let t = p;
    p = b * p - a * pLast;
    pLast = t;
    t = q;
    q = b * q - a * qLast;
    qLast = t;
  }
  return ((p / q) * x * Math.exp(-x2)) / SQRTPI;
}

function erf(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 1.5) return erfSeries(x);
  const cf = erfcContfrac(ax);
  return x > 0 ? 1.0 - cf : cf - 1.0;
}

function erfc(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 1.5) return 1.0 - erfSeries(x);
  const cf = erfcContfrac(ax);
  return x > 0 ? cf : 2.0 - cf;
}

// ---- fsum / hypot ----

function fsum(it: any): number {
  const p: number[] = [];
  let special = 0.0, infSum = 0.0;
  const iter = getIter(it);
  for (let v = iter.$next(); v !== STOP; v = iter.$next()) {
    let x = toDouble(v);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    let n = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) raise(T.OverflowError, "intermediate overflow in fsum");
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        special += xsave;
        n = 0;
      } else p[n++] = x;
    }
    p.length = n;
  }
  if (special !== 0.0) {
    if (infSum !== infSum) valueError("-inf + inf in fsum");
    return special;
  }
  let hi = 0.0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n];
    let lo = 0.0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

function dlMul(x: number, y: number): [number, number] {
  const c1 = 134217729.0 * x;
  const hx = c1 - (c1 - x);
  const tx = x - hx;
  const c2 = 134217729.0 * y;
  const hy = c2 - (c2 - y);
  const ty = y - hy;
  const p = hx * hy;
  const q = hx * ty + tx * hy;
  const z = p + q;
  const zz = p - z + q + tx * ty;
  return [z, zz];
}

function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || vec.length <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (let x of vec) {
    x *= scale;
    const [ph, pl] = dlMul(x, x);
    const sh = csum + ph;
    const sl = ph - (sh - csum);
    csum = sh;
    frac1 += pl;
    frac2 += sl;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [ph, pl] = dlMul(-h, h);
  const sh = csum + ph;
  const sl = ph - (sh - csum);
  csum = sh;
  frac1 += pl;
  frac2 += sl;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

function hypotOf(vals: number[]): number {
  let max = 0.0;
  let foundNan = false;
  const v = vals.map((x) => {
    const a = Math.abs(x);
    foundNan ||= a !== a;
    if (a > max) max = a;
    return a;
  });
  return vectorNorm(v, max, foundNan);
}

// ---- integers ----

function factorialBig(n: bigint): bigint {
  const prod = (lo: bigint, hi: bigint): bigint => {
    if (hi - lo < 16n) {
      let r = 1n;
      for (let k = lo; k <= hi; k++) r *= k;
      return r;
    }
    const mid = (lo + hi) >> 1n;
    return prod(lo, mid) * prod(mid + 1n, hi);
  };
  return n < 2n ? 1n : prod(2n, n);
}

export function isqrtBig(n: bigint): bigint {
  if (n < 0n) valueError("isqrt() argument must be nonnegative");
  if (n < 4503599627370496n) {
    let r = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (r * r > n) r--;
    while ((r + 1n) * (r + 1n) <= n) r++;
    return r;
  }
  const f = Math.sqrt(Number(n));
  let x = Number.isFinite(f) ? BigInt(Math.floor(f)) : 0n;
  if (x === 0n) x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  // One Newton step from the float guess lands at or above the root (AM-GM), so the
  // descending iteration below converges instead of stopping at a low guess.
  x = (x + n / x) >> 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function gcdSmall(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

function combBig(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  if (k > n - k) k = n - k;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

function permBig(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  let r = 1n;
  for (let i = n - k + 1n; i <= n; i++) r *= i;
  return r;
}

function logOf(x: any, f: (v: number) => number, log2of2: number): number {
  if (typeof x === "bigint" || (typeof x === "number" && Number.isInteger(x)) || typeof x === "boolean") {
    const b = typeof x === "bigint" ? x : BigInt(typeof x === "boolean" ? (x ? 1 : 0) : x);
    if (b <= 0n) domain();
    const n = Number(b);
    if (Number.isFinite(n)) return mLog(n, f);
    const bits = b.toString(2).length;
    const shift = bits - 64;
    const m = Number(b >> BigInt(shift)) / 2 ** 64;
    return f(m) + log2of2 * bits;
  }
  return mLog(toDouble(x), f);
}

function mLog(x: number, f: (v: number) => number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return f(x);
    domain();
  }
  if (x !== x) return x;
  if (x > 0) return x;
  domain();
}


// ---- correctly rounded elementary functions (double-double evaluation) ----
// V8's Math.sin/exp/log… are fdlibm ports that differ from glibc (which CPython uses) in the last
// bit for a few percent of arguments. Evaluating in double-double and rounding once gives the
// correctly rounded result, which is what glibc returns in practice.

type DD = [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}
function quick(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}
function twoProd(a: number, b: number): DD {
  const p = a * b;
  const c1 = 134217729.0 * a;
  const ah = c1 - (c1 - a);
  const al = a - ah;
  const c2 = 134217729.0 * b;
  const bh = c2 - (c2 - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}
function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  return quick(s, e + a[1] + b[1]);
}
function ddSub(a: DD, b: DD): DD {
  return ddAdd(a, [-b[0], -b[1]]);
}
function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quick(p, e + a[0] * b[1] + a[1] * b[0]);
}
function ddMulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return quick(p, e + a[1] * b);
}
function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = ddSub(a, ddMulD(b, q1));
  const q2 = r[0] / b[0];
  r = ddSub(r, ddMulD(b, q2));
  const q3 = r[0] / b[0];
  const q = quick(q1, q2);
  return ddAdd(q, [q3, 0]);
}
function ddDivD(a: DD, b: number): DD {
  const q1 = a[0] / b;
  const [p, e] = twoProd(q1, b);
  const q2 = (a[0] - p - e + a[1]) / b;
  return quick(q1, q2);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const LN10: DD = [2.302585092994046, -2.1707562233822494e-16];
const PIO2: [number, number, number] = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33];

/** e^x as double-double for |x| < 709. */
function expDD(x: number): DD {
  return expDDd([x, 0]);
}
function expDDd(a: DD): DD {
  const x = a[0];
  const k = Math.round(x / LN2[0]);
  const t = twoProd(k, LN2[0]);
  let r = ddSub(a, t);
  r = ddSub(r, [k * LN2[1], 0]);
  const s: DD = [r[0] / 1024, r[1] / 1024];
  let p: DD = [1, 0];
  for (let n = 11; n >= 1; n--) p = ddAdd([1, 0], ddDivD(ddMul(s, p), n));
  for (let i = 0; i < 10; i++) p = ddMul(p, p);
  const sc = 2 ** k;
  return [p[0] * sc, p[1] * sc];
}

/** log(x) as double-double for finite x > 0. */
function logDD(x: number): DD {
  const [m0, e0] = frexp(x);
  let m = m0, e = e0;
  if (m < Math.SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  const y0 = Math.log(m);
  // log(m) = y0 + log1p(m * e^-y0 - 1)
  const t = ddSub(ddMulD(expDD(-y0), m), [1, 0]);
  const l1p = ddSub(t, [(t[0] * t[0]) / 2, 0]);
  const lm = ddAdd([y0, 0], l1p);
  return ddAdd(ddMulD(LN2, e), lm);
}

/** sin and cos of x (|x| < 2^20 * pi/2) as double-doubles. */
function sinCosDD(x: number): [DD, DD] {
  const k = Math.round(x / PIO2[0]);
  let r = ddSub([x, 0], twoProd(k, PIO2[0]));
  r = ddSub(r, twoProd(k, PIO2[1]));
  r = ddSub(r, [k * PIO2[2], 0]);
  const r2 = ddMul(r, r);
  let s: DD = [1, 0];
  let c: DD = [1, 0];
  for (let n = 14; n >= 1; n--) {
    s = ddSub([1, 0], ddDivD(ddMul(r2, s), 2 * n * (2 * n + 1)));
    c = ddSub([1, 0], ddDivD(ddMul(r2, c), (2 * n - 1) * (2 * n)));
  }
  s = ddMul(s, r);
  const q = ((k % 4) + 4) % 4;
  const neg = (d: DD): DD => [-d[0], -d[1]];
  if (q === 0) return [s, c];
  if (q === 1) return [c, neg(s)];
  if (q === 2) return [neg(s), neg(c)];
  return [neg(c), s];
}

const TRIG_LIMIT = 1647099.0; // 2^20 * pi/2

function crSin(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > TRIG_LIMIT || Math.abs(x) < 1e-8) return Math.sin(x);
  return sinCosDD(x)[0][0];
}
function crCos(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > TRIG_LIMIT) return Math.cos(x);
  return sinCosDD(x)[1][0];
}
function crTan(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > TRIG_LIMIT || Math.abs(x) < 1e-8) return Math.tan(x);
  const [s, c] = sinCosDD(x);
  return ddDiv(s, c)[0];
}
function crExp(x: number): number {
  if (!(x > -708 && x < 709)) return Math.exp(x);
  return expDD(x)[0];
}
function crExp2(x: number): number {
  if (!(x > -1020 && x < 1024)) return floatPow(2.0, x);
  const k = Math.round(x);
  const f = x - k;
  const r = expDDd(ddMulD(LN2, f));
  return r[0] * 2 ** k;
}
/** x ** y for doubles, correctly rounded (glibc's pow is). */
export function crPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || x !== x || y !== y) return Math.pow(x, y);
  if (y === 1) return x;
  let sign = 1;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    if (Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1) sign = -1;
    x = -x;
  }
  if (x === 1) return sign;
  const l = ddMulD(logDD(x), y);
  if (l[0] > 709.78) return sign * Infinity;
  if (l[0] < -745.2) return sign * 0;
  if (l[0] < -708) return sign * Math.pow(x, y);
  return sign * expDDd(l)[0];
}
function crLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log(x);
  if (x === 1) return 0;
  return logDD(x)[0];
}
const INV_LN2: DD = ddDiv([1, 0], LN2);
const INV_LN10: DD = ddDiv([1, 0], LN10);
function crLog2(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log2(x);
  const [m, e] = frexp(x);
  if (m === 0.5) return e - 1;
  return ddMul(logDD(x), INV_LN2)[0];
}
function crAtan(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) < 1e-8) return Math.atan(x);
  const y0 = Math.atan(x);
  const [s, c] = sinCosDD(y0);
  const r = ddSub(ddMulD(c, x), s);
  const d = r[0] / (x * s[0] + c[0]);
  return y0 + d;
}
function crAtan2(y: number, x: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  const t0 = Math.atan2(y, x);
  const sc = 2 ** -Math.max(frexp(x)[1], frexp(y)[1]);
  const ys = y * sc, xs = x * sc;
  const [s, c] = sinCosDD(t0);
  const r = ddSub(ddMulD(c, ys), ddMulD(s, xs));
  const d = r[0] / (xs * c[0] + ys * s[0]);
  return t0 + d;
}
function crAsin(x: number): number {
  if (!(Math.abs(x) < 1) || Math.abs(x) < 1e-8) return Math.asin(x);
  const y0 = Math.asin(x);
  const [s, c] = sinCosDD(y0);
  return y0 + ddSub([x, 0], s)[0] / c[0];
}
function crAcos(x: number): number {
  if (!(Math.abs(x) < 1)) return Math.acos(x);
  const y0 = Math.acos(x);
  const [s, c] = sinCosDD(y0);
  return y0 + ddSub(c, [x, 0])[0] / s[0];
}
function sinhDD(x: number): DD {
  const a = expDD(x), b = expDD(-x);
  const d = ddSub(a, b);
  return [d[0] / 2, d[1] / 2];
}
function coshDD(x: number): DD {
  const a = expDD(x), b = expDD(-x);
  const d = ddAdd(a, b);
  return [d[0] / 2, d[1] / 2];
}


// glibc computes these with fdlibm's formulas on top of its (correctly rounded) exp/log;
// reproducing the formulas with correctly rounded exp/log reproduces glibc's results.
function highWord(x: number): number {
  dv.setFloat64(0, x);
  return dv.getInt32(0);
}
function glibcLog10(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log10(x);
  const [m0, e0] = frexp(x);
  const k = e0 - 1; // x = (2*m0) * 2^k, 2*m0 in [1, 2)
  const i = k < 0 ? 1 : 0;
  const xr = i ? m0 : m0 * 2;
  const y = k + i;
  const z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * crLog(xr);
  return z + y * 3.01029995663611771306e-01;
}
function glibcSinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = x < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = Math.expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * crExp(Math.abs(x));
  return Math.sinh(x);
}
function glibcCosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000) return x * x;
  if (ix < 0x3fd62e43) {
    const t = Math.expm1(Math.abs(x));
    const w = 1.0 + t;
    if (ix < 0x3c800000) return w;
    return 1.0 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) {
    const t = crExp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * crExp(Math.abs(x));
  return Math.cosh(x);
}
function glibcAsinh(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) w = crLog(Math.abs(x)) + LN2[0];
  else if (ix > 0x40000000) {
    const t = Math.abs(x);
    w = crLog(2.0 * t + 1.0 / (Math.sqrt(x * x + 1.0) + t));
  } else {
    const t = x * x;
    w = Math.log1p(Math.abs(x) + t / (1.0 + Math.sqrt(1.0 + t)));
  }
  return hx > 0 ? w : -w;
}
function glibcAcosh(x: number): number {
  const hx = highWord(x);
  if (hx < 0x3ff00000) return NaN;
  if (hx >= 0x41b00000) {
    if (hx >= 0x7ff00000) return x + x;
    return crLog(x) + LN2[0];
  }
  if (x === 1) return 0.0;
  if (hx > 0x40000000) {
    const t = x * x;
    return crLog(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
  }
  const t = x - 1.0;
  return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
}
const CBRT_FACTOR = [1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648, 1.5874010519681994748];
function glibcCbrt(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u =
    0.354895765043919860 +
    (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexp(x > 0.0 ? ym : -ym, Math.trunc(xe / 3));
}

// ---- module ----

// The runtime's float `**` uses the same correctly rounded pow.
setFloatPow(crPow);

defineModule(
  "math",
  (m) => {
    m.set("pi", Math.PI);
    m.set("e", Math.E);
    m.set("tau", 2 * Math.PI);
    m.set("inf", pyFloat(Infinity));
    m.set("nan", NaN);
    const f1 = (name: string, f: (x: number) => number, canOverflow = false) => m.fn(name, "x, /", m1(f, canOverflow));
    f1("acos", crAcos);
    f1("acosh", glibcAcosh);
    f1("asin", crAsin);
    f1("asinh", glibcAsinh);
    f1("atan", crAtan);
    f1("atanh", (x) => (Math.abs(x) === 1 ? NaN : Math.atanh(x)));
    f1("cbrt", glibcCbrt);
    f1("cos", crCos);
    f1("cosh", glibcCosh, true);
    f1("erf", erf);
    f1("erfc", erfc);
    f1("exp", crExp, true);
    f1("exp2", crExp2, true);
    f1("expm1", Math.expm1, true);
    f1("fabs", Math.abs);
    f1("sin", crSin);
    f1("sinh", glibcSinh, true);
    f1("sqrt", Math.sqrt);
    f1("tan", crTan);
    f1("tanh", Math.tanh);
    f1("log1p", (x) => (x === -1 ? NaN : Math.log1p(x)));
    m.fn("atan2", "y, x, /", (y: any, x: any) => pyFloat(crAtan2(toDouble(y), toDouble(x))));
    m.fn("gamma", "x, /", (x: any) => {
      const [r, e] = tgamma(toDouble(x));
      return checkErrno(r, e);
    });
    m.fn("lgamma", "x, /", (x: any) => {
      const [r, e] = lgamma(toDouble(x));
      return checkErrno(r, e);
    });
    m.fn("ceil", "x, /", rounding("__ceil__", Math.ceil));
    m.fn("floor", "x, /", rounding("__floor__", Math.floor));
    m.fn("trunc", "x, /", rounding("__trunc__", Math.trunc));
    m.fn("copysign", "x, y, /", (x: any, y: any) => pyFloat(copysign(toDouble(x), toDouble(y))));
    m.fn("degrees", "x, /", (x: any) => pyFloat(toDouble(x) * (180.0 / Math.PI)));
    m.fn("radians", "x, /", (x: any) => pyFloat(toDouble(x) * (Math.PI / 180.0)));
    m.fn("fmod", "x, y, /", (xa: any, ya: any) => {
      const x = toDouble(xa), y = toDouble(ya);
      if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return pyFloat(x);
      const r = x % y;
      if (r !== r && x === x && y === y) domain();
      return pyFloat(r);
    });
    m.fn("remainder", "x, y, /", m2((x, y) => {
      if (Number.isFinite(x) && Number.isFinite(y)) {
        if (y === 0.0) return NaN;
        const ax = Math.abs(x), ay = Math.abs(y);
        const mm = ax % ay;
        const c = ay - mm;
        let r: number;
        if (mm < c) r = mm;
        else if (mm > c) r = -c;
        else r = mm - 2.0 * ((0.5 * (ax - mm)) % ay);
        return copysign(1.0, x) * r;
      }
      if (x !== x) return x;
      if (y !== y) return y;
      if (!Number.isFinite(x)) return NaN;
      return x;
    }));
    m.fn("pow", "x, y, /", (xa: any, ya: any) => {
      const x = toDouble(xa), y = toDouble(ya);
      let r: number;
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        if (x !== x) r = y === 0.0 ? 1.0 : x;
        else if (y !== y) r = x === 1.0 ? 1.0 : y;
        else if (x === Infinity || x === -Infinity) {
          const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
          if (y > 0) r = oddY ? x : Math.abs(x);
          else if (y === 0) r = 1.0;
          else r = oddY ? copysign(0.0, x) : 0.0;
        } else {
          if (Math.abs(x) === 1.0) r = 1.0;
          else if (y > 0 && Math.abs(x) > 1.0) r = y;
          else if (y < 0 && Math.abs(x) < 1.0) r = -y;
          else r = 0.0;
        }
        return pyFloat(r);
      }
      r = floatPow(x, y);
      if (!Number.isFinite(r)) {
        if (r !== r) domain();
        if (x === 0) domain();
        range();
      }
      return pyFloat(r);
    });
    m.fn("log", "x, base=, /", (x: any, base: any) => {
      const num = logOf(x, crLog, Math.LN2);
      if (base === undefined) return pyFloat(num);
      const den = logOf(base, crLog, Math.LN2);
      if (den === 0) raise(T.ZeroDivisionError, "float division by zero");
      return pyFloat(num / den);
    });
    m.fn("log2", "x, /", (x: any) => pyFloat(logOf(x, crLog2, 1)));
    m.fn("log10", "x, /", (x: any) => pyFloat(logOf(x, glibcLog10, Math.log10(2))));
    m.fn("frexp", "x, /", (x: any) => {
      const [mm, e] = frexp(toDouble(x));
      return new PyTuple([pyFloat(mm), e]);
    });
    m.fn("ldexp", "x, i, /", (x: any, i: any) => {
      if (typeof i !== "number" && typeof i !== "bigint" && typeof i !== "boolean") {
        if (i instanceof PyFloat || typeOf(i).$L.__index__ === undefined) typeError("Expected an int as second argument to ldexp.");
        i = pyIndex(i);
      }
      if (typeof i === "number" && !Number.isInteger(i)) typeError("Expected an int as second argument to ldexp.");
      const xv = toDouble(x);
      const iv = typeof i === "bigint" ? (i > 100000n ? 100000 : i < -100000n ? -100000 : Number(i)) : Number(i);
      const r = ldexp(xv, iv);
      if (!Number.isFinite(r) && Number.isFinite(xv)) range();
      return pyFloat(r);
    });
    m.fn("modf", "x, /", (xa: any) => {
      const x = toDouble(xa);
      if (x === Infinity || x === -Infinity) return new PyTuple([pyFloat(copysign(0.0, x)), pyFloat(x)]);
      if (x !== x) return new PyTuple([x, x]);
      const ip = Math.trunc(x);
      return new PyTuple([pyFloat(copysign(x - ip, x)), pyFloat(ip === 0 ? copysign(0, x) : ip)]);
    });
    m.fn("isfinite", "x, /", (x: any) => Number.isFinite(toDouble(x)));
    m.fn("isinf", "x, /", (x: any) => {
      const v = toDouble(x);
      return v === Infinity || v === -Infinity;
    });
    m.fn("isnan", "x, /", (x: any) => {
      const v = toDouble(x);
      return v !== v;
    });
    m.fn("isclose", "a, b, *, rel_tol=, abs_tol=", (a: any, b: any, rt: any, at: any) => {
      const x = toDouble(a), y = toDouble(b);
      const rel = rt === undefined ? 1e-9 : toDouble(rt);
      const abs = at === undefined ? 0.0 : toDouble(at);
      if (rel < 0.0 || abs < 0.0) valueError("tolerances must be non-negative");
      if (x === y) return true;
      if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return false;
      const diff = Math.abs(y - x);
      return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
    });
    m.fn("nextafter", "x, y, /", (x: any, y: any) => pyFloat(nextafter(toDouble(x), toDouble(y))));
    m.fn("ulp", "x, /", (x: any) => pyFloat(ulp(toDouble(x))));
    m.fn("fsum", "seq, /", (seq: any) => pyFloat(fsum(seq)));
    m.fn("hypot", "*coordinates", (coords: PyTuple) => pyFloat(hypotOf(coords.a.map(toDouble))));
    m.fn("dist", "p, q, /", (p: any, q: any) => {
      if (!(p instanceof PyTuple || p instanceof PyList) || !(q instanceof PyTuple || q instanceof PyList)) {
        if (!(p instanceof PyTuple)) typeError(`dist(): argument 1 must be tuple, not ${typeOf(p).$name}`);
        typeError(`dist(): argument 2 must be tuple, not ${typeOf(q).$name}`);
      }
      const a = p.a, b = q.a;
      if (a.length !== b.length) valueError("both points must have the same number of dimensions");
      return pyFloat(hypotOf(a.map((x: any, i: number) => toDouble(x) - toDouble(b[i]))));
    });
    m.fn("factorial", "n, /", (n: any) => {
      if (n instanceof PyFloat || (typeof n === "number" && !Number.isInteger(n))) typeError("'float' object cannot be interpreted as an integer");
      const b = bigArg(n);
      if (b < 0n) valueError("factorial() not defined for negative values");
      if (b > 100000000n) raise(T.OverflowError, "factorial() argument should not exceed 9223372036854775807");
      return normBig(factorialBig(b));
    });
    m.fn("comb", "n, k, /", (n: any, k: any) => {
      const nb = bigArg(n), kb = bigArg(k);
      if (nb < 0n) valueError("n must be a non-negative integer");
      if (kb < 0n) valueError("k must be a non-negative integer");
      return normBig(combBig(nb, kb));
    });
    m.fn("perm", "n, k=, /", (n: any, k: any) => {
      const nb = bigArg(n);
      if (k === undefined || k === None) {
        if (nb < 0n) valueError("n must be a non-negative integer");
        return normBig(factorialBig(nb));
      }
      const kb = bigArg(k);
      if (nb < 0n) valueError("n must be a non-negative integer");
      if (kb < 0n) valueError("k must be a non-negative integer");
      return normBig(permBig(nb, kb));
    });
    m.fn("gcd", "*integers", (args: PyTuple) => {
      let small = true;
      for (const x of args.a) if (typeof x !== "number" || !Number.isInteger(x)) small = false;
      if (small) {
        let g = 0;
        for (const x of args.a) g = gcdSmall(g, x);
        return g;
      }
      let g = 0n;
      for (const x of args.a) g = gcdBig(g, bigArg(x));
      return normBig(g);
    });
    m.fn("lcm", "*integers", (args: PyTuple) => {
      let l = 1n;
      for (const x of args.a) {
        const b = bigArg(x);
        if (l === 0n || b === 0n) {
          l = 0n;
          continue;
        }
        l = (l / gcdBig(l, b)) * b;
        if (l < 0n) l = -l;
      }
      return normBig(l);
    });
    m.fn("isqrt", "n, /", (n: any) => normBig(isqrtBig(bigArg(n))));
    m.fn("prod", "iterable, /, *, start=", (it: any, start: any) => {
      let acc = start === undefined ? 1 : start;
      const iter = getIter(it);
      for (let v = iter.$next(); v !== STOP; v = iter.$next()) {
        if (typeof acc === "number" && typeof v === "number" && Number.isInteger(acc) && Number.isInteger(v)) {
          const r = acc * v;
          if (Number.isSafeInteger(r)) {
            acc = r === 0 ? 0 : r;
            continue;
          }
        }
        acc = pyMul(acc, v);
      }
      return acc;
    });
    void toArray;
    void PyType;
  },
  { builtin: true },
);
