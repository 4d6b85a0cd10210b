/**
 * `binascii`: hex, base64 (CPython's lenient and strict decoders, same messages), crc32,
 * crc_hqx, and the Error/Incomplete exceptions.
 */
import { defineModule } from "./registry.js";
import { T, None, PyBytes, raise, typeOf, index as pyIndex, truthy, type PyType } from "../runtime/index.js";
import { nativeException, bytesLike, raiseIn } from "./stdlibUtil.js";

let BinasciiError: PyType | undefined;
let Incomplete: PyType | undefined;

/** binascii.Error (made on first use: base64 raises it without importing binascii). */
export function binasciiError(): PyType {
  return (BinasciiError ??= nativeException("binascii", "Error", T.ValueError));
}

/** Input of the a2b_* functions: bytes-like or an ASCII str. */
export function asciiData(x: any): Uint8Array {
  if (typeof x === "string") {
    if (!/^[\x00-\x7f]*$/.test(x)) raise(T.ValueError, "string argument should contain only ASCII characters");
    return Uint8Array.from(x, (c) => c.charCodeAt(0));
  }
  const b = bytesLike(x);
  if (b === undefined) raise(T.TypeError, `argument should be bytes, buffer or ASCII string, not '${typeOf(x).$name}'`);
  return b;
}

export function binData(x: any): Uint8Array {
  const b = bytesLike(x);
  if (b === undefined) raise(T.TypeError, `a bytes-like object is required, not '${typeOf(x).$name}'`);
  return b;
}

export function binError(msg: string): never {
  raiseIn(binasciiError(), msg);
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64REV = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64REV[B64.charCodeAt(i)] = i;

export function b2aBase64(data: Uint8Array, newline: boolean): Uint8Array {
  const s = Buffer.from(data.buffer, data.byteOffset, data.length).toString("base64") + (newline ? "\n" : "");
  return Uint8Array.from(Buffer.from(s, "latin1"));
}

/** CPython's binascii.a2b_base64 (3.11), lenient or strict. */
export function a2bBase64(data: Uint8Array, strict: boolean): Uint8Array {
  const out: number[] = [];
  let quadPos = 0;
  let leftchar = 0;
  let pads = 0;
  let paddingStarted = false;
  if (strict && data.length > 0 && data[0] === 61) binError("Leading padding not allowed");
  let done = false;
  for (let i = 0; i < data.length; i++) {
    const ch = data[i];
    if (ch === 61) {
      paddingStarted = true;
      if (quadPos >= 2 && quadPos + ++pads >= 4) {
        if (strict && i + 1 < data.length) binError("Excess data after padding");
        done = true;
        break;
      }
      continue;
    }
    const v = B64REV[ch];
    if (v < 0) {
      if (strict) binError("Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) binError("Discontinuous padding not allowed");
    pads = 0;
    switch (quadPos) {
      case 0:
        quadPos = 1;
        leftchar = v;
        break;
      case 1:
        quadPos = 2;
        out.push(((leftchar << 2) | (v >> 4)) & 0xff);
        leftchar = v & 0x0f;
        break;
      case 2:
        quadPos = 3;
        out.push(((leftchar << 4) | (v >> 2)) & 0xff);
        leftchar = v & 0x03;
        break;
      case 3:
        quadPos = 0;
        out.push(((leftchar << 6) | v) & 0xff);
        leftchar = 0;
        break;
    }
  }
  if (!done && quadPos !== 0) {
    if (quadPos === 1) {
      binError(`Invalid base64-encoded string: number of data characters (${Math.floor(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
    }
    binError("Incorrect padding");
  }
  return Uint8Array.from(out);
}

export function hexlify(data: Uint8Array, sep?: any, bytesPerSep?: any): Uint8Array {
  const hex = Buffer.from(data.buffer, data.byteOffset, data.length).toString("hex");
  if (sep === undefined || sep === None) return Uint8Array.from(Buffer.from(hex, "latin1"));
  let sepStr: string;
  if (typeof sep === "string") sepStr = sep;
  else {
    const b = bytesLike(sep);
    if (b === undefined) raise(T.TypeError, `sep must be str or bytes.`);
    sepStr = String.fromCharCode(...b);
  }
  if (sepStr.length !== 1) raise(T.ValueError, "sep must be length 1.");
  let n = bytesPerSep === undefined ? 1 : Number(pyIndex(bytesPerSep));
  const pairs: string[] = [];
  for (let i = 0; i < data.length; i++) pairs.push(hex.slice(2 * i, 2 * i + 2));
  if (n === 0 || pairs.length === 0) return Uint8Array.from(Buffer.from(hex, "latin1"));
  const groups: string[] = [];
  if (n > 0) {
    // groups counted from the right
    let end = pairs.length;
    while (end > 0) {
      const start = Math.max(0, end - n);
      groups.unshift(pairs.slice(start, end).join(""));
      end = start;
    }
  } else {
    n = -n;
    for (let i = 0; i < pairs.length; i += n) groups.push(pairs.slice(i, i + n).join(""));
  }
  return Uint8Array.from(Buffer.from(groups.join(sepStr), "latin1"));
}

export function unhexlify(data: Uint8Array): Uint8Array {
  if (data.length % 2) binError("Odd-length string");
  const out = new Uint8Array(data.length / 2);
  const hv = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);
  for (let i = 0; i < out.length; i++) {
    const a = hv(data[2 * i]);
    const b = hv(data[2 * i + 1]);
    if (a < 0 || b < 0) binError("Non-hexadecimal digit found");
    out[i] = (a << 4) | b;
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array, value = 0): number {
  let c = ~value >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function crcHqx(data: Uint8Array, crc: number): number {
  crc &= 0xffff;
  for (const b of data) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function intValue(x: any): number {
  const v = pyIndex(x);
  return Number(BigInt.asUintN(32, BigInt(v)));
}

defineModule("binascii", (m) => {
  Incomplete ??= nativeException("binascii", "Incomplete", T.Exception);
  m.set("Error", binasciiError());
  m.set("Incomplete", Incomplete);
  const B = (u: Uint8Array) => new PyBytes(u);
  m.fn("hexlify", "data, sep=, bytes_per_sep=", (d: any, sep: any, n: any) => B(hexlify(binData(d), sep, n)));
  m.fn("b2a_hex", "data, sep=, bytes_per_sep=", (d: any, sep: any, n: any) => B(hexlify(binData(d), sep, n)));
  m.fn("unhexlify", "hexstr, /", (d: any) => B(unhexlify(asciiData(d))));
  m.fn("a2b_hex", "hexstr, /", (d: any) => B(unhexlify(asciiData(d))));
  m.fn("b2a_base64", "data, /, *, newline=", (d: any, nl: any) => B(b2aBase64(binData(d), nl === undefined ? true : truthy(nl))));
  m.fn("a2b_base64", "data, /, *, strict_mode=", (d: any, strict: any) => B(a2bBase64(asciiData(d), strict === undefined ? false : truthy(strict))));
  m.fn("crc32", "data, crc=, /", (d: any, v: any) => crc32(binData(d), v === undefined ? 0 : intValue(v)));
  m.fn("crc_hqx", "data, crc, /", (d: any, v: any) => crcHqx(binData(d), intValue(v)));
});
