/**
 * `struct`: pack/unpack of C structs as CPython 3.11 on x86-64 Linux — native sizes and
 * alignment for `@`, standard sizes for `=<>!`, the same struct.error messages (which differ
 * between native, little- and big-endian packers, as in _struct.c), half floats, Struct objects.
 */
import { defineModule } from "./registry.js";
import {
  T,
  None,
  PyObject,
  PyBytes,
  PyByteArray,
  PyTuple,
  PyIterator,
  PyFloat,
  STOP,
  raise,
  typeOf,
  truthy,
  getattrOpt,
  call0,
  toNumber,
  index as pyIndex,
  pyFloat,
  normBig,
  type PyType,
} from "../runtime/index.js";
import { nativeClass, nativeException, bytesLike, raiseIn, staticMethod, latin1 } from "./stdlibUtil.js";

let StructError: PyType;
const err = (msg: string): never => raiseIn(StructError, msg);

type Mode = "native" | "little" | "big";

interface Item {
  code: string;
  /** repeat count for s/p (length), 1 otherwise (items are expanded) */
  len: number;
  offset: number;
  size: number;
}

interface Compiled {
  format: string;
  mode: Mode;
  size: number;
  items: Item[];
  /** number of values pack() takes */
  nvalues: number;
}

const NATIVE: Record<string, [number, number]> = {
  x: [1, 1],
  c: [1, 1],
  b: [1, 1],
  B: [1, 1],
  "?": [1, 1],
  h: [2, 2],
  H: [2, 2],
  i: [4, 4],
  I: [4, 4],
  l: [8, 8],
  L: [8, 8],
  q: [8, 8],
  Q: [8, 8],
  n: [8, 8],
  N: [8, 8],
  e: [2, 2],
  f: [4, 4],
  d: [8, 8],
  s: [1, 1],
  p: [1, 1],
  P: [8, 8],
};
const STANDARD: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1 };

const cache = new Map<string, Compiled>();

function compile(fmt: string): Compiled {
  const hit = cache.get(fmt);
  if (hit) return hit;
  let i = 0;
  let mode: Mode = "native";
  let standard = false;
  const c0 = fmt[0];
  if (c0 === "@" || c0 === "=" || c0 === "<" || c0 === ">" || c0 === "!") {
    i = 1;
    if (c0 !== "@") {
      standard = true;
      mode = c0 === ">" || c0 === "!" ? "big" : "little";
    }
  }
  const items: Item[] = [];
  let size = 0;
  let nvalues = 0;
  while (i < fmt.length) {
    let c = fmt[i++];
    if (/\s/.test(c) && c.charCodeAt(0) < 128) continue;
    let num = 1;
    if (c >= "0" && c <= "9") {
      let n = c.charCodeAt(0) - 48;
      while (i < fmt.length && fmt[i] >= "0" && fmt[i] <= "9") n = n * 10 + (fmt.charCodeAt(i++) - 48);
      if (i >= fmt.length) err("repeat count given without format specifier");
      c = fmt[i++];
      num = n;
    }
    let isz: number;
    let align: number;
    if (standard) {
      if (!(c in STANDARD)) err("bad char in struct format");
      isz = STANDARD[c];
      align = 1;
    } else {
      if (!(c in NATIVE)) err("bad char in struct format");
      [isz, align] = NATIVE[c];
    }
    if (align > 1) size = Math.ceil(size / align) * align;
    if (c === "s" || c === "p") {
      items.push({ code: c, len: num, offset: size, size: num });
      size += num;
      nvalues++;
    } else if (c === "x") {
      size += num;
    } else {
      for (let k = 0; k < num; k++) {
        items.push({ code: c, len: 1, offset: size, size: isz });
        size += isz;
      }
      nvalues += num;
    }
  }
  const r: Compiled = { format: fmt, mode, size, items, nvalues };
  if (cache.size > 256) cache.clear();
  cache.set(fmt, r);
  return r;
}

function formatArg(f: any): string {
  if (typeof f === "string") return f;
  const b = bytesLike(f);
  if (b !== undefined && f instanceof PyBytes) return latin1(b);
  raise(T.TypeError, `Struct() argument 1 must be a str or bytes object, not ${typeOf(f).$name}`);
}

// ---- integers ----

function intValue(v: any): bigint {
  if (typeof v === "number" && Number.isInteger(v)) return BigInt(v);
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (v instanceof PyObject && !(v instanceof PyFloat) && typeOf(v).$L.__index__ !== undefined) return BigInt(pyIndex(v));
  return err("required argument is not an integer");
}

const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;
const U64_MAX = (1n << 64n) - 1n;

function rangeMsg(code: string, lo: bigint, hi: bigint): never {
  return err(`'${code}' format requires ${lo} <= number <= ${hi}`);
}

/** Checks v for integer code `code` in `mode` (with CPython's per-packer messages); returns it. */
function checkInt(code: string, v: bigint, mode: Mode, size: number): bigint {
  const signed = code === code.toLowerCase() && code !== "?";
  const bits = BigInt(size * 8);
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (code === "b" || code === "B" || ((code === "h" || code === "H") && mode !== "big")) {
    if (v < I64_MIN || v > I64_MAX) err("argument out of range");
    if (v < lo || v > hi) {
      const name = { b: "byte", B: "ubyte", h: "short", H: "ushort" }[code]!;
      err(`${name} format requires ${lo} <= number <= ${hi}`);
    }
    return v;
  }
  if (mode === "big" && (code === "q" || code === "Q")) {
    if (v < lo || v > hi) err("int too large to convert");
    return v;
  }
  if (signed) {
    if (v < I64_MIN || v > I64_MAX) err("argument out of range");
    if (v < lo || v > hi) rangeMsg(code, lo, hi);
  } else {
    if (v < 0n || v > U64_MAX) err("argument out of range");
    if (v > hi) rangeMsg(code, 0n, hi);
  }
  return v;
}

// ---- floats ----

function floatValue(v: any): number {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "bigint" || typeof v === "boolean") return toNumber(v);
  if (v instanceof PyObject) {
    const f = getattrOpt(v, "__float__");
    if (f !== undefined) return toNumber(call0(f));
    if (typeOf(v).$L.__index__ !== undefined) return Number(pyIndex(v));
  }
  return err("required argument is not a float");
}

/** PyFloat_Pack2: IEEE half precision, round half to even. */
function packHalf(x: number): number {
  let sign = 0;
  if (Number.isNaN(x)) return 0x7e00;
  if (x < 0 || Object.is(x, -0)) {
    sign = 1;
    x = -x;
  }
  if (x === Infinity) return (sign << 15) | 0x7c00;
  if (x === 0) return sign << 15;
  let e: number;
  let f: number;
  // frexp
  e = Math.floor(Math.log2(x)) + 1;
  f = x / 2 ** e;
  if (f >= 1) {
    f /= 2;
    e++;
  } else if (f < 0.5) {
    f *= 2;
    e--;
  }
  if (f < 0.5 || f >= 1.0) raise(T.SystemError, "frexp() result out of range");
  f *= 2.0;
  e--;
  if (e >= 16) raise(T.OverflowError, "float too large to pack with e format");
  let bits: number;
  if (e < -25) {
    f = 0.0;
    e = 0;
  } else if (e < -14) {
    f = f * 2 ** (14 + e);
    e = 0;
  } else {
    e += 15;
    f -= 1.0;
  }
  f *= 1024.0;
  bits = Math.trunc(f);
  if (bits > 1023) throw new Error("half pack");
  const rem = f - bits;
  if (rem > 0.5 || (rem === 0.5 && bits % 2 === 1)) {
    bits++;
    if (bits === 1024) {
      bits = 0;
      e++;
      if (e === 31) raise(T.OverflowError, "float too large to pack with e format");
    }
  }
  return (sign << 15) | (e << 10) | bits;
}

function unpackHalf(h: number): number {
  const sign = h >> 15 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0x1f) return f ? NaN : sign * Infinity;
  if (e === 0) return sign * f * 2 ** -24;
  return sign * (1 + f / 1024) * 2 ** (e - 15);
}

// ---- pack / unpack ----

function packInto(c: Compiled, args: any[], buf: Uint8Array, base: number): void {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const le = c.mode !== "big";
  let ai = 0;
  for (const it of c.items) {
    const v = args[ai++];
    const off = base + it.offset;
    switch (it.code) {
      case "c": {
        if (!(v instanceof PyBytes) || v.b.length !== 1) err("char format requires a bytes object of length 1");
        buf[off] = (v as PyBytes).b[0];
        break;
      }
      case "s":
      case "p": {
        const b = v instanceof PyBytes || v instanceof PyByteArray ? bytesLike(v)! : undefined;
        if (b === undefined) err(`argument for '${it.code}' must be a bytes object`);
        if (it.code === "s") {
          buf.set(b!.subarray(0, it.len), off);
        } else {
          if (it.len === 0) break;
          const n = Math.min(b!.length, it.len - 1, 255);
          buf.set(b!.subarray(0, Math.min(b!.length, it.len - 1)), off + 1);
          buf[off] = n;
        }
        break;
      }
      case "?":
        buf[off] = truthy(v) ? 1 : 0;
        break;
      case "e":
        dv.setUint16(off, packHalf(floatValue(v)), le);
        break;
      case "f": {
        const x = floatValue(v);
        const y = Math.fround(x);
        if (c.mode !== "native" && !Number.isFinite(y) && Number.isFinite(x)) raise(T.OverflowError, "float too large to pack with f format");
        dv.setFloat32(off, x, le);
        break;
      }
      case "d":
        dv.setFloat64(off, floatValue(v), le);
        break;
      default: {
        const n = checkInt(it.code === "P" ? "N" : it.code === "n" ? "q" : it.code === "N" ? "Q" : it.code, intValue(v), c.mode, it.size);
        let u = BigInt.asUintN(it.size * 8, n);
        for (let k = 0; k < it.size; k++) {
          const byte = Number(u & 255n);
          u >>= 8n;
          buf[le ? off + k : off + it.size - 1 - k] = byte;
        }
      }
    }
  }
}

function pack(c: Compiled, args: any[], what = "pack"): Uint8Array {
  if (args.length !== c.nvalues) err(`${what} expected ${c.nvalues} items for packing (got ${args.length})`);
  const buf = new Uint8Array(c.size);
  packInto(c, args, buf, 0);
  return buf;
}

function unpackAt(c: Compiled, buf: Uint8Array, base: number): PyTuple {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const le = c.mode !== "big";
  const out: any[] = [];
  for (const it of c.items) {
    const off = base + it.offset;
    switch (it.code) {
      case "c":
        out.push(new PyBytes(buf.slice(off, off + 1)));
        break;
      case "s":
        out.push(new PyBytes(buf.slice(off, off + it.len)));
        break;
      case "p": {
        if (it.len === 0) {
          out.push(new PyBytes(new Uint8Array(0)));
          break;
        }
        let n = buf[off];
        if (n >= it.len) n = it.len - 1;
        out.push(new PyBytes(buf.slice(off + 1, off + 1 + n)));
        break;
      }
      case "?":
        out.push(buf[off] !== 0);
        break;
      case "e":
        out.push(pyFloat(unpackHalf(dv.getUint16(off, le))));
        break;
      case "f":
        out.push(pyFloat(dv.getFloat32(off, le)));
        break;
      case "d":
        out.push(pyFloat(dv.getFloat64(off, le)));
        break;
      default: {
        const sz = it.size;
        if (sz <= 4) {
          let u = 0;
          for (let k = 0; k < sz; k++) u = u * 256 + buf[le ? off + sz - 1 - k : off + k];
          const signed = it.code === it.code.toLowerCase();
          if (signed && u >= 2 ** (sz * 8 - 1)) u -= 2 ** (sz * 8);
          out.push(u);
        } else {
          let u = 0n;
          for (let k = 0; k < sz; k++) u = (u << 8n) | BigInt(buf[le ? off + sz - 1 - k : off + k]);
          const signed = it.code === "q" || it.code === "l" || it.code === "n";
          out.push(normBig(signed ? BigInt.asIntN(sz * 8, u) : u));
        }
      }
    }
  }
  return new PyTuple(out);
}

function readBuf(x: any): Uint8Array {
  const b = bytesLike(x);
  if (b === undefined) raise(T.TypeError, `a bytes-like object is required, not '${typeOf(x).$name}'`);
  return b;
}

function unpack(c: Compiled, buffer: any): PyTuple {
  const b = readBuf(buffer);
  if (b.length !== c.size) err(`unpack requires a buffer of ${c.size} bytes`);
  return unpackAt(c, b, 0);
}

function unpackFrom(c: Compiled, buffer: any, offsetIn: any): PyTuple {
  const b = readBuf(buffer);
  let offset = offsetIn === undefined ? 0 : Number(pyIndex(offsetIn));
  if (offset < 0) {
    if (offset + b.length < 0) err(`offset ${offset} out of range for ${b.length}-byte buffer`);
    offset += b.length;
  }
  if (b.length - offset < c.size) {
    err(`unpack_from requires a buffer of at least ${c.size + offset} bytes for unpacking ${c.size} bytes at offset ${offset} (actual buffer size is ${b.length})`);
  }
  return unpackAt(c, b, offset);
}

function doPackInto(c: Compiled, args: any[]): any {
  if (args.length < 1) err("pack_into expected buffer argument");
  if (args.length < 2) err("pack_into expected offset argument");
  const [buffer, offsetIn, ...vals] = args;
  if (vals.length !== c.nvalues) err(`pack_into expected ${c.nvalues} items for packing (got ${vals.length})`);
  let b: Uint8Array;
  if (buffer instanceof PyByteArray) b = buffer.b.subarray(0, buffer.n);
  else {
    const bb = bytesLike(buffer);
    if (bb === undefined || buffer instanceof PyBytes) raise(T.TypeError, `argument must be read-write bytes-like object, not ${typeOf(buffer).$name}`);
    b = bb!;
  }
  let offset = Number(pyIndex(offsetIn));
  if (offset < 0) {
    if (offset + c.size > 0) err(`no space to pack ${c.size} bytes at offset ${offset}`);
    if (offset + b.length < 0) err(`offset ${offset} out of range for ${b.length}-byte buffer`);
    offset += b.length;
  }
  if (b.length - offset < c.size) {
    err(`pack_into requires a buffer of at least ${c.size + offset} bytes for packing ${c.size} bytes at offset ${offset} (actual buffer size is ${b.length})`);
  }
  // pack to a scratch buffer first so that a failing value leaves the target untouched
  const tmp = new Uint8Array(c.size);
  packInto(c, vals, tmp, 0);
  b.set(tmp, offset);
  return None;
}

class UnpackIter extends PyIterator {
  pos = 0;
  constructor(public c: Compiled, public b: Uint8Array) {
    super();
  }
  $next(): any {
    if (this.pos + this.c.size > this.b.length) return STOP;
    const r = unpackAt(this.c, this.b, this.pos);
    this.pos += this.c.size;
    return r;
  }
}

function iterUnpack(c: Compiled, buffer: any): UnpackIter {
  const b = readBuf(buffer);
  if (c.size === 0) err("cannot iteratively unpack with a struct of length 0");
  if (b.length % c.size) err(`iterative unpacking requires a buffer of a multiple of ${c.size} bytes`);
  return new UnpackIter(c, b);
}

class StructJs extends PyObject {
  c!: Compiled;
}

let StructType: PyType;

defineModule("struct", (m) => {
  StructError = nativeException("struct", "error", T.Exception);
  m.set("error", StructError);
  const S = (o: StructJs) => o.c;
  StructType = nativeClass("_struct", "Struct", [], StructJs, {
    __new__: staticMethod("__new__", "cls, format", (cls: any, format: any) => {
      const o = new StructJs();
      o.$cls = cls;
      if (cls.$user) o.$d = Object.create(null);
      o.c = compile(formatArg(format));
      return o;
    }),
    __init__: ["*args, **kw", () => None],
    pack: ["*values", (o: StructJs, vals: any) => new PyBytes(pack(S(o), vals.a ?? vals))],
    pack_into: ["*args", (o: StructJs, args: any) => doPackInto(S(o), args.a ?? args)],
    unpack: ["buffer, /", (o: StructJs, b: any) => unpack(S(o), b)],
    unpack_from: ["buffer, offset=", (o: StructJs, b: any, off: any) => unpackFrom(S(o), b, off)],
    iter_unpack: ["buffer, /", (o: StructJs, b: any) => iterUnpack(S(o), b)],
    format: { get: (o: StructJs) => o.c.format },
    size: { get: (o: StructJs) => o.c.size },
  });
  m.set("Struct", StructType);
  m.fn("calcsize", "format, /", (f: any) => compile(formatArg(f)).size);
  m.fn("pack", "format, /, *values", (f: any, vals: any) => new PyBytes(pack(compile(formatArg(f)), vals.a ?? vals)));
  m.fn("pack_into", "format, /, *args", (f: any, args: any) => doPackInto(compile(formatArg(f)), args.a ?? args));
  m.fn("unpack", "format, buffer, /", (f: any, b: any) => unpack(compile(formatArg(f)), b));
  m.fn("unpack_from", "format, /, buffer, offset=", (f: any, b: any, off: any) => unpackFrom(compile(formatArg(f)), b, off));
  m.fn("iter_unpack", "format, buffer, /", (f: any, b: any) => iterUnpack(compile(formatArg(f)), b));
  m.set("__all__", new PyTuple(["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]));
});
