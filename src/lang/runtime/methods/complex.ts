/**
 * complex: construction, repr, arithmetic dunders.
 */
import { None, NotImplemented, PyComplex, PyFloat, PyType } from "../objects.js";
import { T, isSubtype, typeOf } from "../types.js";
import { raise, typeError, valueError } from "../errors.js";
import { numAdd, numSub, numMul, numTrueDiv, numPow, hashFloat, pyFloat } from "../numbers.js";
import { call1 } from "../call.js";
import { allocate } from "../bootstrap.js";
import { floatRepr, formatFloat } from "../strings/index.js";
import { defMethods, staticMethod, getset, realOf, strOf, tname } from "./common.js";
import { pyStrip } from "./int.js";
import { toFloat } from "./float.js";

function partRepr(x: number): string {
  const s = floatRepr(x);
  return s.endsWith(".0") ? s.slice(0, -2) : s;
}

export function complexRepr(c: PyComplex): string {
  const re = c.re, im = c.im;
  if (re === 0 && !Object.is(re, -0)) return partRepr(im) + "j";
  const is = partRepr(im);
  const sign = is[0] === "-" ? "" : "+";
  return `(${partRepr(re)}${sign}${is}j)`;
}

function parseComplex(s0: string): PyComplex | undefined {
  let s = pyStrip(s0);
  if (s.startsWith("(") && s.endsWith(")")) s = pyStrip(s.slice(1, -1));
  const num = "(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?|inf|infinity|nan)";
  const re1 = new RegExp(`^([+-]?${num})$`, "i");
  const re2 = new RegExp(`^([+-]?${num})?([+-](?:${num})?)[jJ]$`, "i");
  const re3 = new RegExp(`^([+-]?${num})?[jJ]$`, "i");
  const p = (x: string) => {
    const t = x.replace(/_/g, "").toLowerCase();
    if (t === "" || t === "+") return 1;
    if (t === "-") return -1;
    const m = /^([+-]?)(inf|infinity|nan)$/.exec(t);
    if (m) return m[2] === "nan" ? NaN : m[1] === "-" ? -Infinity : Infinity;
    return Number(t);
  };
  let m = re1.exec(s);
  if (m) return new PyComplex(p(m[1]), 0);
  m = re3.exec(s);
  if (m) return new PyComplex(0, p(m[1] ?? ""));
  m = re2.exec(s);
  if (m) return new PyComplex(m[1] === undefined ? 0 : p(m[1]), p(m[2]));
  return undefined;
}

/** Converts a number-like value to [re, im]; undefined if it is not a number. */
function parts(x: any): [number, number] | undefined {
  if (x instanceof PyComplex) return [x.re, x.im];
  const r = realOf(x);
  if (r !== undefined) return [r, 0];
  return undefined;
}

function toComplexParts(x: any, which: string): [number, number] {
  const p = parts(x);
  if (p) return p;
  const t = typeOf(x);
  const cf = t.$L.__complex__;
  if (cf !== undefined) {
    const r = call1(cf, x);
    if (!(r instanceof PyComplex)) typeError(`__complex__ returned non-complex (type ${tname(r)})`);
    return [r.re, r.im];
  }
  if (t.$L.__float__ !== undefined || t.$L.__index__ !== undefined) return [toFloat(x), 0];
  typeError(`complex() ${which} must be a number, not '${t.$name}'`);
}

function complexNew(cls: any, real: any, imag: any): any {
  let re = 0, im = 0;
  if (real !== undefined) {
    const s = strOf(real);
    if (s !== undefined) {
      if (imag !== undefined) typeError("complex() can't take second arg if first is a string");
      const c = parseComplex(s);
      if (!c) valueError("complex() arg is a malformed string");
      re = c.re;
      im = c.im;
    } else {
      if (typeof real === "object" && real !== null && real.b instanceof Uint8Array) typeError(`complex() first argument must be a string or a number, not '${tname(real)}'`);
      [re, im] = toComplexParts(real, "first argument");
    }
  }
  if (imag !== undefined) {
    if (strOf(imag) !== undefined) typeError("complex() second arg can't be a string");
    const [r2, i2] = toComplexParts(imag, "second argument");
    re -= i2;
    im += r2;
  }
  if (cls === T.complex) return new PyComplex(re, im);
  const o = allocate(cls);
  o.re = re;
  o.im = im;
  return o;
}

type Bin = (a: any, b: any) => any;
function binDunders(ops: Record<string, Bin>): Record<string, [string, (...a: any[]) => any]> {
  const out: Record<string, [string, (...a: any[]) => any]> = {};
  for (const name in ops) {
    const f = ops[name];
    out[`__${name}__`] = ["self, other, /", (a: any, b: any) => {
      const x = parts(a), y = parts(b);
      if (!x || !y) return NotImplemented;
      return f(new PyComplex(x[0], x[1]), new PyComplex(y[0], y[1]));
    }];
    out[`__r${name}__`] = ["self, other, /", (a: any, b: any) => {
      const x = parts(a), y = parts(b);
      if (!x || !y) return NotImplemented;
      return f(new PyComplex(y[0], y[1]), new PyComplex(x[0], x[1]));
    }];
  }
  return out;
}

function cpow(a: PyComplex, b: PyComplex): any {
  if (b.im === 0 && Number.isInteger(b.re) && Math.abs(b.re) <= 100) {
    // repeated multiplication, like CPython's c_powi for small integer exponents
    let n = Math.abs(b.re);
    let rr = 1, ri = 0, xr = a.re, xi = a.im;
    while (n > 0) {
      if (n & 1) [rr, ri] = [rr * xr - ri * xi, rr * xi + ri * xr];
      [xr, xi] = [xr * xr - xi * xi, 2 * xr * xi];
      n >>= 1;
    }
    if (b.re < 0) return numTrueDiv(new PyComplex(1, 0), new PyComplex(rr, ri));
    return new PyComplex(rr, ri);
  }
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) raise(T.ZeroDivisionError, "0.0 to a negative or complex power");
    return new PyComplex(0, 0);
  }
  return numPow(a, b);
}

function complexHash(c: PyComplex): number {
  const hr = hashFloat(c.re), hi = hashFloat(c.im);
  let h = BigInt.asIntN(64, BigInt(hr) + 1000003n * BigInt(hi));
  const r = Number(h);
  return r === -1 ? -2 : r;
}

defMethods(T.complex, {
  __new__: staticMethod(T.complex, "__new__", "cls, real=, imag=", (cls: any, re: any, im: any) => {
    if (!(cls instanceof PyType) || !isSubtype(cls, T.complex)) typeError("complex.__new__(X): X is not a subtype of complex");
    return complexNew(cls, re, im);
  }),
  __repr__: ["self, /", complexRepr],
  __hash__: ["self, /", complexHash],
  __bool__: ["self, /", (c: PyComplex) => c.re !== 0 || c.im !== 0],
  __neg__: ["self, /", (c: PyComplex) => new PyComplex(-c.re, -c.im)],
  __pos__: ["self, /", (c: PyComplex) => new PyComplex(c.re, c.im)],
  __abs__: ["self, /", (c: PyComplex) => {
    const r = Math.hypot(c.re, c.im);
    if (!Number.isFinite(r) && Number.isFinite(c.re) && Number.isFinite(c.im)) raise(T.OverflowError, "absolute value too large");
    return pyFloat(r);
  }],
  __complex__: ["self, /", (c: PyComplex) => new PyComplex(c.re, c.im)],
  __getnewargs__: ["self, /", (c: PyComplex) => new (T.tuple.$js as any)([pyFloat(c.re), pyFloat(c.im)])],
  ...binDunders({ add: numAdd, sub: numSub, mul: numMul, truediv: numTrueDiv }),
  __pow__: ["self, value, mod=None, /", (a: any, b: any, m: any) => {
    if (m !== undefined && m !== None) valueError("complex modulo");
    const x = parts(a), y = parts(b);
    if (!x || !y) return NotImplemented;
    return cpow(new PyComplex(x[0], x[1]), new PyComplex(y[0], y[1]));
  }],
  __rpow__: ["self, value, mod=None, /", (a: any, b: any, m: any) => {
    if (m !== undefined && m !== None) valueError("complex modulo");
    const x = parts(a), y = parts(b);
    if (!x || !y) return NotImplemented;
    return cpow(new PyComplex(y[0], y[1]), new PyComplex(x[0], x[1]));
  }],
  __floordiv__: ["self, other, /", () => typeError("can't take floor of complex number.")],
  __mod__: ["self, other, /", () => typeError("can't mod complex numbers.")],
  __eq__: ["self, other, /", (a: any, b: any) => {
    const x = parts(a), y = parts(b);
    if (!x || !y) return NotImplemented;
    return x[0] === y[0] && x[1] === y[1];
  }],
  __ne__: ["self, other, /", (a: any, b: any) => {
    const x = parts(a), y = parts(b);
    if (!x || !y) return NotImplemented;
    return !(x[0] === y[0] && x[1] === y[1]);
  }],
  __format__: ["self, format_spec, /", (c: PyComplex, spec: any) => {
    if (spec === "") return complexRepr(c);
    // Simple support: format both parts with the float spec.
    const re = formatFloat(c.re, spec.replace(/^[<>^=]?\d*/, ""));
    const im = formatFloat(c.im, "+" + spec.replace(/^[<>^=]?\d*[+\- ]?/, ""));
    return `${re}${im}j`;
  }],
  conjugate: ["self, /", (c: PyComplex) => new PyComplex(c.re, -c.im)],
  real: getset("real", (c: PyComplex) => pyFloat(c.re)),
  imag: getset("imag", (c: PyComplex) => pyFloat(c.im)),
});

export { PyFloat };
