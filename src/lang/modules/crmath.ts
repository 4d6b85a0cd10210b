/**
 * exp, log, sin, cos, acos and pow rounded like CPython's C library (glibc), which returns the
 * correctly rounded result in practice. V8's Math.* functions are only faithful (within 1 ulp)
 * and differ from glibc in the last bit for several percent of arguments, which would make
 * seeded `random.gauss()` & co. print different digits than CPython.
 *
 * Each function evaluates in double-double arithmetic (~106 bits) and rounds once.
 * Arguments outside the ranges handled here fall back to Math.*.
 */

type DD = [number, number];

const SPLIT = 134217729; // 2^27 + 1

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DD, b: DD): DD {
  let [s1, s2] = twoSum(a[0], b[0]);
  const [t1, t2] = twoSum(a[1], b[1]);
  s2 += t1;
  [s1, s2] = quickTwoSum(s1, s2);
  s2 += t2;
  return quickTwoSum(s1, s2);
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function mulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return quickTwoSum(p, e + a[1] * b);
}

function divD(a: DD, d: number): DD {
  const q1 = a[0] / d;
  const [ph, pl] = twoProd(q1, d);
  const r = (a[0] - ph - pl + a[1]) / d;
  return quickTwoSum(q1, r);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const PIO2: [number, number, number] = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33];

/** e^a - 1 for a double-double |a| ≤ 0.36, as a double-double. */
function expm1Small(a: DD): DD {
  // scale down by 2^10, Taylor, then square back: (1+e)^2 - 1 = 2e + e^2
  let r: DD = [a[0] / 1024, a[1] / 1024];
  let term: DD = r;
  let sum: DD = r;
  for (let n = 2; n < 30; n++) {
    term = divD(mul(term, r), n);
    sum = add(sum, term);
    if (Math.abs(term[0]) < 1e-36) break;
  }
  for (let i = 0; i < 10; i++) sum = add(mulD(sum, 2), mul(sum, sum));
  return sum;
}

/** e^a for a double-double, as a double-double (moderate arguments). */
function expDD(a: DD): DD | null {
  if (!(Math.abs(a[0]) < 700)) return null;
  const k = Math.round(a[0] / LN2[0]);
  const r = add(a, mulD(LN2, -k));
  const e = expm1Small(r);
  const v = add([1, 0], e);
  const s = 2 ** k;
  return [v[0] * s, v[1] * s];
}

export function exp(x: number): number {
  const r = expDD([x, 0]);
  if (r === null || !Number.isFinite(r[0])) return Math.exp(x);
  return r[0] + r[1];
}

/** log(x) for finite x > 0, as a double-double. */
function logDD(x: number): DD | null {
  if (!(x > 0) || !Number.isFinite(x)) return null;
  // x = m * 2^e with m in [sqrt(1/2), sqrt(2))
  let e = Math.floor(Math.log2(x));
  let m = x / 2 ** e;
  if (!Number.isFinite(m) || m === 0) {
    // subnormal or extreme: scale in two steps
    m = x * 2 ** 100;
    e = Math.floor(Math.log2(m));
    m = m / 2 ** e;
    e -= 100;
  }
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  } else if (m < Math.SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  const y = Math.log(m);
  const ey = expDD([-y, 0])!;
  // t = m * e^-y - 1 (tiny); log(m) = y + log(1 + t) ≈ y + t - t^2/2
  const t = add(mulD(ey, m), [-1, 0]);
  let lm = add([y, 0], add(t, [-(t[0] * t[0]) / 2, 0]));
  if (e !== 0) lm = add(mulD(LN2, e), lm);
  return lm;
}

export function log(x: number): number {
  const r = logDD(x);
  if (r === null) return Math.log(x);
  return r[0] + r[1];
}

/** x reduced by multiples of pi/2: [k mod 4, r] with |r| ≤ pi/4 (double-double). */
function reduce(x: number): [number, DD] {
  const k = Math.round(x / PIO2[0]);
  let r: DD = add([x, 0], [-twoProd(k, PIO2[0])[0], -twoProd(k, PIO2[0])[1]]);
  r = add(r, mulD([PIO2[1], 0], -k));
  r = add(r, [-k * PIO2[2], 0]);
  return [((k % 4) + 4) % 4, r];
}

function sinDD(r: DD): DD {
  const r2 = mul(r, r);
  let term: DD = r;
  let sum: DD = r;
  for (let n = 1; n < 30; n++) {
    term = divD(mul(term, r2), -(2 * n) * (2 * n + 1));
    sum = add(sum, term);
    if (Math.abs(term[0]) < 1e-36 * Math.abs(sum[0]) || term[0] === 0) break;
  }
  return sum;
}

function cosDD(r: DD): DD {
  const r2 = mul(r, r);
  let term: DD = [1, 0];
  let sum: DD = [1, 0];
  for (let n = 1; n < 30; n++) {
    term = divD(mul(term, r2), -(2 * n - 1) * (2 * n));
    sum = add(sum, term);
    if (Math.abs(term[0]) < 1e-36 || term[0] === 0) break;
  }
  return sum;
}

const neg = (a: DD): DD => [-a[0], -a[1]];

export function sin(x: number): number {
  if (!(Math.abs(x) < 1e8)) return Math.sin(x);
  if (Math.abs(x) < 1e-8) return Math.sin(x);
  const [q, r] = reduce(x);
  const v = q === 0 ? sinDD(r) : q === 1 ? cosDD(r) : q === 2 ? neg(sinDD(r)) : neg(cosDD(r));
  return v[0] + v[1];
}

export function cos(x: number): number {
  if (!(Math.abs(x) < 1e8)) return Math.cos(x);
  const [q, r] = reduce(x);
  const v = q === 0 ? cosDD(r) : q === 1 ? neg(sinDD(r)) : q === 2 ? neg(cosDD(r)) : sinDD(r);
  return v[0] + v[1];
}

/** cos of a double-double argument (for refining acos). */
function cosOfDD(y: number): DD {
  const [q, r] = reduce(y);
  return q === 0 ? cosDD(r) : q === 1 ? neg(sinDD(r)) : q === 2 ? neg(cosDD(r)) : sinDD(r);
}

export function acos(x: number): number {
  if (!(Math.abs(x) < 1)) return Math.acos(x);
  const y0 = Math.acos(x);
  const s = Math.sin(y0);
  if (s < 1e-8) return y0;
  // Newton step on cos(y) = x, in double-double
  const c = cosOfDD(y0);
  const d = add(c, [-x, 0]);
  const corr = (d[0] + d[1]) / s;
  const [h, l] = twoSum(y0, corr);
  return h + l;
}

/** x ** y for finite x > 0 (other cases: null, the caller uses its own rules). */
export function pow(x: number, y: number): number | null {
  if (!(x > 0) || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  if (y === 0) return 1;
  if (x === 1) return 1;
  const l = logDD(x);
  if (l === null) return null;
  const p = mulD(l, y);
  if (!(Math.abs(p[0]) < 700)) return null;
  const r = expDD(p);
  if (r === null) return null;
  return r[0] + r[1];
}
