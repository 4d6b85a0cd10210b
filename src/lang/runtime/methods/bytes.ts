/**
 * bytes and bytearray. Most algorithms run on a latin-1 JS string view of the bytes
 * (one char per byte), which keeps them short and fast.
 */
import { None, NotImplemented, PyByteArray, PyBytes, PyList, PySlice, PyTuple, PyType, PyObject, STOP, PyIterator } from "../objects.js";
import { T, typeOf, isSubtype } from "../types.js";
import { indexError, raise, typeError, valueError } from "../errors.js";
import { hash, strCmp } from "../ops.js";
import { BytesIter, getIter, toArray } from "../iter.js";
import { allocate } from "../bootstrap.js";
import { call1 } from "../call.js";
import { bytesDecode, strEncode, percentFormat } from "../strings/index.js";
import { defMethods, staticMethod, classMethod, intOf, strOf, tname, indexArg } from "./common.js";
import { seqIndex, repeatArray, sliceLen } from "./list.js";
import { sliceIndices, sliceArray } from "../ops.js";
import { percentHooks } from "./str.js";

type BL = PyBytes | PyByteArray;

/** The bytes of a bytes-like object (a view; do not keep across mutations). */
export function bytesOf(x: any): Uint8Array | undefined {
  if (x instanceof PyBytes) return x.b;
  if (x instanceof PyByteArray) return x.b.subarray(0, x.n);
  return undefined;
}

const L = (b: Uint8Array): string => {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, i + 8192)));
  return s;
};
const U = (s: string): Uint8Array => {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
};

function selfL(x: any): string {
  const b = bytesOf(x);
  if (b === undefined) typeError(`descriptor requires a 'bytes' object but received a '${tname(x)}'`);
  return L(b);
}

/** An argument that must be bytes-like. */
function argL(x: any, what?: string): string {
  const b = bytesOf(x);
  if (b === undefined) typeError(what ?? `a bytes-like object is required, not '${tname(x)}'`);
  return L(b);
}

/** The sub argument of find/count/index: bytes-like or an int in range(256). */
function subL(x: any): string {
  const i = intOf(x);
  if (i !== undefined) {
    if (i < 0 || i > 255) valueError("byte must be in range(0, 256)");
    return String.fromCharCode(Number(i));
  }
  const b = bytesOf(x);
  if (b === undefined) typeError(`argument should be integer or bytes-like object, not '${tname(x)}'`);
  return L(b);
}

function make(self: any, s: string): BL {
  return self instanceof PyByteArray ? newByteArray(U(s)) : new PyBytes(U(s));
}

function newByteArray(b: Uint8Array): PyByteArray {
  return new PyByteArray(b, b.length);
}

function byteVal(x: any): number {
  const i = intOf(x) ?? indexArg(x);
  if (i < 0 || i > 255) valueError("byte must be in range(0, 256)");
  return Number(i);
}

/** bytes(x) / bytearray(x) contents. */
export function bytesFrom(x: any, encoding: any, errors: any, name: string): Uint8Array {
  if (x === undefined) {
    if (encoding !== undefined || errors !== undefined) typeError(encoding !== undefined ? "encoding without a string argument" : "errors without a string argument");
    return new Uint8Array(0);
  }
  const s = strOf(x);
  if (s !== undefined) {
    if (encoding === undefined) typeError("string argument without an encoding");
    return strEncode(s, strOf(encoding) ?? "utf-8", errors === undefined ? "strict" : strOf(errors) ?? "strict");
  }
  if (encoding !== undefined) typeError("encoding without a string argument");
  if (errors !== undefined) typeError("errors without a string argument");
  const b = bytesOf(x);
  if (b !== undefined) return b.slice();
  const i = intOf(x);
  if (i !== undefined) {
    if (i < 0) valueError("negative count");
    return new Uint8Array(Number(i));
  }
  const t = typeOf(x);
  if (name === "bytes" && t.$L.__bytes__ !== undefined) {
    const r = call1(t.$L.__bytes__, x);
    if (!(r instanceof PyBytes)) typeError(`__bytes__ returned non-bytes (type ${tname(r)})`);
    return r.b;
  }
  if (t.$L.__index__ !== undefined && !(x instanceof PyList) && !(x instanceof PyTuple)) {
    const n = Number(indexArg(x));
    if (n < 0) valueError("negative count");
    return new Uint8Array(n);
  }
  if (t.$L.__iter__ === undefined && t.$L.__getitem__ === undefined) typeError(`cannot convert '${t.$name}' object to ${name}`);
  const items = toArray(x);
  const out = new Uint8Array(items.length);
  for (let k = 0; k < items.length; k++) {
    const v = intOf(items[k]);
    if (v === undefined) {
      if (typeOf(items[k]).$L.__index__ !== undefined) {
        out[k] = byteVal(items[k]);
        continue;
      }
      typeError(`'${tname(items[k])}' object cannot be interpreted as an integer`);
    }
    if (v < 0 || v > 255) valueError("bytes must be in range(0, 256)");
    out[k] = Number(v);
  }
  return out;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSq = false, hasDq = false;
  for (const c of b) {
    if (c === 0x27) hasSq = true;
    else if (c === 0x22) hasDq = true;
  }
  const q = hasSq && !hasDq ? '"' : "'";
  let s = "b" + q;
  for (const c of b) {
    if (c === 0x5c) s += "\\\\";
    else if (c === 0x27 && q === "'") s += "\\'";
    else if (c === 0x09) s += "\\t";
    else if (c === 0x0a) s += "\\n";
    else if (c === 0x0d) s += "\\r";
    else if (c < 0x20 || c >= 0x7f) s += "\\x" + c.toString(16).padStart(2, "0");
    else s += String.fromCharCode(c);
  }
  return s + q;
}

const ASCII_WS = " \t\n\r\x0b\x0c";

function stripL(s: string, chars: string | null, left: boolean, right: boolean): string {
  const set = chars ?? ASCII_WS;
  let a = 0, b = s.length;
  if (left) while (a < b && set.includes(s[a])) a++;
  if (right) while (b > a && set.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

function splitWs(s: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && ASCII_WS.includes(s[i])) i++;
    if (i >= n) break;
    if (max >= 0 && out.length >= max) {
      let e = n;
      while (e > i && ASCII_WS.includes(s[e - 1])) e--;
      out.push(s.slice(i, e));
      return out;
    }
    let j = i;
    while (j < n && !ASCII_WS.includes(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWs(s: string, max: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && ASCII_WS.includes(s[i - 1])) i--;
    if (i <= 0) break;
    if (max >= 0 && out.length >= max) {
      let a = 0;
      while (a < i && ASCII_WS.includes(s[a])) a++;
      out.push(s.slice(a, i));
      break;
    }
    let j = i;
    while (j > 0 && !ASCII_WS.includes(s[j - 1])) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function splitSep(s: string, sep: string, max: number): string[] {
  if (sep.length === 0) valueError("empty separator");
  const out: string[] = [];
  let i = 0;
  while (max < 0 || out.length < max) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function rsplitSep(s: string, sep: string, max: number): string[] {
  if (sep.length === 0) valueError("empty separator");
  const out: string[] = [];
  let end = s.length;
  while (max < 0 || out.length < max) {
    const j = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function adjust(len: number, start: any, end: any): [number, number] {
  let a = start === undefined || start === None ? 0 : Number(indexArg(start));
  let b = end === undefined || end === None ? len : Number(indexArg(end));
  if (b > len) b = len;
  else if (b < 0) b = Math.max(0, b + len);
  if (a < 0) a = Math.max(0, a + len);
  return [a, b];
}

function findL(s: string, sub: string, start: any, end: any, rev: boolean): number {
  const [a, b] = adjust(s.length, start, end);
  if (a > b || b - a < sub.length) return sub.length === 0 && a <= s.length && a <= b ? (rev ? b : a) : -1;
  const hay = s.slice(a, b);
  const r = rev ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  return r < 0 ? -1 : r + a;
}

function countL(s: string, sub: string, start: any, end: any): number {
  const [a, b] = adjust(s.length, start, end);
  if (a > b) return 0;
  const hay = s.slice(a, b);
  if (sub.length === 0) return hay.length + 1;
  let n = 0, i = 0;
  for (;;) {
    const j = hay.indexOf(sub, i);
    if (j < 0) return n;
    n++;
    i = j + sub.length;
  }
}

function affix(s: string, p: any, start: any, end: any, name: string, ends: boolean): boolean {
  const [a, b] = adjust(s.length, start, end);
  const test = (x: string) => {
    if (a > s.length) return false;
    const hay = s.slice(a, Math.max(a, b));
    if (b - a < x.length) return false;
    return ends ? hay.endsWith(x) : hay.startsWith(x);
  };
  if (p instanceof PyTuple) return p.a.some((x) => test(argL(x)));
  const bb = bytesOf(p);
  if (bb === undefined) typeError(`${name} first arg must be bytes or a tuple of bytes, not ${tname(p)}`);
  return test(L(bb));
}

function hexOf(b: Uint8Array, sep: any, bytesPerSep: any): string {
  let h = "";
  for (const c of b) h += c.toString(16).padStart(2, "0");
  if (sep === undefined) return h;
  const sp = strOf(sep) ?? (bytesOf(sep) ? L(bytesOf(sep)!) : undefined);
  if (sp === undefined || sp.length !== 1) valueError("sep must be length 1.");
  const n = bytesPerSep === undefined ? 1 : Number(indexArg(bytesPerSep));
  if (n === 0) return h;
  const k = Math.abs(n);
  const pairs: string[] = [];
  for (let i = 0; i < b.length; i++) pairs.push(h.slice(2 * i, 2 * i + 2));
  const groups: string[] = [];
  if (n > 0) {
    // group from the right
    let i = pairs.length;
    while (i > 0) {
      groups.unshift(pairs.slice(Math.max(0, i - k), i).join(""));
      i -= k;
    }
  } else {
    for (let i = 0; i < pairs.length; i += k) groups.push(pairs.slice(i, i + k).join(""));
  }
  return groups.join(sp);
}

function fromHex(s: any): Uint8Array {
  const str = strOf(s);
  if (str === undefined) typeError(`fromhex() argument must be str, not ${tname(s)}`);
  const out: number[] = [];
  let i = 0;
  while (i < str.length) {
    if (ASCII_WS.includes(str[i])) {
      i++;
      continue;
    }
    const hi = parseInt(str[i], 16), lo = parseInt(str[i + 1] ?? "", 16);
    if (Number.isNaN(hi) || !/[0-9a-fA-F]/.test(str[i])) valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (Number.isNaN(lo) || !/[0-9a-fA-F]/.test(str[i + 1] ?? "")) valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return new Uint8Array(out);
}

function cmp(op: (c: number) => boolean): [string, (a: any, b: any) => any] {
  return ["self, other, /", (a: any, b: any) => {
    const y = bytesOf(b);
    if (y === undefined) return NotImplemented;
    return op(strCmp(selfL(a), L(y)));
  }];
}

function getitemB(self: BL, k: any): any {
  const b = bytesOf(self)!;
  const i = seqIndex(k, b.length, self instanceof PyByteArray ? "bytearray" : "byte");
  if (Number.isNaN(i)) {
    const [start, stop, step] = sliceIndices(k, b.length);
    const arr = sliceArray(Array.from(b), start, stop, step);
    return self instanceof PyByteArray ? newByteArray(new Uint8Array(arr)) : new PyBytes(new Uint8Array(arr));
  }
  if (!(i >= 0 && i < b.length)) indexError(self instanceof PyByteArray ? "bytearray index out of range" : "index out of range");
  return b[i];
}

function repeatCount(n: any): number | undefined {
  const i = intOf(n);
  if (i === undefined) {
    if (n instanceof PyObject && typeOf(n).$L.__index__ !== undefined) return Number(indexArg(n));
    return undefined;
  }
  return Number(i);
}

const isTest = (re: RegExp, nonEmpty = true): [string, (a: any) => any] => ["self, /", (a: any) => {
  const s = selfL(a);
  return (!nonEmpty || s.length > 0) && re.test(s);
}];

function caseMap(f: (c: number) => number): [string, (a: any) => any] {
  return ["self, /", (a: any) => {
    const b = bytesOf(a)!;
    const out = new Uint8Array(b.length);
    for (let i = 0; i < b.length; i++) out[i] = f(b[i]);
    return a instanceof PyByteArray ? newByteArray(out) : new PyBytes(out);
  }];
}
const up = (c: number) => (c >= 97 && c <= 122 ? c - 32 : c);
const low = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

function bytesMod(self: any, args: any): any {
  const fmt = selfL(self);
  const hooks = {
    ...percentHooks,
    str: (v: any) => {
      const b = bytesOf(v);
      if (b !== undefined) return L(b);
      const t = typeOf(v);
      if (t.$L.__bytes__ !== undefined) return L((call1(t.$L.__bytes__, v) as PyBytes).b);
      typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${tname(v)}'`);
    },
  };
  const r = args instanceof PyTuple ? percentFormat(fmt, args.a, null, hooks) : percentFormat(fmt, null, null, hooks, args);
  return make(self, r);
}

const common: Record<string, any> = {
  __len__: ["self, /", (a: any) => bytesOf(a)!.length],
  __iter__: ["self, /", (a: BL) => new BytesIter(a)],
  __getitem__: ["self, key, /", getitemB],
  __contains__: ["self, key, /", (a: any, x: any) => selfL(a).includes(subL(x))],
  __add__: ["self, value, /", (a: any, b: any) => {
    const y = bytesOf(b);
    if (y === undefined) return NotImplemented;
    return make(a, selfL(a) + L(y));
  }],
  __mul__: ["self, value, /", (a: any, n: any) => {
    const c = repeatCount(n);
    if (c === undefined) return NotImplemented;
    return make(a, c <= 0 ? "" : selfL(a).repeat(c));
  }],
  __rmul__: ["self, value, /", (a: any, n: any) => {
    const c = repeatCount(n);
    if (c === undefined) return NotImplemented;
    return make(a, c <= 0 ? "" : selfL(a).repeat(c));
  }],
  __mod__: ["self, value, /", bytesMod],
  __eq__: cmp((c) => c === 0),
  __ne__: cmp((c) => c !== 0),
  __lt__: cmp((c) => c < 0),
  __le__: cmp((c) => c <= 0),
  __gt__: cmp((c) => c > 0),
  __ge__: cmp((c) => c >= 0),
  decode: ["self, /, encoding='utf-8', errors='strict'", (a: any, enc: any, err: any) =>
    bytesDecode(bytesOf(a)!, enc === undefined ? "utf-8" : strOf(enc) ?? "utf-8", err === undefined ? "strict" : strOf(err) ?? "strict")],
  hex: ["self, /, sep=, bytes_per_sep=1", (a: any, sep: any, n: any) => hexOf(bytesOf(a)!, sep, n)],
  find: ["self, sub, start=None, end=None, /", (a: any, sub: any, st: any, en: any) => findL(selfL(a), subL(sub), st, en, false)],
  rfind: ["self, sub, start=None, end=None, /", (a: any, sub: any, st: any, en: any) => findL(selfL(a), subL(sub), st, en, true)],
  index: ["self, sub, start=None, end=None, /", (a: any, sub: any, st: any, en: any) => {
    const r = findL(selfL(a), subL(sub), st, en, false);
    if (r < 0) valueError("subsection not found");
    return r;
  }],
  rindex: ["self, sub, start=None, end=None, /", (a: any, sub: any, st: any, en: any) => {
    const r = findL(selfL(a), subL(sub), st, en, true);
    if (r < 0) valueError("subsection not found");
    return r;
  }],
  count: ["self, sub, start=None, end=None, /", (a: any, sub: any, st: any, en: any) => countL(selfL(a), subL(sub), st, en)],
  startswith: ["self, prefix, start=None, end=None, /", (a: any, p: any, st: any, en: any) => affix(selfL(a), p, st, en, "startswith", false)],
  endswith: ["self, suffix, start=None, end=None, /", (a: any, p: any, st: any, en: any) => affix(selfL(a), p, st, en, "endswith", true)],
  join: ["self, iterable_of_bytes, /", (a: any, it: any) => {
    const parts = toArray(it).map((x, i) => {
      const b = bytesOf(x);
      if (b === undefined) typeError(`sequence item ${i}: expected a bytes-like object, ${tname(x)} found`);
      return L(b);
    });
    return make(a, parts.join(selfL(a)));
  }],
  split: ["self, /, sep=None, maxsplit=-1", (a: any, sep: any, mx: any) => {
    const s = selfL(a);
    const m = mx === undefined ? -1 : Number(indexArg(mx));
    const parts = sep === undefined || sep === None ? splitWs(s, m) : splitSep(s, argL(sep), m);
    return new PyList(parts.map((p) => make(a, p)));
  }],
  rsplit: ["self, /, sep=None, maxsplit=-1", (a: any, sep: any, mx: any) => {
    const s = selfL(a);
    const m = mx === undefined ? -1 : Number(indexArg(mx));
    const parts = sep === undefined || sep === None ? rsplitWs(s, m) : rsplitSep(s, argL(sep), m);
    return new PyList(parts.map((p) => make(a, p)));
  }],
  splitlines: ["self, /, keepends=False", (a: any, keep: any) => {
    const s = selfL(a);
    const out: BL[] = [];
    const re = /\r\n|\r|\n/g;
    let i = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      out.push(make(a, s.slice(i, keep !== undefined && keep !== false && keep !== 0 ? m.index + m[0].length : m.index)));
      i = m.index + m[0].length;
    }
    if (i < s.length) out.push(make(a, s.slice(i)));
    return new PyList(out);
  }],
  strip: ["self, bytes=None, /", (a: any, c: any) => make(a, stripL(selfL(a), c === undefined || c === None ? null : argL(c), true, true))],
  lstrip: ["self, bytes=None, /", (a: any, c: any) => make(a, stripL(selfL(a), c === undefined || c === None ? null : argL(c), true, false))],
  rstrip: ["self, bytes=None, /", (a: any, c: any) => make(a, stripL(selfL(a), c === undefined || c === None ? null : argL(c), false, true))],
  replace: ["self, old, new, count=-1, /", (a: any, o: any, n: any, c: any) => {
    const s = selfL(a), old = argL(o), rep = argL(n);
    let cnt = c === undefined ? -1 : Number(indexArg(c));
    if (cnt < 0) cnt = Infinity;
    let out = "", i = 0, done = 0;
    if (old.length === 0) {
      for (let k = 0; k <= s.length; k++) {
        if (done < cnt) {
          out += rep;
          done++;
        }
        if (k < s.length) out += s[k];
      }
      return make(a, out);
    }
    while (done < cnt) {
      const j = s.indexOf(old, i);
      if (j < 0) break;
      out += s.slice(i, j) + rep;
      i = j + old.length;
      done++;
    }
    return make(a, out + s.slice(i));
  }],
  partition: ["self, sep, /", (a: any, sep: any) => {
    const s = selfL(a), p = argL(sep);
    if (p.length === 0) valueError("empty separator");
    const i = s.indexOf(p);
    if (i < 0) return new PyTuple([make(a, s), make(a, ""), make(a, "")]);
    return new PyTuple([make(a, s.slice(0, i)), make(a, p), make(a, s.slice(i + p.length))]);
  }],
  rpartition: ["self, sep, /", (a: any, sep: any) => {
    const s = selfL(a), p = argL(sep);
    if (p.length === 0) valueError("empty separator");
    const i = s.lastIndexOf(p);
    if (i < 0) return new PyTuple([make(a, ""), make(a, ""), make(a, s)]);
    return new PyTuple([make(a, s.slice(0, i)), make(a, p), make(a, s.slice(i + p.length))]);
  }],
  removeprefix: ["self, prefix, /", (a: any, p: any) => {
    const s = selfL(a), x = argL(p);
    return make(a, x.length && s.startsWith(x) ? s.slice(x.length) : s);
  }],
  removesuffix: ["self, suffix, /", (a: any, p: any) => {
    const s = selfL(a), x = argL(p);
    return make(a, x.length && s.endsWith(x) ? s.slice(0, s.length - x.length) : s);
  }],
  upper: caseMap(up),
  lower: caseMap(low),
  swapcase: caseMap((c) => (c >= 97 && c <= 122 ? c - 32 : c >= 65 && c <= 90 ? c + 32 : c)),
  capitalize: ["self, /", (a: any) => {
    const s = selfL(a).toLowerCase().replace(/[^\x00-\x7f]/g, (c) => c);
    const raw = selfL(a);
    let out = "";
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      out += String.fromCharCode(i === 0 ? up(c) : low(c));
    }
    void s;
    return make(a, out);
  }],
  title: ["self, /", (a: any) => {
    const raw = selfL(a);
    let out = "";
    let prevCased = false;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      const isL = c >= 97 && c <= 122, isU = c >= 65 && c <= 90;
      out += String.fromCharCode(prevCased ? low(c) : up(c));
      prevCased = isL || isU;
    }
    return make(a, out);
  }],
  isdigit: isTest(/^[0-9]+$/),
  isalpha: isTest(/^[A-Za-z]+$/),
  isalnum: isTest(/^[A-Za-z0-9]+$/),
  isspace: isTest(/^[ \t\n\r\x0b\x0c]+$/),
  islower: ["self, /", (a: any) => { const s = selfL(a); return /[a-z]/.test(s) && !/[A-Z]/.test(s); }],
  isupper: ["self, /", (a: any) => { const s = selfL(a); return /[A-Z]/.test(s) && !/[a-z]/.test(s); }],
  isascii: isTest(/^[\x00-\x7f]*$/, false),
  center: ["self, width, fillchar=b' ', /", (a: any, w: any, f: any) => {
    const s = selfL(a), n = Number(indexArg(w)), fc = f === undefined ? " " : argL(f);
    if (n <= s.length) return make(a, s);
    const pad = n - s.length;
    const left = (pad >> 1) + (pad & n & 1);
    return make(a, fc.repeat(left) + s + fc.repeat(pad - left));
  }],
  ljust: ["self, width, fillchar=b' ', /", (a: any, w: any, f: any) => {
    const s = selfL(a), n = Number(indexArg(w)), fc = f === undefined ? " " : argL(f);
    return make(a, n <= s.length ? s : s + fc.repeat(n - s.length));
  }],
  rjust: ["self, width, fillchar=b' ', /", (a: any, w: any, f: any) => {
    const s = selfL(a), n = Number(indexArg(w)), fc = f === undefined ? " " : argL(f);
    return make(a, n <= s.length ? s : fc.repeat(n - s.length) + s);
  }],
  zfill: ["self, width, /", (a: any, w: any) => {
    const s = selfL(a), n = Number(indexArg(w));
    if (n <= s.length) return make(a, s);
    const sign = s[0] === "+" || s[0] === "-" ? s[0] : "";
    return make(a, sign + "0".repeat(n - s.length) + s.slice(sign.length));
  }],
  expandtabs: ["self, /, tabsize=8", (a: any, t: any) => {
    const s = selfL(a), ts = t === undefined ? 8 : Number(indexArg(t));
    let out = "", col = 0;
    for (const ch of s) {
      if (ch === "\t") {
        if (ts > 0) {
          const n = ts - (col % ts);
          out += " ".repeat(n);
          col += n;
        }
      } else {
        out += ch;
        col = ch === "\n" || ch === "\r" ? 0 : col + 1;
      }
    }
    return make(a, out);
  }],
  translate: ["self, table, /, delete=b''", (a: any, table: any, del: any) => {
    const s = selfL(a);
    const tb = table === None ? null : bytesOf(table);
    if (tb && tb.length !== 256) valueError("translation table must be 256 characters long");
    const dl = del === undefined ? "" : argL(del);
    let out = "";
    for (let i = 0; i < s.length; i++) {
      if (dl.includes(s[i])) continue;
      out += tb ? String.fromCharCode(tb[s.charCodeAt(i)]) : s[i];
    }
    return make(a, out);
  }],
  maketrans: staticMethod(T.bytes, "maketrans", "frm, to, /", (f: any, t: any) => {
    const x = argL(f), y = argL(t);
    if (x.length !== y.length) valueError("maketrans arguments must have same length");
    const out = new Uint8Array(256);
    for (let i = 0; i < 256; i++) out[i] = i;
    for (let i = 0; i < x.length; i++) out[x.charCodeAt(i)] = y.charCodeAt(i);
    return new PyBytes(out);
  }),
};

defMethods(T.bytes, {
  ...common,
  __new__: staticMethod(T.bytes, "__new__", "cls, source=, encoding=, errors=", (cls: any, x: any, enc: any, err: any) => {
    if (cls === T.bytes && x instanceof PyBytes && x.$cls === T.bytes && enc === undefined) return x;
    const b = bytesFrom(x, enc, err, "bytes");
    if (cls === T.bytes) return new PyBytes(b);
    if (!(cls instanceof PyType) || !isSubtype(cls, T.bytes)) typeError("bytes.__new__(X): X is not a subtype of bytes");
    const o = allocate(cls);
    o.b = b;
    return o;
  }),
  __repr__: ["self, /", (a: PyBytes) => bytesRepr(a.b)],
  __hash__: ["self, /", (a: PyBytes) => hash(L(a.b))],
  __bytes__: ["self, /", (a: PyBytes) => (a.$cls === T.bytes ? a : new PyBytes(a.b))],
  __getnewargs__: ["self, /", (a: PyBytes) => new PyTuple([new PyBytes(a.b)])],
  fromhex: classMethod(T.bytes, "fromhex", "cls, string, /", (cls: any, s: any) => {
    const b = new PyBytes(fromHex(s));
    return cls === T.bytes ? b : call1(cls, b);
  }),
});

// ---- bytearray ----

function setBytes(self: PyByteArray, b: Uint8Array): void {
  self.b = b;
  self.n = b.length;
}

function arr(self: PyByteArray): number[] {
  return Array.from(self.b.subarray(0, self.n));
}

defMethods(T.bytearray, {
  ...common,
  __new__: staticMethod(T.bytearray, "__new__", "cls, /, *args, **kwargs", (cls: any) => {
    const o = new PyByteArray(new Uint8Array(0), 0);
    if (cls !== T.bytearray) {
      o.$cls = cls;
      o.$d = Object.create(null);
    }
    return o;
  }),
  __init__: ["self, source=, encoding=, errors=", (self: PyByteArray, x: any, enc: any, err: any) => {
    setBytes(self, bytesFrom(x, enc, err, "bytearray"));
    return None;
  }],
  __repr__: ["self, /", (a: PyByteArray) => `${typeOf(a).$name}(${bytesRepr(bytesOf(a)!)})`],
  __hash__: None,
  __setitem__: ["self, key, value, /", (self: PyByteArray, k: any, v: any) => {
    const a = arr(self);
    const i = seqIndex(k, a.length, "bytearray");
    if (!Number.isNaN(i)) {
      if (!(i >= 0 && i < a.length)) indexError("bytearray index out of range");
      self.b[i] = byteVal(v);
      return None;
    }
    const [start, stop, step] = sliceIndices(k, a.length);
    const items = intOf(v) !== undefined ? typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)") : Array.from(bytesFrom(v, undefined, undefined, "bytearray"));
    if (step === 1) {
      a.splice(start, Math.max(stop, start) - start, ...items);
      setBytes(self, new Uint8Array(a));
      return None;
    }
    const n = sliceLen(start, stop, step);
    if (items.length !== n) valueError(`attempt to assign bytes of size ${items.length} to extended slice of size ${n}`);
    for (let j = 0, p = start; j < n; j++, p += step) self.b[p] = items[j];
    return None;
  }],
  __delitem__: ["self, key, /", (self: PyByteArray, k: any) => {
    const a = arr(self);
    const i = seqIndex(k, a.length, "bytearray");
    if (!Number.isNaN(i)) {
      if (!(i >= 0 && i < a.length)) indexError("bytearray index out of range");
      a.splice(i, 1);
    } else {
      const [start, stop, step] = sliceIndices(k, a.length);
      const n = sliceLen(start, stop, step);
      const del = new Set<number>();
      for (let j = 0, p = start; j < n; j++, p += step) del.add(p);
      setBytes(self, new Uint8Array(a.filter((_, idx) => !del.has(idx))));
      return None;
    }
    setBytes(self, new Uint8Array(a));
    return None;
  }],
  __iadd__: ["self, value, /", (self: PyByteArray, v: any) => {
    const y = bytesOf(v);
    if (y === undefined) return NotImplemented;
    setBytes(self, new Uint8Array([...arr(self), ...y]));
    return self;
  }],
  __imul__: ["self, value, /", (self: PyByteArray, n: any) => {
    const c = repeatCount(n);
    if (c === undefined) return NotImplemented;
    setBytes(self, new Uint8Array(repeatArray(arr(self), c)));
    return self;
  }],
  __alloc__: ["self, /", (self: PyByteArray) => self.n + 1],
  append: ["self, item, /", (self: PyByteArray, v: any) => {
    setBytes(self, new Uint8Array([...arr(self), byteVal(v)]));
    return None;
  }],
  extend: ["self, iterable_of_ints, /", (self: PyByteArray, it: any) => {
    const add = bytesOf(it) ? Array.from(bytesOf(it)!) : toArray(it).map(byteVal);
    setBytes(self, new Uint8Array([...arr(self), ...add]));
    return None;
  }],
  insert: ["self, index, item, /", (self: PyByteArray, i: any, v: any) => {
    const a = arr(self);
    let n = Number(indexArg(i));
    if (n < 0) n = Math.max(0, n + a.length);
    if (n > a.length) n = a.length;
    a.splice(n, 0, byteVal(v));
    setBytes(self, new Uint8Array(a));
    return None;
  }],
  pop: ["self, index=-1, /", (self: PyByteArray, i: any) => {
    const a = arr(self);
    if (a.length === 0) indexError("pop from empty bytearray");
    let n = i === undefined ? a.length - 1 : Number(indexArg(i));
    if (n < 0) n += a.length;
    if (!(n >= 0 && n < a.length)) indexError("pop index out of range");
    const v = a.splice(n, 1)[0];
    setBytes(self, new Uint8Array(a));
    return v;
  }],
  remove: ["self, value, /", (self: PyByteArray, v: any) => {
    const a = arr(self);
    const i = a.indexOf(byteVal(v));
    if (i < 0) valueError("value not found in bytearray");
    a.splice(i, 1);
    setBytes(self, new Uint8Array(a));
    return None;
  }],
  clear: ["self, /", (self: PyByteArray) => {
    setBytes(self, new Uint8Array(0));
    return None;
  }],
  copy: ["self, /", (self: PyByteArray) => newByteArray(bytesOf(self)!.slice())],
  reverse: ["self, /", (self: PyByteArray) => {
    setBytes(self, new Uint8Array(arr(self).reverse()));
    return None;
  }],
  fromhex: classMethod(T.bytearray, "fromhex", "cls, string, /", (cls: any, s: any) => {
    const b = newByteArray(fromHex(s));
    return cls === T.bytearray ? b : call1(cls, b);
  }),
});

export { L as latin1, U as fromLatin1, STOP, PyIterator, getIter, raise };
