/**
 * str: every method, wrapping the string helpers of runtime/strings (which work on JS strings),
 * plus %-formatting, str.format and the sequence dunders.
 */
import { None, NotImplemented, PyBytes, PyByteArray, PyDict, PySlice, PyTuple, PyList, PyType, PyObject, STOP } from "../objects.js";
import { T, typeOf, isSubtype } from "../types.js";
import { indexError, raise, typeError, isExc } from "../errors.js";
import { hash, repr, str as strOfAny, strCmp, getitem as getitemOp, truthy } from "../ops.js";
import { StrIter, getIter } from "../iter.js";
import { call1, call2, getattr } from "../call.js";
import { allocate } from "../bootstrap.js";
import { dictKeys } from "../keys.js";
import {
  setRaiser, cpLen, cpAt, cpSlice, asciiRepr, strRepr, formatStr,
  strIsdecimal, strIsdigit, strIsnumeric, strIsalpha, strIsalnum, strIsspace, strIsascii, strIsprintable,
  strIsidentifier, strIslower, strIsupper, strIstitle, strUpper, strLower, strCasefold, strSwapcase, strTitle,
  strCapitalize, strFind, strRfind, strIndex, strRindex, strCount, strStartswith, strEndswith, strSplit,
  strRsplit, strSplitlines, strPartition, strRpartition, strStrip, strLstrip, strRstrip, strReplace,
  strRemoveprefix, strRemovesuffix, strCenter, strLjust, strRjust, strZfill, strExpandtabs, strTranslate,
  strMaketrans, strEncode, bytesDecode, percentFormat, strFormat, strFormatMap,
  type PercentHooks, type FormatHooks,
} from "../strings/index.js";
import { defMethods, staticMethod, intOf, floatOf, strOf, tname, indexArg, classMethod } from "./common.js";
import { seqIndex, repeatArray } from "./list.js";
import { toInt } from "./int.js";
import { toFloat } from "./float.js";

setRaiser((type: string, msg: string) => {
  // KeyError messages arrive as the key's repr; keep the key itself as the argument.
  if (type === "KeyError" && /^'[^'\\]*'$/.test(msg)) keyError(msg.slice(1, -1));
  return raise(T[type] ?? T.SystemError, msg);
});

/** The JS string of `self` (a str or an instance of a str subclass). */
function S(self: any): string {
  const s = strOf(self);
  if (s === undefined) typeError(`descriptor requires a 'str' object but received a '${tname(self)}'`);
  return s;
}

function argStr(x: any, what = "must be str"): string {
  const s = strOf(x);
  if (s === undefined) typeError(`${what}, not ${tname(x)}`);
  return s;
}

function optStr(x: any): string | null {
  if (x === undefined || x === None) return null;
  const s = strOf(x);
  if (s === undefined) typeError(`must be str or None, not ${tname(x)}`);
  return s;
}

/** start/end arguments of find()/count()/startswith(): None or integers (via __index__). */
function optIdx(x: any): number | null {
  if (x === undefined || x === None) return null;
  const i = indexArg(x, "slice indices must be integers or None or have an __index__ method");
  return typeof i === "bigint" ? (i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : i;
}

function intArg(x: any): number {
  const i = indexArg(x);
  return typeof i === "bigint" ? Number(i) : i;
}

/** ascii(x): repr with non-ASCII characters escaped. */
export function asciiOf(x: any): string {
  if (typeof x === "string") return asciiRepr(x);
  const r = repr(x);
  let out = "";
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

/** format(value, spec) — the builtin: calls type(value).__format__. */
export function formatOf(v: any, spec: string): string {
  if (typeof v === "string" && spec === "") return v;
  const f = typeOf(v).$L.__format__;
  const r = call2(f, v, spec);
  if (typeof r !== "string") typeError(`__format__ must return a str, not ${tname(r)}`);
  return r;
}

export const percentHooks: PercentHooks = {
  str: (v) => strOfAny(v),
  repr: (v) => repr(v),
  ascii: (v) => asciiOf(v),
  typeName: (v) => tname(v),
  toInt(v: any, index: boolean) {
    const i = intOf(v);
    if (i !== undefined) return i;
    const t = typeOf(v);
    if (index) {
      if (t.$L.__index__ === undefined) return undefined;
      return indexArg(v);
    }
    if (floatOf(v) !== undefined) return toInt(v);
    if (t.$L.__int__ === undefined && t.$L.__index__ === undefined) return undefined;
    return toInt(v);
  },
  toFloat(v: any) {
    const f = floatOf(v);
    if (f !== undefined) return f;
    const t = typeOf(v);
    if (typeof v === "string" || (t.$L.__float__ === undefined && t.$L.__index__ === undefined)) return undefined;
    return toFloat(v);
  },
};

export const formatHooks: FormatHooks = {
  getattr: (o, name) => getattr(o, name),
  getitem: (o, key) => getitemOp(o, key),
  format: (o, spec) => formatOf(o, spec),
  str: (o) => strOfAny(o),
  repr: (o) => repr(o),
  ascii: (o) => asciiOf(o),
};

/** fmt % args */
export function strMod(fmt: string, args: any): string {
  if (args instanceof PyTuple) return percentFormat(fmt, args.a, null, percentHooks);
  const t = typeOf(args);
  const isMapping = !(typeof args === "string") && t.$L.__getitem__ !== undefined && !(args instanceof PyTuple) && strOf(args) === undefined;
  const mapping = isMapping ? (k: string) => getitemOp(args, k) : null;
  return percentFormat(fmt, null, mapping, percentHooks, args);
}

function strNew(cls: any, obj: any, encoding: any, errors: any): any {
  let s: string;
  if (obj === undefined) s = "";
  else if (encoding === undefined && errors === undefined) s = strOfAny(obj);
  else {
    const enc = encoding === undefined ? "utf-8" : argStr(encoding, "str() argument 'encoding' must be str");
    const err = errors === undefined ? "strict" : argStr(errors, "str() argument 'errors' must be str");
    if (obj instanceof PyBytes) s = bytesDecode(obj.b, enc, err);
    else if (obj instanceof PyByteArray) s = bytesDecode(obj.b.subarray(0, obj.n), enc, err);
    else if (typeof obj === "string") typeError("decoding str is not supported");
    else typeError(`decoding to str: need a bytes-like object, ${tname(obj)} found`);
  }
  if (cls === T.str) return s;
  if (!(cls instanceof PyType) || !isSubtype(cls, T.str)) typeError("str.__new__(X): X is not a subtype of str");
  const o = allocate(cls);
  o.$v = s;
  return o;
}

function strGetitem(self: any, k: any): string {
  const s = S(self);
  if (typeof k === "number" && Number.isInteger(k)) {
    const c = cpAt(s, k);
    if (c === undefined) indexError("string index out of range");
    return c;
  }
  if (k instanceof PySlice) {
    const opt = (x: any) => (x === None ? undefined : intArg(x));
    return cpSlice(s, opt(k.start), opt(k.stop), opt(k.step));
  }
  const i = seqIndex(k, cpLen(s), "string");
  const c = Number.isFinite(i) && i >= 0 ? cpAt(s, i) : undefined;
  if (c === undefined) indexError("string index out of range");
  return c;
}

function repeatCount(n: any): number | undefined {
  const i = intOf(n);
  if (i === undefined) {
    if (n instanceof PyObject && typeOf(n).$L.__index__ !== undefined) return Number(indexArg(n));
    return undefined;
  }
  return Number(i);
}

function strRepeat(s: string, n: number): string {
  if (n <= 0 || s.length === 0) return "";
  if (s.length * n > 2 ** 29) raise(T.MemoryError, "");
  return s.repeat(n);
}

function cmp(test: (c: number) => boolean): [string, (a: any, b: any) => any] {
  return ["self, value, /", (a: any, b: any) => {
    const y = strOf(b);
    if (y === undefined) return NotImplemented;
    return test(strCmp(S(a), y));
  }];
}

function prefixArg(x: any, name: string): string | string[] {
  if (x instanceof PyTuple) {
    return x.a.map((p) => {
      const s = strOf(p);
      if (s === undefined) typeError(`tuple for ${name} must only contain str, not ${tname(p)}`);
      return s;
    });
  }
  const s = strOf(x);
  if (s === undefined) typeError(`${name} first arg must be str or a tuple of str, not ${tname(x)}`);
  return s;
}

function fillArg(x: any): string {
  if (x === undefined) return " ";
  const s = strOf(x);
  if (s === undefined) typeError(`The fill character must be a unicode character, not ${tname(x)}`);
  if (cpLen(s) !== 1) typeError("The fill character must be exactly one character long");
  return s;
}

function joinParts(sep: string, it: any): string {
  const items: any[] = it instanceof PyList || it instanceof PyTuple ? it.a : (() => {
    const out: any[] = [];
    const iter = getIter(it);
    for (let v = iter.$next(); v !== STOP; v = iter.$next()) out.push(v);
    return out;
  })();
  const n = items.length;
  // All-str items (the usual case): short results are concatenated directly (V8 copies strings
  // under 13 characters flat); longer ones are joined by the engine from the item array itself,
  // since chains of `+` would build a tree of cons strings.
  let len = 0;
  let i = 0;
  for (; i < n; i++) {
    const x = items[i];
    if (typeof x !== "string") break;
    len += x.length;
  }
  if (i === n) {
    if (n === 0) return "";
    if (n === 1) return items[0];
    if (n === 2) return items[0] + sep + items[1];
    if (len + sep.length * (n - 1) < 13) {
      let out: string = items[0];
      for (let j = 1; j < n; j++) out = out + sep + items[j];
      return out;
    }
    return items.join(sep);
  }
  const parts: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (typeof x === "string") parts[i] = x;
    else {
      const s = strOf(x);
      if (s === undefined) typeError(`sequence item ${i}: expected str instance, ${tname(x)} found`);
      parts[i] = s;
    }
  }
  return parts.join(sep);
}

function translateTable(table: any): (cp: number) => number | string | null | undefined {
  return (cp: number) => {
    let r: any;
    if (table instanceof PyDict && !table.$cls.$user) {
      const { dictGet } = keysMod;
      r = dictGet(table, cp);
      if (r === undefined) return undefined;
    } else {
      try {
        r = getitemOp(table, cp);
      } catch (e) {
        if (isExc(e) && isSubtype(e.$cls, T.LookupError)) return undefined;
        throw e;
      }
    }
    if (r === None) return null;
    const i = intOf(r);
    if (i !== undefined) {
      if (i < 0 || i > 0x10ffff) raise(T.ValueError, "character mapping must be in range(0x110000)");
      return Number(i);
    }
    const s = strOf(r);
    if (s !== undefined) return s;
    typeError("character mapping must return integer, None or str");
  };
}
import * as keysMod from "../keys.js";

const isPred = (f: (s: string) => boolean): [string, (a: any) => any] => ["self, /", (a: any) => f(S(a))];

defMethods(T.str, {
  __new__: staticMethod(T.str, "__new__", "cls, object=, encoding=, errors=", strNew),
  __repr__: ["self, /", (a: any) => strRepr(S(a))],
  __str__: ["self, /", (a: any) => S(a)],
  __hash__: ["self, /", (a: any) => hash(S(a))],
  __len__: ["self, /", (a: any) => cpLen(S(a))],
  __iter__: ["self, /", (a: any) => new StrIter(S(a))],
  __contains__: ["self, key, /", (a: any, x: any) => {
    const sub = strOf(x);
    if (sub === undefined) typeError(`'in <string>' requires string as left operand, not ${tname(x)}`);
    return S(a).includes(sub);
  }],
  __getitem__: ["self, key, /", strGetitem],
  __add__: ["self, value, /", (a: any, b: any) => {
    const y = strOf(b);
    if (y === undefined) return NotImplemented;
    return S(a) + y;
  }],
  __mul__: ["self, value, /", (a: any, n: any) => {
    const c = repeatCount(n);
    if (c === undefined) return NotImplemented;
    return strRepeat(S(a), c);
  }],
  __rmul__: ["self, value, /", (a: any, n: any) => {
    const c = repeatCount(n);
    if (c === undefined) return NotImplemented;
    return strRepeat(S(a), c);
  }],
  __mod__: ["self, value, /", (a: any, v: any) => strMod(S(a), v)],
  __rmod__: ["self, value, /", () => NotImplemented],
  __eq__: cmp((c) => c === 0),
  __ne__: cmp((c) => c !== 0),
  __lt__: cmp((c) => c < 0),
  __le__: cmp((c) => c <= 0),
  __gt__: cmp((c) => c > 0),
  __ge__: cmp((c) => c >= 0),
  __format__: ["self, format_spec, /", (a: any, spec: any) => formatStr(S(a), argStr(spec, "format() argument 2 must be str"))],
  __getnewargs__: ["self, /", (a: any) => new PyTuple([S(a)])],
  __sizeof__: ["self, /", (a: any) => 49 + S(a).length],
  isdecimal: isPred(strIsdecimal),
  isdigit: isPred(strIsdigit),
  isnumeric: isPred(strIsnumeric),
  isalpha: isPred(strIsalpha),
  isalnum: isPred(strIsalnum),
  isspace: isPred(strIsspace),
  isascii: isPred(strIsascii),
  isprintable: isPred(strIsprintable),
  isidentifier: isPred(strIsidentifier),
  islower: isPred(strIslower),
  isupper: isPred(strIsupper),
  istitle: isPred(strIstitle),
  upper: ["self, /", (a: any) => strUpper(S(a))],
  lower: ["self, /", (a: any) => strLower(S(a))],
  casefold: ["self, /", (a: any) => strCasefold(S(a))],
  swapcase: ["self, /", (a: any) => strSwapcase(S(a))],
  title: ["self, /", (a: any) => strTitle(S(a))],
  capitalize: ["self, /", (a: any) => strCapitalize(S(a))],
  find: ["self, sub, start=None, end=None, /", (a: any, sub: any, st: any, en: any) => strFind(S(a), argStr(sub), optIdx(st), optIdx(en))],
  rfind: ["self, sub, start=None, end=None, /", (a: any, sub: any, st: any, en: any) => strRfind(S(a), argStr(sub), optIdx(st), optIdx(en))],
  index: ["self, sub, start=None, end=None, /", (a: any, sub: any, st: any, en: any) => strIndex(S(a), argStr(sub), optIdx(st), optIdx(en))],
  rindex: ["self, sub, start=None, end=None, /", (a: any, sub: any, st: any, en: any) => strRindex(S(a), argStr(sub), optIdx(st), optIdx(en))],
  count: ["self, sub, start=None, end=None, /", (a: any, sub: any, st: any, en: any) => strCount(S(a), argStr(sub), optIdx(st), optIdx(en))],
  startswith: ["self, prefix, start=None, end=None, /", (a: any, p: any, st: any, en: any) => strStartswith(S(a), prefixArg(p, "startswith"), optIdx(st), optIdx(en))],
  endswith: ["self, suffix, start=None, end=None, /", (a: any, p: any, st: any, en: any) => strEndswith(S(a), prefixArg(p, "endswith"), optIdx(st), optIdx(en))],
  split: ["self, /, sep=None, maxsplit=-1", (a: any, sep: any, mx: any) =>
    new PyList(sep === undefined && mx === undefined ? strSplit(S(a)) : strSplit(S(a), optStr(sep), mx === undefined ? -1 : intArg(mx)))],
  rsplit: ["self, /, sep=None, maxsplit=-1", (a: any, sep: any, mx: any) => new PyList(strRsplit(S(a), optStr(sep), mx === undefined ? -1 : intArg(mx)))],
  splitlines: ["self, /, keepends=False", (a: any, k: any) => new PyList(strSplitlines(S(a), k !== undefined && truthy(k)))],
  join: ["self, iterable, /", (a: any, it: any) => joinParts(S(a), it)],
  partition: ["self, sep, /", (a: any, sep: any) => new PyTuple(strPartition(S(a), argStr(sep)))],
  rpartition: ["self, sep, /", (a: any, sep: any) => new PyTuple(strRpartition(S(a), argStr(sep)))],
  strip: ["self, chars=None, /", (a: any, c: any) => strStrip(S(a), typeof c === "string" ? c : optStr(c))],
  lstrip: ["self, chars=None, /", (a: any, c: any) => strLstrip(S(a), optStr(c))],
  rstrip: ["self, chars=None, /", (a: any, c: any) => strRstrip(S(a), optStr(c))],
  replace: ["self, old, new, count=-1, /", (a: any, o: any, n: any, c: any) =>
    strReplace(S(a), argStr(o, "replace() argument 1 must be str"), argStr(n, "replace() argument 2 must be str"), c === undefined ? -1 : intArg(c))],
  removeprefix: ["self, prefix, /", (a: any, p: any) => strRemoveprefix(S(a), argStr(p, "removeprefix() argument must be str"))],
  removesuffix: ["self, suffix, /", (a: any, p: any) => strRemovesuffix(S(a), argStr(p, "removesuffix() argument must be str"))],
  center: ["self, width, fillchar=' ', /", (a: any, w: any, f: any) => strCenter(S(a), intArg(w), fillArg(f))],
  ljust: ["self, width, fillchar=' ', /", (a: any, w: any, f: any) => strLjust(S(a), intArg(w), fillArg(f))],
  rjust: ["self, width, fillchar=' ', /", (a: any, w: any, f: any) => strRjust(S(a), intArg(w), fillArg(f))],
  zfill: ["self, width, /", (a: any, w: any) => strZfill(S(a), intArg(w))],
  expandtabs: ["self, /, tabsize=8", (a: any, t: any) => strExpandtabs(S(a), t === undefined ? 8 : intArg(t))],
  translate: ["self, table, /", (a: any, table: any) => strTranslate(S(a), translateTable(table))],
  maketrans: staticMethod(T.str, "maketrans", "x, y=, z=, /", (x: any, y: any, z: any) => {
    let m: Map<number, number | string | null>;
    if (y === undefined) {
      if (!(x instanceof PyDict)) typeError("if you give only one argument to maketrans it must be a dict");
      const pairs: [string | number, any][] = [];
      for (const k of dictKeys(x)) {
        const v = keysMod.dictGet(x, k);
        const ki = intOf(k);
        if (ki !== undefined) pairs.push([Number(ki), v]);
        else if (typeof k === "string") pairs.push([k, v]);
        else typeError("keys in translate table must be strings or integers");
      }
      m = strMaketrans(pairs as any);
    } else {
      m = strMaketrans(argStr(x, "maketrans() argument 1 must be str"), argStr(y, "maketrans() argument 2 must be str"), z === undefined ? undefined : argStr(z, "maketrans() argument 3 must be str"));
    }
    const d = new PyDict();
    for (const [k, v] of m) keysMod.dictSet(d, k, v === null ? None : v);
    return d;
  }),
  encode: ["self, /, encoding='utf-8', errors='strict'", (a: any, enc: any, err: any) =>
    new PyBytes(strEncode(S(a), enc === undefined ? "utf-8" : argStr(enc, "encode() argument 'encoding' must be str"), err === undefined ? "strict" : argStr(err, "encode() argument 'errors' must be str")))],
  format: ["self, /, *args, **kwargs", (a: any, args: PyTuple, kw: PyDict | null) => {
    const lookup = kw && kw.m.size ? (name: string) => {
      const v = keysMod.dictGet(kw, name);
      if (v === undefined) raiseKey(name);
      return v;
    } : null;
    return strFormat(S(a), args.a, lookup, formatHooks);
  }],
  format_map: ["self, mapping, /", (a: any, m: any) => strFormatMap(S(a), (name: string) => getitemOp(m, name), formatHooks)],
  __class_getitem__: classMethod(T.str, "__class_getitem__", "cls, item, /", (cls: any) => cls),
  __doc__: "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.",
});

import { keyError } from "../errors.js";
function raiseKey(name: string): never {
  keyError(name);
}

export { repeatArray, call1 };
