/**
 * The `random` module: CPython's Mersenne Twister (`_randommodule.c`) and the algorithms of
 * `random.py` (3.11), so that seeded programs draw exactly CPython's numbers.
 *
 * `Random` is a native class that Python code may subclass: as in CPython, a subclass that
 * overrides `random()` (and not `getrandbits()`) gets `_randbelow_without_getrandbits`, and
 * methods call the overrides.
 */
import { nodeCrypto } from "../../lazyNode.js";
import { defineModule } from "./registry.js";
import {
  T,
  None,
  PyObject,
  PyTuple,
  PyList,
  PyBytes,
  PyByteArray,
  PyRange,
  PyMethod,
  PyDict,
  PySet,
  pyFloat,
  toNumber,
  isInt,
  normBig,
  raise,
  getattr,
  call0,
  call1,
  callv,
  typeOf,
  len as pyLen,
  getitem,
  setitem,
  add,


  index as pyIndex,
  toArray,
  PyFloat,
  type PyType,
} from "../runtime/index.js";
import { pow as pyPow, mod as pyMod, mul, sub } from "../runtime/ops.js";
import { intOf, floatOf } from "../runtime/methods/common.js";
import { nativeClass, bytesLike } from "./stdlibUtil.js";
import * as CR from "./crmath.js";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;

class RandomJs extends PyObject {
  mt = new Uint32Array(N);
  index = N + 1;
  gaussNext: any = None;
  constructor() {
    super();
    initGenrand(this, 5489);
  }
}

function initGenrand(r: RandomJs, s: number): void {
  const mt = r.mt;
  mt[0] = s >>> 0;
  for (let i = 1; i < N; i++) {
    const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (Math.imul(1812433253, p) + i) >>> 0;
  }
  r.index = N;
}

function initByArray(r: RandomJs, key: number[]): void {
  initGenrand(r, 19650218);
  const mt = r.mt;
  let i = 1;
  let j = 0;
  const klen = key.length;
  for (let k = Math.max(N, klen); k; k--) {
    const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) + key[j] + j) >>> 0;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= klen) j = 0;
  }
  for (let k = N - 1; k; k--) {
    const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000;
}

function genrand(r: RandomJs): number {
  const mt = r.mt;
  if (r.index >= N) {
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    r.index = 0;
  }
  let y = mt[r.index++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

function mtRandom(r: RandomJs): number {
  const a = genrand(r) >>> 5;
  const b = genrand(r) >>> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/** getrandbits(k) from a source of 32-bit words. */
function bitsFrom(word: () => number, k: number): number | bigint {
  if (k === 0) return 0;
  if (k <= 32) return word() >>> (32 - k);
  if (k <= 53) {
    const lo = word();
    const hi = word() >>> (64 - k);
    return hi * 4294967296 + lo;
  }
  let result = 0n;
  let shift = 0n;
  for (let left = k; left > 0; left -= 32) {
    let w = word();
    if (left < 32) w >>>= 32 - left;
    result |= BigInt(w) << shift;
    shift += 32n;
  }
  return normBig(result);
}

function seedFromInt(r: RandomJs, n: bigint): void {
  if (n < 0n) n = -n;
  const key: number[] = [];
  while (n > 0n) {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  if (key.length === 0) key.push(0);
  initByArray(r, key);
}

function seedUrandom(r: RandomJs): void {
  const key = new Uint32Array(N);
  nodeCrypto().randomFillSync(key);
  initByArray(r, Array.from(key));
}

function bitLength(n: number | bigint): number {
  if (typeof n === "number") {
    if (n === 0) return 0;
    if (n < 2 ** 31) return 32 - Math.clz32(n);
    return n.toString(2).length;
  }
  return n.toString(2).length;
}

// ---- system entropy ----

function urandom(n: number): Uint8Array {
  const b = new Uint8Array(n);
  if (n) nodeCrypto().randomFillSync(b);
  return b;
}

function sysWord(): number {
  const b = urandom(4);
  return (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
}

function sysRandom(): number {
  const b = urandom(7);
  let x = 0;
  for (const c of b) x = x * 256 + c;
  return Math.floor(x / 8) * 2 ** -53;
}

function sysGetrandbits(k: number): number | bigint {
  const numbytes = Math.floor((k + 7) / 8);
  const b = urandom(numbytes);
  let x = 0n;
  for (const c of b) x = (x << 8n) | BigInt(c);
  return normBig(x >> BigInt(numbytes * 8 - k));
}

// ---- dispatch to Python overrides ----

let RandomType: PyType;
let SystemRandomType: PyType;

type Policy = { random: "mt" | "sys" | "py"; bits: "mt" | "sys" | "py"; below: "bits" | "nobits" | "py" };
const policies = new WeakMap<PyType, Policy>();

function policyOf(t: PyType): Policy {
  let p = policies.get(t);
  if (p) return p;
  const find = (name: string): "mt" | "sys" | "py" => {
    for (const c of t.$mro) {
      if (c === RandomType) return "mt";
      if (c === SystemRandomType) return "sys";
      if (Object.prototype.hasOwnProperty.call(c.$dict, name)) return "py";
    }
    return "mt";
  };
  let below: Policy["below"] = "bits";
  for (const c of t.$mro) {
    if (c === RandomType || c === SystemRandomType) break;
    const d = c.$dict;
    if (Object.prototype.hasOwnProperty.call(d, "_randbelow")) {
      below = "py";
      break;
    }
    if (Object.prototype.hasOwnProperty.call(d, "getrandbits")) break;
    if (Object.prototype.hasOwnProperty.call(d, "random")) {
      below = "nobits";
      break;
    }
  }
  p = { random: find("random"), bits: find("getrandbits"), below };
  if (t.$user) {
    // user classes may change; don't cache them
    return p;
  }
  policies.set(t, p);
  return p;
}

function self_(x: any): RandomJs {
  if (!(x instanceof RandomJs)) raise(T.TypeError, `descriptor requires a '_random.Random' object but received a '${typeOf(x).$name}'`);
  return x;
}

function rnd(r: RandomJs): number {
  const t = r.$cls;
  if (t === RandomType) return mtRandom(r);
  const p = policyOf(t);
  if (p.random === "mt") return mtRandom(r);
  if (p.random === "sys") return sysRandom();
  return num(call0(getattr(r, "random")));
}

function getrandbits(r: RandomJs, k: number): number | bigint {
  const t = r.$cls;
  const p = t === RandomType ? null : policyOf(t);
  if (p === null || p.bits === "mt") return bitsFrom(() => genrand(r), k);
  if (p.bits === "sys") return sysGetrandbits(k);
  return pyIndex(call1(getattr(r, "getrandbits"), k)) as any;
}

function intCmp(a: number | bigint, b: number | bigint): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** _randbelow(n) for n > 0. */
function randbelow(r: RandomJs, n: number | bigint): number | bigint {
  const t = r.$cls;
  const below = t === RandomType ? "bits" : policyOf(t).below;
  if (below === "py") return pyIndex(call1(getattr(r, "_randbelow"), n)) as any;
  if (below === "nobits") return randbelowWithoutBits(r, n);
  if (t === RandomType && typeof n === "number") {
    const k = bitLength(n);
    let x = bitsFrom(() => genrand(r), k) as number;
    while (x >= n) x = bitsFrom(() => genrand(r), k) as number;
    return x;
  }
  const k = bitLength(n);
  let x = getrandbits(r, k);
  while (intCmp(x, n) >= 0) x = getrandbits(r, k);
  return x;
}

function randbelowWithoutBits(r: RandomJs, n: number | bigint): number {
  const maxsize = 2 ** 53;
  if (typeof n === "bigint" || n >= maxsize) {
    return Math.floor(rnd(r) * Number(n));
  }
  const rem = maxsize % n;
  const limit = (maxsize - rem) / maxsize;
  let x = rnd(r);
  while (x >= limit) x = rnd(r);
  return Math.floor(x * maxsize) % n;
}

// ---- seeding ----

function seed(r: RandomJs, a: any, version: any): void {
  const v = version === undefined ? 2 : toNumber(version);
  if (a === undefined) a = None;
  const isBytes = a instanceof PyBytes;
  const isBA = a instanceof PyByteArray;
  if (v === 1 && (typeof a === "string" || isBytes)) {
    const chars: number[] = typeof a === "string" ? Array.from(a as string).map((c) => c.codePointAt(0)!) : Array.from((a as PyBytes).b);
    const MASK = 0xffffffffffffffffn;
    let x = chars.length ? BigInt(chars[0]) << 7n : 0n;
    for (const c of chars) x = ((1000003n * x) ^ BigInt(c)) & MASK;
    x ^= BigInt(chars.length);
    a = normBig(x === -1n ? -2n : x);
  } else if (v === 2 && (typeof a === "string" || isBytes || isBA)) {
    const bytes = typeof a === "string" ? Buffer.from(a, "utf8") : Buffer.from(bytesLike(a)!);
    const digest = nodeCrypto().createHash("sha512").update(bytes).digest();
    const all = Buffer.concat([bytes, digest]);
    a = normBig(BigInt("0x" + (all.length ? all.toString("hex") : "0")));
  } else if (!(a === None || isInt(a) || typeof a === "boolean" || intOf(a) !== undefined || floatOf(a) !== undefined || typeof a === "string" || isBytes || isBA)) {
    raise(T.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  // _random.Random.seed
  if (a === None) seedUrandom(r);
  else {
    const iv = intOf(a);
    if (iv !== undefined) seedFromInt(r, BigInt(iv));
    else {
      let h: bigint;
      const f = floatOf(a);
      if (f !== undefined) h = floatHash(f);
      else h = BigInt(typeof a === "string" ? 0 : 0);
      if (h < 0n) h += 1n << 64n;
      seedFromInt(r, h);
    }
  }
  r.gaussNext = None;
}

/** hash(float) as an exact bigint (CPython's modular hash; the runtime's may round it to a double). */
function floatHash(v: number): bigint {
  const MOD = (1n << 61n) - 1n;
  if (Number.isNaN(v)) return 0n;
  if (!Number.isFinite(v)) return v > 0 ? 314159n : -314159n;
  let m = Math.abs(v);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  const num = BigInt(m) % MOD;
  const inv = (1n << BigInt((61 - (e % 61)) % 61)) % MOD;
  let h = (num * inv) % MOD;
  if (v < 0) h = -h;
  return h === -1n ? -2n : h;
}

function callSeed(r: RandomJs, a: any): void {
  if (r.$cls === RandomType || policyOfSeed(r.$cls) === "native") seed(r, a, undefined);
  else callv(getattr(r, "seed"), [a ?? None]);
}

function policyOfSeed(t: PyType): "native" | "py" {
  for (const c of t.$mro) {
    if (c === RandomType || c === SystemRandomType) return "native";
    if (Object.prototype.hasOwnProperty.call(c.$dict, "seed")) return "py";
  }
  return "native";
}

// ---- helpers for sequences ----

function seqLen(x: any): number {
  return Number(pyLen(x));
}

function seqGet(x: any, i: number | bigint): any {
  if ((x instanceof PyList || x instanceof PyTuple) && typeof i === "number" && !x.$cls.$user) return x.a[i];
  return getitem(x, i);
}

function intArg(x: any, what: string): number | bigint {
  if (isInt(x)) return x;
  const iv = intOf(x);
  if (iv !== undefined) return iv;
  const f = floatOf(x);
  if (f !== undefined) {
    if (Number.isInteger(f)) return Number.isSafeInteger(f) ? f : BigInt(f);
    raise(T.ValueError, what);
  }
  return pyIndex(x);
}

function iadd(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  return normBig(BigInt(a) + BigInt(b));
}
function isub(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const s = a - b;
    if (Number.isSafeInteger(s)) return s;
  }
  return normBig(BigInt(a) - BigInt(b));
}
function imul(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const s = a * b;
    if (Number.isSafeInteger(s)) return s;
  }
  return normBig(BigInt(a) * BigInt(b));
}
function ifloordiv(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") return Math.floor(a / b);
  const x = BigInt(a);
  const y = BigInt(b);
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return normBig(q);
}
const sign = (a: number | bigint) => (typeof a === "number" ? Math.sign(a) : a > 0n ? 1 : a < 0n ? -1 : 0);

function randrange(r: RandomJs, start: any, stop: any, step: any): any {
  const istart = intArg(start, "non-integer arg 1 for randrange()");
  if (stop === undefined || stop === None) {
    if (step !== undefined) raise(T.TypeError, "Missing a non-None stop argument");
    if (sign(istart) > 0) return randbelow(r, istart);
    raise(T.ValueError, "empty range for randrange()");
  }
  const istop = intArg(stop, "non-integer stop for randrange()");
  const width = isub(istop, istart);
  const istep = step === undefined ? 1 : intArg(step, "non-integer step for randrange()");
  if (istep === 1) {
    if (sign(width) > 0) return iadd(istart, randbelow(r, width));
    raise(T.ValueError, `empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: number | bigint;
  if (sign(istep) > 0) n = ifloordiv(iadd(width, isub(istep, 1)), istep);
  else if (sign(istep) < 0) n = ifloordiv(iadd(width, iadd(istep, 1)), istep);
  else raise(T.ValueError, "zero step for randrange()");
  if (sign(n) <= 0) raise(T.ValueError, "empty range for randrange()");
  return iadd(istart, imul(istep, randbelow(r, n)));
}

function isSequence(x: any): boolean {
  if (x instanceof PyList || x instanceof PyTuple || x instanceof PyRange || x instanceof PyBytes || x instanceof PyByteArray || typeof x === "string") return true;
  if (x instanceof PyDict || x instanceof PySet) return false;
  if (x instanceof PyObject) {
    const L = typeOf(x).$L;
    return L.__getitem__ !== undefined && L.__len__ !== undefined && L.keys === undefined;
  }
  return false;
}

function bisectRight(a: number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const TWOPI = 2.0 * Math.PI;
const NV_MAGICCONST = (4 * CR.exp(-0.5)) / Math.sqrt(2.0);
const LOG4 = CR.log(4.0);
const SG_MAGICCONST = 1.0 + CR.log(4.5);

function fpow(x: number, y: number): number {
  return CR.pow(x, y) ?? toNumber(pyPow(pyFloat(x), pyFloat(y)));
}

function num(x: any): number {
  if (typeof x === "number") return x;
  if (x instanceof PyFloat) return x.v;
  return toNumber(x);
}

function normalvariate(r: RandomJs, mu: number, sigma: number): number {
  let z: number;
  for (;;) {
    const u1 = rnd(r);
    const u2 = 1.0 - rnd(r);
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -CR.log(u2)) break;
  }
  return mu + z * sigma;
}

function gammavariate(r: RandomJs, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) raise(T.ValueError, "gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = rnd(r);
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - rnd(r);
      const v = CR.log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * CR.exp(v);
      const z = u1 * u1 * u2;
      const rr = bbb + ccc * v - x;
      if (rr + SG_MAGICCONST - 4.5 * z >= 0.0 || rr >= CR.log(z)) return x * beta;
    }
  } else if (alpha === 1.0) {
    return -CR.log(1.0 - rnd(r)) * beta;
  }
  let x: number;
  for (;;) {
    const u = rnd(r);
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    if (p <= 1.0) x = fpow(p, 1.0 / alpha);
    else x = -CR.log((b - p) / alpha);
    const u1 = rnd(r);
    if (p > 1.0) {
      if (u1 <= fpow(x, alpha - 1.0)) break;
    } else if (u1 <= CR.exp(-x)) break;
  }
  return x * beta;
}

function floatDiv(a: number, b: number): number {
  if (b === 0) raise(T.ZeroDivisionError, "float division by zero");
  return a / b;
}

// ---- the module ----

defineModule("random", (m) => {
  const F = pyFloat;
  RandomType = nativeClass("random", "Random", [], RandomJs, {
    VERSION: 3,
    __init__: ["x=", (self: RandomJs, x: any) => {
      callSeed(self_(self), x);
      self.gaussNext = None;
      return None;
    }],
    seed: ["a=, version=", (self: RandomJs, a: any, version: any) => {
      seed(self_(self), a, version);
      return None;
    }],
    random: ["", (self: RandomJs) => F(mtRandom(self_(self)))],
    getrandbits: ["k, /", (self: RandomJs, k: any) => {
      const n = Number(pyIndex(k));
      if (n < 0) raise(T.ValueError, "number of bits must be non-negative");
      return bitsFrom(() => genrand(self_(self)), n);
    }],
    getstate: ["", (self: RandomJs) => {
      const r = self_(self);
      const inner = new PyTuple([...Array.from(r.mt), r.index]);
      return new PyTuple([3, inner, r.gaussNext]);
    }],
    setstate: ["state", (self: RandomJs, state: any) => {
      const r = self_(self);
      const st = toArray(state);
      const version = st[0];
      if (version === 3 || version === 2) {
        if (st.length !== 3) raise(T.ValueError, `too many values to unpack (expected 3)`);
        const inner = toArray(st[1]);
        if (inner.length !== N + 1) raise(T.ValueError, "state vector is the wrong size");
        const vals = inner.map((x: any) => {
          let v = BigInt(pyIndex(x));
          if (version === 2) v = ((v % 4294967296n) + 4294967296n) % 4294967296n;
          return Number(v & 0xffffffffn);
        });
        const idx = Number(pyIndex(inner[N]));
        if (idx < 0 || idx > N) raise(T.ValueError, "invalid state");
        r.mt.set(vals.slice(0, N));
        r.index = idx;
        r.gaussNext = st[2];
        return None;
      }
      raise(T.ValueError, `state with version ${typeof version === "string" ? version : String(toNumber(version))} passed to Random.setstate() of version 3`);
    }],
    _randbelow: ["n", (self: RandomJs, n: any) => randbelow(self_(self), pyIndex(n))],
    randbytes: ["n", (self: RandomJs, n: any) => {
      const r = self_(self);
      const cnt = Number(pyIndex(n));
      if (cnt < 0) raise(T.ValueError, "negative argument not allowed");
      const p = r.$cls === RandomType ? null : policyOf(r.$cls);
      if (p && p.bits === "sys") return new PyBytes(urandom(cnt));
      if (p && p.bits === "py") {
        let v = BigInt(getrandbits(r, cnt * 8));
        const out = new Uint8Array(cnt);
        for (let i = 0; i < cnt; i++) {
          out[i] = Number(v & 255n);
          v >>= 8n;
        }
        return new PyBytes(out);
      }
      const out = new Uint8Array(cnt);
      let i = 0;
      for (let left = cnt * 8; left > 0; left -= 32) {
        let w = genrand(r);
        if (left < 32) w >>>= 32 - left;
        for (let b = 0; b < 4 && i < cnt; b++, i++) out[i] = (w >>> (8 * b)) & 255;
      }
      return new PyBytes(out);
    }],
    randrange: ["start, stop=, step=", (self: RandomJs, start: any, stop: any, step: any) => randrange(self_(self), start, stop, step)],
    randint: ["a, b", (self: RandomJs, a: any, b: any) => randrange(self_(self), a, add(b, 1), undefined)],
    choice: ["seq", (self: RandomJs, seq: any) => {
      const n = seqLen(seq);
      if (!n) raise(T.IndexError, "Cannot choose from an empty sequence");
      return seqGet(seq, randbelow(self_(self), n));
    }],
    shuffle: ["x", (self: RandomJs, x: any) => {
      const r = self_(self);
      if (x instanceof PyList && !x.$cls.$user) {
        const a = x.a;
        for (let i = a.length - 1; i >= 1; i--) {
          const j = randbelow(r, i + 1) as number;
          const t = a[i];
          a[i] = a[j];
          a[j] = t;
        }
        return None;
      }
      for (let i = seqLen(x) - 1; i >= 1; i--) {
        const j = randbelow(r, i + 1);
        const xi = getitem(x, i);
        const xj = getitem(x, j);
        setitem(x, i, xj);
        setitem(x, j, xi);
      }
      return None;
    }],
    sample: ["population, k, *, counts=", (self: RandomJs, population: any, kIn: any, counts: any) => sample(self_(self), population, kIn, counts)],
    choices: ["population, weights=, *, cum_weights=, k=", (self: RandomJs, population: any, weights: any, cumWeights: any, kIn: any) => {
      const r = self_(self);
      const n = seqLen(population);
      const k = kIn === undefined ? 1 : Number(pyIndex(kIn));
      const out: any[] = [];
      let cum: any[];
      if (cumWeights === undefined || cumWeights === None) {
        if (weights === undefined || weights === None) {
          for (let i = 0; i < k; i++) out.push(seqGet(population, Math.floor(rnd(r) * n)));
          return new PyList(out);
        }
        if (isInt(weights)) raise(T.TypeError, `The number of choices must be a keyword argument: k=${weights}`);
        cum = [];
        let acc: any = undefined;
        for (const w of toArray(weights)) {
          acc = acc === undefined ? w : add(acc, w);
          cum.push(acc);
        }
      } else {
        if (weights !== undefined && weights !== None) raise(T.TypeError, "Cannot specify both weights and cumulative weights");
        cum = toArray(cumWeights);
      }
      if (cum.length !== n) raise(T.ValueError, "The number of weights does not match the population");
      const total = toNumber(add(cum[cum.length - 1], pyFloat(0)));
      if (total <= 0.0) raise(T.ValueError, "Total of weights must be greater than zero");
      if (!Number.isFinite(total)) raise(T.ValueError, "Total of weights must be finite");
      const cw = cum.map(num);
      const hi = n - 1;
      for (let i = 0; i < k; i++) out.push(seqGet(population, bisectRight(cw, rnd(r) * total, 0, hi)));
      return new PyList(out);
    }],
    uniform: ["a, b", (self: RandomJs, a: any, b: any) => add(a, mul(sub(b, a), pyFloat(rnd(self_(self)))))],
    triangular: ["low=, high=, mode=", (self: RandomJs, lowIn: any, highIn: any, mode: any) => {
      const r = self_(self);
      let low = lowIn === undefined ? 0.0 : num(lowIn);
      let high = highIn === undefined ? 1.0 : num(highIn);
      let u = rnd(r);
      let c: number;
      if (mode === undefined || mode === None) c = 0.5;
      else {
        if (high - low === 0) return lowIn === undefined ? F(0.0) : lowIn;
        c = (num(mode) - low) / (high - low);
      }
      if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        [low, high] = [high, low];
      }
      return F(low + (high - low) * Math.sqrt(u * c));
    }],
    normalvariate: ["mu=, sigma=", (self: RandomJs, mu: any, sigma: any) => F(normalvariate(self_(self), mu === undefined ? 0.0 : num(mu), sigma === undefined ? 1.0 : num(sigma)))],
    gauss: ["mu=, sigma=", (self: RandomJs, mu: any, sigma: any) => {
      const r = self_(self);
      let z: any = r.gaussNext;
      r.gaussNext = None;
      let zv: number;
      if (z === None) {
        const x2pi = rnd(r) * TWOPI;
        const g2rad = Math.sqrt(-2.0 * CR.log(1.0 - rnd(r)));
        zv = CR.cos(x2pi) * g2rad;
        r.gaussNext = F(CR.sin(x2pi) * g2rad);
      } else zv = num(z);
      return F((mu === undefined ? 0.0 : num(mu)) + zv * (sigma === undefined ? 1.0 : num(sigma)));
    }],
    lognormvariate: ["mu, sigma", (self: RandomJs, mu: any, sigma: any) => F(CR.exp(normalvariate(self_(self), num(mu), num(sigma))))],
    expovariate: ["lambd", (self: RandomJs, lambd: any) => F(floatDiv(-CR.log(1.0 - rnd(self_(self))), num(lambd)))],
    vonmisesvariate: ["mu, kappa", (self: RandomJs, muIn: any, kappaIn: any) => {
      const r = self_(self);
      const mu = num(muIn);
      const kappa = num(kappaIn);
      if (kappa <= 1e-6) return F(TWOPI * rnd(r));
      const s = 0.5 / kappa;
      const rr = s + Math.sqrt(1.0 + s * s);
      let z: number;
      for (;;) {
        const u1 = rnd(r);
        z = CR.cos(Math.PI * u1);
        const d = z / (rr + z);
        const u2 = rnd(r);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * CR.exp(d)) break;
      }
      const q = 1.0 / rr;
      const f = (q + z) / (1.0 + q * z);
      const u3 = rnd(r);
      const pmod = (a: number) => toNumber(pyMod(F(a), F(TWOPI)));
      return F(u3 > 0.5 ? pmod(mu + CR.acos(f)) : pmod(mu - CR.acos(f)));
    }],
    gammavariate: ["alpha, beta", (self: RandomJs, alpha: any, beta: any) => F(gammavariate(self_(self), num(alpha), num(beta)))],
    betavariate: ["alpha, beta", (self: RandomJs, alpha: any, beta: any) => {
      const r = self_(self);
      const y = gammavariate(r, num(alpha), 1.0);
      if (y) return F(y / (y + gammavariate(r, num(beta), 1.0)));
      return F(0.0);
    }],
    paretovariate: ["alpha", (self: RandomJs, alpha: any) => {
      const u = 1.0 - rnd(self_(self));
      return F(fpow(u, floatDiv(-1.0, num(alpha))));
    }],
    weibullvariate: ["alpha, beta", (self: RandomJs, alpha: any, beta: any) => {
      const u = 1.0 - rnd(self_(self));
      return F(num(alpha) * fpow(-CR.log(u), floatDiv(1.0, num(beta))));
    }],
    gauss_next: {
      get: (o: RandomJs) => o.gaussNext,
      set: (o: RandomJs, v: any) => {
        o.gaussNext = v;
      },
    },
    __reduce__: ["", (self: RandomJs) => new PyTuple([self.$cls, new PyTuple([]), callv(getattr(self, "getstate"), [])])],
  }, { dict: true });
  RandomType.$qualname = "Random";

  SystemRandomType = nativeClass("random", "SystemRandom", [RandomType], RandomJs, {
    random: ["", () => F(sysRandom())],
    getrandbits: ["k", (_self: any, k: any) => {
      const n = Number(pyIndex(k));
      if (n < 0) raise(T.ValueError, "number of bits must be non-negative");
      return sysGetrandbits(n);
    }],
    randbytes: ["n", (_self: any, n: any) => new PyBytes(urandom(Number(pyIndex(n))))],
    seed: ["*args, **kwds", () => None],
    getstate: ["*args, **kwds", () => raise(T.NotImplementedError, "System entropy source does not have state.")],
    setstate: ["*args, **kwds", () => raise(T.NotImplementedError, "System entropy source does not have state.")],
  }, { dict: true });

  m.set("Random", RandomType);
  m.set("SystemRandom", SystemRandomType);
  const inst = new RandomJs();
  inst.$cls = RandomType;
  seedUrandom(inst);
  for (const name of ["seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes"]) {
    m.set(name, new PyMethod(RandomType.$L[name], inst));
  }
  m.set("_inst", inst);
  m.set("NV_MAGICCONST", F(NV_MAGICCONST));
  m.set("LOG4", F(LOG4));
  m.set("SG_MAGICCONST", F(SG_MAGICCONST));
  m.set("TWOPI", F(TWOPI));
  m.set("BPF", 53);
  m.set("RECIP_BPF", F(2 ** -53));
  m.set("__all__", new PyList(["Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate"]));
});

function sample(r: RandomJs, population: any, kIn: any, counts: any): any {
  if (!isSequence(population)) raise(T.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  const n = seqLen(population);
  if (counts !== undefined && counts !== None) {
    const cum: number[] = [];
    let acc: any = undefined;
    for (const c of toArray(counts)) {
      acc = acc === undefined ? c : add(acc, c);
      cum.push(acc);
    }
    if (cum.length !== n) raise(T.ValueError, "The number of counts does not match the population");
    const total = cum.pop();
    if (!isInt(total)) raise(T.TypeError, "Counts must be integers");
    if (toNumber(total) <= 0) raise(T.ValueError, "Total of counts must be greater than zero");
    const sel = toArray(sample(r, new PyRange(0, total, 1), kIn, undefined));
    const cw = cum.map(num);
    return new PyList(sel.map((s: any) => seqGet(population, bisectRight(cw, num(s), 0, cw.length))));
  }
  const k = Number(pyIndex(kIn));
  if (!(0 <= k && k <= n)) raise(T.ValueError, "Sample larger than population or is negative");
  const result = new Array(k).fill(None);
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(CR.log(k * 3) / CR.log(4));
  if (n <= setsize) {
    const pool = toArray(population).slice();
    for (let i = 0; i < k; i++) {
      const j = randbelow(r, n - i) as number;
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = randbelow(r, n) as number;
      while (selected.has(j)) j = randbelow(r, n) as number;
      selected.add(j);
      result[i] = seqGet(population, j);
    }
  }
  return new PyList(result);
}

