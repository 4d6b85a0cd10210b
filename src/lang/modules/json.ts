/**
 * The `json` module, byte-for-byte compatible with CPython's output and error messages.
 * Encoding appends to an array of string parts; decoding is a single-pass scanner over the
 * string's UTF-16 units (error positions are converted to code point offsets).
 */
import { defineModule } from "./registry.js";
import {
  None,
  PyObject,
  PyList,
  PyTuple,
  PyDict,
  PyFloat,
  PyBytes,
  PyByteArray,
  PyType,
  T,
  typeOf,
  isSubtype,
  typeError,
  valueError,
  raise,
  captureTraceback,
  callv,
  getattr,
  getattrOpt,
  dictSet,
  origKey,
  newDict,
  pyFloat,
  normBig,
  lessThan,
  toArray,
  kwPairs,
  type AttrDict,
} from "../runtime/index.js";
import { floatRepr } from "../runtime/strings/index.js";
import { newModule, sysModules } from "../loader.js";
import { nativeClass, method, strOf, isNone } from "./util.js";

// ---- encoding ----

interface EncOpts {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  indent: string | null;
  itemSep: string;
  keySep: string;
  /** default(o) hook, or null for the standard TypeError. */
  dflt: any;
}

const HEX = "0123456789abcdef";
const SHORT: Record<number, string> = { 8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r", 34: '\\"', 92: "\\\\" };
const NEEDS_ASCII = /["\\\x00-\x1f\x7f-\uffff]/;
const NEEDS_UNI = /["\\\x00-\x1f]/;

function u4(c: number): string {
  return "\\u" + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
}

export function encodeString(s: string, ascii: boolean): string {
  if (!(ascii ? NEEDS_ASCII : NEEDS_UNI).test(s)) return '"' + s + '"';
  let out = '"';
  let run = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c < 0x20 || c === 34 || c === 92) esc = SHORT[c] ?? u4(c);
    else if (ascii && c > 0x7e) esc = u4(c);
    else continue;
    if (i > run) out += s.slice(run, i);
    out += esc;
    run = i + 1;
  }
  if (run < n) out += s.slice(run);
  return out + '"';
}

function floatStr(v: number, o: EncOpts): string {
  if (v !== v) {
    if (!o.allowNan) valueError("Out of range float values are not JSON compliant");
    return "NaN";
  }
  if (v === Infinity || v === -Infinity) {
    if (!o.allowNan) valueError("Out of range float values are not JSON compliant");
    return v > 0 ? "Infinity" : "-Infinity";
  }
  return floatRepr(v);
}

function intStr(x: any): string {
  return typeof x === "bigint" ? x.toString() : String(x);
}

/** The int value of an int subclass instance (IntEnum…), or undefined. */
function subInt(x: any): any {
  if (x instanceof PyObject && (x as any).$v !== undefined && typeof (x as any).$v !== "string" && isSubtype(typeOf(x), T.int)) return (x as any).$v;
  return undefined;
}

function dictItems(d: PyDict): [any, any][] {
  const t = d.$cls;
  if (t.$user && t.$L.items !== T.dict.$dict.items && t.$L.items !== undefined) {
    return toArray(callv(getattr(d, "items"), [])).map((it: any) => {
      const a = toArray(it);
      return [a[0], a[1]] as [any, any];
    });
  }
  const out: [any, any][] = [];
  for (const [n, v] of d.m) out.push([origKey(d, n), v]);
  return out;
}

class Encoder {
  parts: string[] = [];
  markers = new Set<any>();
  constructor(public o: EncOpts) {}

  enc(x: any, level: number): void {
    const parts = this.parts;
    switch (typeof x) {
      case "string":
        parts.push(encodeString(x, this.o.ensureAscii));
        return;
      case "boolean":
        parts.push(x ? "true" : "false");
        return;
      case "number":
        parts.push(Number.isInteger(x) ? String(x) : floatStr(x, this.o));
        return;
      case "bigint":
        parts.push(x.toString());
        return;
    }
    if (x === None) {
      parts.push("null");
      return;
    }
    if (x instanceof PyFloat) {
      parts.push(floatStr(x.v, this.o));
      return;
    }
    if (x instanceof PyList || x instanceof PyTuple) {
      this.list(x, x.a, level);
      return;
    }
    if (x instanceof PyDict) {
      this.dict(x, level);
      return;
    }
    const s = strOf(x);
    if (s !== undefined) {
      parts.push(encodeString(s, this.o.ensureAscii));
      return;
    }
    const iv = subInt(x);
    if (iv !== undefined) {
      parts.push(intStr(iv));
      return;
    }
    this.other(x, level);
  }

  private enter(x: any): void {
    if (this.o.checkCircular) {
      if (this.markers.has(x)) valueError("Circular reference detected");
      this.markers.add(x);
    }
  }

  private leave(x: any): void {
    if (this.o.checkCircular) this.markers.delete(x);
  }

  private list(x: any, a: any[], level: number): void {
    const parts = this.parts;
    if (a.length === 0) {
      parts.push("[]");
      return;
    }
    this.enter(x);
    const ind = this.o.indent;
    if (ind === null) {
      parts.push("[");
      const sep = this.o.itemSep;
      for (let i = 0; i < a.length; i++) {
        if (i) parts.push(sep);
        this.enc(a[i], level);
      }
      parts.push("]");
    } else {
      const nl = "\n" + ind.repeat(level + 1);
      const sep = this.o.itemSep + nl;
      parts.push("[" + nl);
      for (let i = 0; i < a.length; i++) {
        if (i) parts.push(sep);
        this.enc(a[i], level + 1);
      }
      parts.push("\n" + ind.repeat(level) + "]");
    }
    this.leave(x);
  }

  private key(k: any): string | null {
    switch (typeof k) {
      case "string":
        return k;
      case "boolean":
        return k ? "true" : "false";
      case "number":
        return Number.isInteger(k) ? String(k) : floatStr(k, this.o);
      case "bigint":
        return k.toString();
    }
    if (k === None) return "null";
    if (k instanceof PyFloat) return floatStr(k.v, this.o);
    const s = strOf(k);
    if (s !== undefined) return s;
    const iv = subInt(k);
    if (iv !== undefined) return intStr(iv);
    if (this.o.skipkeys) return null;
    typeError(`keys must be str, int, float, bool or None, not ${typeOf(k).$name}`);
  }

  private dict(d: PyDict, level: number): void {
    const parts = this.parts;
    let items: [any, any][];
    if (this.o.sortKeys) {
      items = dictItems(d);
      items.sort((p, q) => (lessThan(p[0], q[0]) ? -1 : lessThan(q[0], p[0]) ? 1 : 0));
    } else if (d.$cls.$user || d.k !== null) items = dictItems(d);
    else {
      if (d.m.size === 0) {
        parts.push("{}");
        return;
      }
      items = [...d.m];
    }
    if (items.length === 0) {
      parts.push("{}");
      return;
    }
    this.enter(d);
    const ind = this.o.indent;
    const keySep = this.o.keySep;
    const ascii = this.o.ensureAscii;
    let sep: string;
    let lv = level;
    if (ind === null) {
      parts.push("{");
      sep = this.o.itemSep;
    } else {
      lv = level + 1;
      const nl = "\n" + ind.repeat(lv);
      sep = this.o.itemSep + nl;
      parts.push("{" + nl);
    }
    let first = true;
    for (let i = 0; i < items.length; i++) {
      const k = items[i][0];
      const ks = typeof k === "string" ? k : this.key(k);
      if (ks === null) continue;
      if (!first) parts.push(sep);
      first = false;
      parts.push(encodeString(ks, ascii) + keySep);
      this.enc(items[i][1], lv);
    }
    if (ind !== null) parts.push("\n" + ind.repeat(level) + "}");
    else parts.push("}");
    this.leave(d);
  }

  private other(x: any, level: number): void {
    this.enter(x);
    let r: any;
    if (this.o.dflt === null) typeError(`Object of type ${typeOf(x).$name} is not JSON serializable`);
    else r = callv(this.o.dflt, [x]);
    this.enc(r, level);
    this.leave(x);
  }
}

function indentStr(indent: any): string | null {
  if (isNone(indent)) return null;
  if (typeof indent === "number" || typeof indent === "bigint" || typeof indent === "boolean") return " ".repeat(Math.max(0, Number(indent)));
  const s = strOf(indent);
  if (s !== undefined) return s;
  typeError(`can't multiply sequence by non-int of type '${typeOf(indent).$name}'`);
}

function separatorsOf(seps: any, indent: string | null): [string, string] {
  if (isNone(seps)) return indent === null ? [", ", ": "] : [",", ": "];
  const a = toArray(seps);
  if (a.length !== 2) valueError(`too many values to unpack (expected 2)`);
  return [strOf(a[0]) ?? typeError("item separator must be str"), strOf(a[1]) ?? typeError("key separator must be str")];
}

function truth(x: any, dflt: boolean): boolean {
  if (x === undefined) return dflt;
  if (x === None || x === false || x === 0 || x === "") return false;
  if (x === true) return true;
  return callv(getattr(x, "__bool__"), []) === true;
}

export function encodeWith(o: EncOpts, x: any): string {
  const e = new Encoder(o);
  e.enc(x, 0);
  return e.parts.join("");
}

// ---- decoding ----

interface DecOpts {
  objectHook: any;
  pairsHook: any;
  parseFloat: any;
  parseInt: any;
  parseConstant: any;
  strict: boolean;
}

let JSONDecodeError: PyType;

function cpIndex(s: string, i: number): number {
  let n = i;
  for (let k = 0; k < i; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xdc00 && c <= 0xdfff && k > 0) {
      const p = s.charCodeAt(k - 1);
      if (p >= 0xd800 && p <= 0xdbff) n--;
    }
  }
  return n;
}

function hasAstral(s: string): boolean {
  return /[\ud800-\udbff][\udc00-\udfff]/.test(s);
}

/** Creates a JSONDecodeError for position `pos` (a UTF-16 index into doc). */
function decodeError(msg: string, doc: string, pos: number): any {
  const astral = hasAstral(doc);
  const cpos = astral ? cpIndex(doc, pos) : pos;
  const before = doc.slice(0, pos);
  let lineno = 1;
  for (let i = before.indexOf("\n"); i >= 0; i = before.indexOf("\n", i + 1)) lineno++;
  const nl = before.lastIndexOf("\n");
  const colno = astral ? cpos - (nl < 0 ? -1 : cpIndex(doc, nl)) : pos - nl;
  const e = makeDecodeError(JSONDecodeError, msg, doc, cpos, lineno, colno);
  captureTraceback(e);
  return e;
}

function makeDecodeError(t: PyType, msg: string, doc: any, pos: any, lineno: number, colno: number): any {
  const e: any = new (t.$js as any)();
  e.$cls = t;
  e.$d = Object.create(null);
  e.args = new PyTuple([`${msg}: line ${lineno} column ${colno} (char ${pos})`]);
  e.$d.msg = msg;
  e.$d.doc = doc;
  e.$d.pos = pos;
  e.$d.lineno = lineno;
  e.$d.colno = colno;
  return e;
}

/** Thrown internally when no value starts at `idx` (CPython's StopIteration(idx)). */
class NoValue {
  constructor(public idx: number) {}
}

class Decoder {
  constructor(public s: string, public o: DecOpts) {}

  ws(i: number): number {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return i;
    }
  }

  /** Scans one value at idx; returns [value, end]. */
  value(idx: number): [any, number] {
    const s = this.s;
    if (idx >= s.length) throw new NoValue(idx);
    const c = s.charCodeAt(idx);
    switch (c) {
      case 34:
        return this.string(idx + 1);
      case 123:
        return this.object(idx + 1);
      case 91:
        return this.array(idx + 1);
      case 110:
        if (s.startsWith("null", idx)) return [None, idx + 4];
        break;
      case 116:
        if (s.startsWith("true", idx)) return [true, idx + 4];
        break;
      case 102:
        if (s.startsWith("false", idx)) return [false, idx + 5];
        break;
      case 78:
        if (s.startsWith("NaN", idx)) return [this.constant("NaN"), idx + 3];
        break;
      case 73:
        if (s.startsWith("Infinity", idx)) return [this.constant("Infinity"), idx + 8];
        break;
      case 45:
        if (s.startsWith("-Infinity", idx)) return [this.constant("-Infinity"), idx + 9];
        break;
    }
    return this.number(idx);
  }

  constant(name: string): any {
    if (this.o.parseConstant !== null) return callv(this.o.parseConstant, [name]);
    return name === "NaN" ? NaN : name === "Infinity" ? Infinity : -Infinity;
  }

  number(start: number): [any, number] {
    const s = this.s;
    const n = s.length;
    let i = start;
    let c = s.charCodeAt(i);
    if (c === 45) {
      i++;
      if (i >= n) throw new NoValue(start);
      c = s.charCodeAt(i);
    }
    if (c >= 49 && c <= 57) {
      i++;
      while (i < n && (c = s.charCodeAt(i)) >= 48 && c <= 57) i++;
    } else if (c === 48) i++;
    else throw new NoValue(start);
    let isFloat = false;
    if (i < n - 1 && s.charCodeAt(i) === 46 && (c = s.charCodeAt(i + 1)) >= 48 && c <= 57) {
      isFloat = true;
      i += 2;
      while (i < n && (c = s.charCodeAt(i)) >= 48 && c <= 57) i++;
    }
    if (i < n && ((c = s.charCodeAt(i)) === 101 || c === 69)) {
      const eStart = i;
      i++;
      if (i < n && ((c = s.charCodeAt(i)) === 45 || c === 43)) i++;
      const dStart = i;
      while (i < n && (c = s.charCodeAt(i)) >= 48 && c <= 57) i++;
      if (i > dStart) isFloat = true;
      else i = eStart;
    }
    const text = s.slice(start, i);
    if (isFloat) {
      if (this.o.parseFloat !== null) return [callv(this.o.parseFloat, [text]), i];
      return [pyFloat(Number(text)), i];
    }
    if (this.o.parseInt !== null) return [callv(this.o.parseInt, [text]), i];
    if (i - start < 16) return [Number(text), i];
    return [normBig(BigInt(text)), i];
  }

  string(end: number): [string, number] {
    const s = this.s;
    const n = s.length;
    const begin = end - 1;
    const strict = this.o.strict;
    let out = "";
    for (;;) {
      let next = end;
      let c = 0;
      for (; next < n; next++) {
        c = s.charCodeAt(next);
        if (c === 34 || c === 92) break;
        if (c < 0x20 && strict) throw decodeError("Invalid control character at", s, next);
      }
      if (next >= n) throw decodeError("Unterminated string starting at", s, begin);
      if (next > end) out += s.slice(end, next);
      next++;
      if (c === 34) return [out, next];
      if (next >= n) throw decodeError("Unterminated string starting at", s, begin);
      c = s.charCodeAt(next);
      if (c !== 117) {
        let r: string;
        switch (c) {
          case 34:
            r = '"';
            break;
          case 92:
            r = "\\";
            break;
          case 47:
            r = "/";
            break;
          case 98:
            r = "\b";
            break;
          case 102:
            r = "\f";
            break;
          case 110:
            r = "\n";
            break;
          case 114:
            r = "\r";
            break;
          case 116:
            r = "\t";
            break;
          default:
            throw decodeError("Invalid \\escape", s, next - 1);
        }
        out += r;
        end = next + 1;
        continue;
      }
      next++;
      end = next + 4;
      if (end >= n) throw decodeError("Invalid \\uXXXX escape", s, next - 1);
      let u = this.hex4(next, end);
      if (u < 0) throw decodeError("Invalid \\uXXXX escape", s, end - 5);
      next = end;
      if (u >= 0xd800 && u <= 0xdbff && end + 6 < n && s.charCodeAt(next) === 92 && s.charCodeAt(next + 1) === 117) {
        const u2 = this.hex4(next + 2, next + 6);
        if (u2 < 0) throw decodeError("Invalid \\uXXXX escape", s, end + 1);
        if (u2 >= 0xdc00 && u2 <= 0xdfff) {
          out += String.fromCharCode(u, u2);
          end += 6;
          continue;
        }
      }
      out += String.fromCharCode(u);
    }
  }

  hex4(i: number, end: number): number {
    let u = 0;
    for (; i < end; i++) {
      const d = this.s.charCodeAt(i);
      let v: number;
      if (d >= 48 && d <= 57) v = d - 48;
      else if (d >= 97 && d <= 102) v = d - 87;
      else if (d >= 65 && d <= 70) v = d - 55;
      else return -1;
      u = (u << 4) | v;
    }
    return u;
  }

  object(idx: number): [any, number] {
    const s = this.s;
    const pairsHook = this.o.pairsHook;
    const pairs: any[] | null = pairsHook !== null ? [] : null;
    const d: PyDict | null = pairs === null ? newDict() : null;
    idx = this.ws(idx);
    if (s.charCodeAt(idx) !== 125) {
      for (;;) {
        if (s.charCodeAt(idx) !== 34) throw decodeError("Expecting property name enclosed in double quotes", s, idx);
        const [key, e1] = this.string(idx + 1);
        idx = this.ws(e1);
        if (s.charCodeAt(idx) !== 58) throw decodeError("Expecting ':' delimiter", s, idx);
        idx = this.ws(idx + 1);
        let val: any;
        try {
          [val, idx] = this.value(idx);
        } catch (e) {
          if (e instanceof NoValue) throw decodeError("Expecting value", s, e.idx);
          throw e;
        }
        if (pairs !== null) pairs.push(new PyTuple([key, val]));
        else d!.m.set(key, val);
        idx = this.ws(idx);
        const c = s.charCodeAt(idx);
        if (c === 125) break;
        if (c !== 44) throw decodeError("Expecting ',' delimiter", s, idx);
        idx = this.ws(idx + 1);
      }
    }
    idx++;
    if (pairs !== null) return [callv(pairsHook, [new PyList(pairs)]), idx];
    if (this.o.objectHook !== null) return [callv(this.o.objectHook, [d]), idx];
    return [d, idx];
  }

  array(idx: number): [any, number] {
    const s = this.s;
    const out: any[] = [];
    idx = this.ws(idx);
    if (s.charCodeAt(idx) !== 93) {
      for (;;) {
        let val: any;
        try {
          [val, idx] = this.value(idx);
        } catch (e) {
          if (e instanceof NoValue) throw decodeError("Expecting value", s, e.idx);
          throw e;
        }
        out.push(val);
        idx = this.ws(idx);
        const c = s.charCodeAt(idx);
        if (c === 93) break;
        if (c !== 44) throw decodeError("Expecting ',' delimiter", s, idx);
        idx = this.ws(idx + 1);
      }
    }
    return [new PyList(out), idx + 1];
  }
}

/** raw_decode: the value at `idx` and where it ends (UTF-16 index). */
function rawDecode(s: string, idx: number, o: DecOpts): [any, number] {
  const d = new Decoder(s, o);
  try {
    return d.value(idx);
  } catch (e) {
    if (e instanceof NoValue) throw decodeError("Expecting value", s, e.idx);
    throw e;
  }
}

function decodeDoc(s: string, o: DecOpts): any {
  const d = new Decoder(s, o);
  let v: any, end: number;
  try {
    [v, end] = d.value(d.ws(0));
  } catch (e) {
    if (e instanceof NoValue) throw decodeError("Expecting value", s, e.idx);
    throw e;
  }
  end = d.ws(end);
  if (end !== s.length) throw decodeError("Extra data", s, end);
  return v;
}

function docString(s: any): string {
  const t = strOf(s);
  if (t !== undefined) {
    if (t.charCodeAt(0) === 0xfeff) throw decodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", t, 0);
    return t;
  }
  if (s instanceof PyBytes || s instanceof PyByteArray) {
    let b = s instanceof PyByteArray ? s.b.subarray(0, s.n) : s.b;
    if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
      return new TextDecoder(b[0] === 0xff ? "utf-16le" : "utf-16be").decode(b.subarray(2));
    }
    if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(b);
    } catch {
      raise(T.UnicodeDecodeError, "'utf-8' codec can't decode bytes: invalid utf-8");
    }
  }
  typeError(`the JSON object must be str, bytes or bytearray, not ${typeOf(s).$name}`);
}

const DEFAULT_DEC: DecOpts = { objectHook: null, pairsHook: null, parseFloat: null, parseInt: null, parseConstant: null, strict: true };

function hook(x: any): any {
  return isNone(x) ? null : x;
}

function decOptsFrom(obj: any): DecOpts {
  const g = (n: string) => {
    const v = getattrOpt(obj, n);
    return v === undefined ? None : v;
  };
  return {
    objectHook: hook(g("object_hook")),
    pairsHook: hook(g("object_pairs_hook")),
    parseFloat: hook(g("parse_float")),
    parseInt: hook(g("parse_int")),
    parseConstant: hook(g("parse_constant")),
    strict: truth(g("strict"), true),
  };
}

// ---- classes and module ----

let JSONEncoderType: PyType;
let JSONDecoderType: PyType;
let encoderDefault: any;

function encOptsFrom(self: any): EncOpts {
  const g = (n: string) => {
    const v = getattrOpt(self, n);
    return v === undefined ? None : v;
  };
  const indent = indentStr(g("indent"));
  const d = getattr(self, "default");
  const isBase = d && (d as any).f === encoderDefault;
  return {
    skipkeys: truth(g("skipkeys"), false),
    ensureAscii: truth(g("ensure_ascii"), true),
    checkCircular: truth(g("check_circular"), true),
    allowNan: truth(g("allow_nan"), true),
    sortKeys: truth(g("sort_keys"), false),
    indent,
    itemSep: strOf(g("item_separator")) ?? ", ",
    keySep: strOf(g("key_separator")) ?? ": ",
    dflt: isBase ? null : d,
  };
}

function buildClasses(): void {
  if (JSONEncoderType) return;
  JSONDecodeError = nativeClass(
    "JSONDecodeError",
    "json.decoder",
    [T.ValueError],
    T.ValueError.$js,
    {
      __init__: method("JSONDecodeError", "__init__", "msg, doc, pos", (self: any, msg: any, doc: any, pos: any) => {
        const p = Number(pos);
        const ds = strOf(doc) ?? "";
        const before = ds.slice(0, p);
        let lineno = 1;
        for (let i = before.indexOf("\n"); i >= 0; i = before.indexOf("\n", i + 1)) lineno++;
        const colno = p - before.lastIndexOf("\n");
        const e = makeDecodeError(self.$cls, String(msg), doc, pos, lineno, colno);
        self.args = e.args;
        Object.assign(self.$d, e.$d);
        return None;
      }),
      __reduce__: method("JSONDecodeError", "__reduce__", "", (self: any) => new PyTuple([self.$cls, new PyTuple([self.$d.msg, self.$d.doc, self.$d.pos])])),
    },
    { dict: true },
  );
  class EncJs extends PyObject {}
  encoderDefault = method("JSONEncoder", "default", "o", (_self: any, o: any) => typeError(`Object of type ${typeOf(o).$name} is not JSON serializable`));
  JSONEncoderType = nativeClass(
    "JSONEncoder",
    "json.encoder",
    [T.object],
    EncJs,
    {
      item_separator: ", ",
      key_separator: ": ",
      __init__: method(
        "JSONEncoder",
        "__init__",
        "*, skipkeys=, ensure_ascii=, check_circular=, allow_nan=, sort_keys=, indent=, separators=, default=",
        (self: any, skipkeys: any, ensureAscii: any, checkCircular: any, allowNan: any, sortKeys: any, indent: any, separators: any, dflt: any) => {
          const d = self.$d;
          d.skipkeys = skipkeys ?? false;
          d.ensure_ascii = ensureAscii ?? true;
          d.check_circular = checkCircular ?? true;
          d.allow_nan = allowNan ?? true;
          d.sort_keys = sortKeys ?? false;
          d.indent = indent ?? None;
          if (!isNone(separators)) {
            const a = toArray(separators);
            d.item_separator = a[0];
            d.key_separator = a[1];
          } else if (!isNone(indent)) d.item_separator = ",";
          if (!isNone(dflt)) d.default = dflt;
          return None;
        },
      ),
      default: encoderDefault,
      encode: method("JSONEncoder", "encode", "o", (self: any, o: any) => encodeWith(encOptsFrom(self), o)),
      iterencode: method("JSONEncoder", "iterencode", "o, _one_shot=", (self: any, o: any) => new PyList([callv(getattr(self, "encode"), [o])])),
    },
    { dict: true },
  );
  class DecJs extends PyObject {}
  JSONDecoderType = nativeClass(
    "JSONDecoder",
    "json.decoder",
    [T.object],
    DecJs,
    {
      __init__: method(
        "JSONDecoder",
        "__init__",
        "*, object_hook=, parse_float=, parse_int=, parse_constant=, strict=, object_pairs_hook=",
        (self: any, oh: any, pf: any, pi: any, pc: any, strict: any, oph: any) => {
          const d = self.$d;
          d.object_hook = oh ?? None;
          d.parse_float = pf ?? None;
          d.parse_int = pi ?? None;
          d.parse_constant = pc ?? None;
          d.strict = strict ?? true;
          d.object_pairs_hook = oph ?? None;
          return None;
        },
      ),
      decode: method("JSONDecoder", "decode", "s, _w=", (self: any, s: any) => decodeDoc(docString(s), decOptsFrom(self))),
      raw_decode: method("JSONDecoder", "raw_decode", "s, idx=", (self: any, s: any, idx: any) => {
        const str = strOf(s);
        if (str === undefined) typeError(`first argument must be a string, not ${typeOf(s).$name}`);
        let i = idx === undefined ? 0 : Number(idx);
        if (i < 0) valueError("idx cannot be negative");
        if (hasAstral(str)) {
          // convert a code point index to UTF-16
          let u = 0;
          for (let k = 0; k < i && u < str.length; k++) u += str.codePointAt(u)! > 0xffff ? 2 : 1;
          i = u;
        }
        const [v, end] = rawDecode(str, i, decOptsFrom(self));
        return new PyTuple([v, hasAstral(str) ? cpIndex(str, end) : end]);
      }),
    },
    { dict: true },
  );
}

function dumpsImpl(
  obj: any,
  skipkeys: any,
  ensureAscii: any,
  checkCircular: any,
  allowNan: any,
  cls: any,
  indent: any,
  separators: any,
  dflt: any,
  sortKeys: any,
  kw: PyDict | null,
): string {
  if (isNone(cls) && (!kw || kw.m.size === 0)) {
    const ind = indentStr(indent);
    const [itemSep, keySep] = separatorsOf(separators, ind);
    return encodeWith(
      {
        skipkeys: truth(skipkeys, false),
        ensureAscii: truth(ensureAscii, true),
        checkCircular: truth(checkCircular, true),
        allowNan: truth(allowNan, true),
        sortKeys: truth(sortKeys, false),
        indent: ind,
        itemSep,
        keySep,
        dflt: isNone(dflt) ? null : dflt,
      },
      obj,
    );
  }
  const c = isNone(cls) ? JSONEncoderType : cls;
  const names = ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "indent", "separators", "default", "sort_keys"];
  const vals = [skipkeys ?? false, ensureAscii ?? true, checkCircular ?? true, allowNan ?? true, indent ?? None, separators ?? None, dflt ?? None, sortKeys ?? false];
  const [kn, kv] = kwPairs(kw ?? null);
  const enc = callv(c, [], kn ? [...names, ...kn] : names, kv ? [...vals, ...kv] : vals);
  const r = callv(getattr(enc, "encode"), [obj]);
  return r;
}

function loadsImpl(s: any, cls: any, oh: any, pf: any, pi: any, pc: any, oph: any, kw: PyDict | null): any {
  if (isNone(cls) && (!kw || kw.m.size === 0)) {
    const doc = docString(s);
    if (isNone(oh) && isNone(pf) && isNone(pi) && isNone(pc) && isNone(oph)) return decodeDoc(doc, DEFAULT_DEC);
    return decodeDoc(doc, { objectHook: hook(oh), pairsHook: hook(oph), parseFloat: hook(pf), parseInt: hook(pi), parseConstant: hook(pc), strict: true });
  }
  const doc = strOf(s) ?? docString(s);
  const c = isNone(cls) ? JSONDecoderType : cls;
  const names: string[] = [];
  const vals: any[] = [];
  const add = (n: string, v: any) => {
    if (!isNone(v)) {
      names.push(n);
      vals.push(v);
    }
  };
  add("object_hook", oh);
  add("parse_float", pf);
  add("parse_int", pi);
  add("parse_constant", pc);
  add("object_pairs_hook", oph);
  const [kn, kv] = kwPairs(kw ?? null);
  if (kn) {
    names.push(...kn);
    vals.push(...kv!);
  }
  const dec = callv(c, [], names.length ? names : null, names.length ? vals : null);
  return callv(getattr(dec, "decode"), [doc]);
}

const DUMPS_SPEC = "obj, *, skipkeys=, ensure_ascii=, check_circular=, allow_nan=, cls=, indent=, separators=, default=, sort_keys=, **kw";
const LOADS_SPEC = "s, *, cls=, object_hook=, parse_float=, parse_int=, parse_constant=, object_pairs_hook=, **kw";

defineModule("json", (m) => {
  buildClasses();
  m.set("__path__", new PyList([]));
  m.set("__all__", new PyList(["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]));
  m.set("__version__", "2.0.9");
  m.set("JSONDecodeError", JSONDecodeError);
  m.set("JSONEncoder", JSONEncoderType);
  m.set("JSONDecoder", JSONDecoderType);
  m.fn("dumps", DUMPS_SPEC, dumpsImpl);
  m.fn("dump", DUMPS_SPEC.replace("obj, ", "obj, fp, "), (obj: any, fp: any, ...rest: any[]) => {
    const s = (dumpsImpl as any)(obj, ...rest);
    callv(getattr(fp, "write"), [s]);
    return None;
  });
  m.fn("loads", LOADS_SPEC, loadsImpl);
  m.fn("load", LOADS_SPEC.replace("s, ", "fp, "), (fp: any, ...rest: any[]) => (loadsImpl as any)(callv(getattr(fp, "read"), []), ...rest));
  // json.decoder / json.encoder submodules with the names programs import from them.
  const dec = newModule("json.decoder", null);
  delete dec.$d!.__file__;
  dec.$d!.JSONDecodeError = JSONDecodeError;
  dec.$d!.JSONDecoder = JSONDecoderType;
  const enc = newModule("json.encoder", null);
  delete enc.$d!.__file__;
  enc.$d!.JSONEncoder = JSONEncoderType;
  enc.$d!.encode_basestring = m.fn("encode_basestring", "s, /", (s: any) => encodeString(String(s), false));
  enc.$d!.encode_basestring_ascii = m.fn("encode_basestring_ascii", "s, /", (s: any) => encodeString(String(s), true));
  delete m.d.encode_basestring;
  delete m.d.encode_basestring_ascii;
  m.set("decoder", dec);
  m.set("encoder", enc);
  sysModules.set("json.decoder", dec);
  sysModules.set("json.encoder", enc);
});

export { dictSet, PyType, type AttrDict };
