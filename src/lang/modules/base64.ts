/**
 * `base64`: Base64 (standard, URL-safe, altchars, validate), Base32 (and base32hex), Base16,
 * Base85 and Ascii85, encodebytes/decodebytes and the file-object encode/decode — a port of
 * CPython 3.11's base64.py with the same errors.
 */
import { defineModule } from "./registry.js";
import { T, None, PyBytes, raise, typeOf, truthy, repr, getattr, call0, call1, index as pyIndex } from "../runtime/index.js";
import { bytesLike } from "./stdlibUtil.js";
import { a2bBase64, b2aBase64, binError, hexlify, unhexlify } from "./binascii.js";

function bytesFromDecodeData(s: any): Uint8Array {
  if (typeof s === "string") {
    if (!/^[\x00-\x7f]*$/.test(s)) raise(T.ValueError, "string argument should contain only ASCII characters");
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
  }
  const b = bytesLike(s);
  if (b === undefined) raise(T.TypeError, `argument should be a bytes-like object or ASCII string, not '${typeOf(s).$name}'`);
  return b;
}

function binData(x: any): Uint8Array {
  const b = bytesLike(x);
  if (b === undefined) raise(T.TypeError, `a bytes-like object is required, not '${typeOf(x).$name}'`);
  return b;
}

function inputTypeCheck(x: any): Uint8Array {
  const b = bytesLike(x);
  if (b === undefined) raise(T.TypeError, `expected bytes-like object, not ${typeOf(x).$name}`);
  return b;
}

function translate(b: Uint8Array, from: string, to: number[]): Uint8Array {
  const out = Uint8Array.from(b);
  for (let i = 0; i < out.length; i++) {
    const k = from.indexOf(String.fromCharCode(out[i]));
    if (k >= 0) out[i] = to[k];
  }
  return out;
}

function altcharsOf(a: any, decode: boolean): number[] {
  const b = decode ? bytesFromDecodeData(a) : bytesLike(a);
  let n: number;
  if (b === undefined) n = Number((typeof a === "string" ? Array.from(a).length : NaN));
  else n = b.length;
  if (n !== 2) raise(T.AssertionError, repr(a));
  if (b === undefined) raise(T.TypeError, `a bytes-like object is required, not '${typeOf(a).$name}'`);
  return [b[0], b[1]];
}

function b64encode(s: any, altchars: any): Uint8Array {
  const enc = b2aBase64(binData(s), false);
  if (altchars !== undefined && altchars !== None) return translate(enc, "+/", altcharsOf(altchars, false));
  return enc;
}

function b64decode(s: any, altchars: any, validate: any): Uint8Array {
  let b = bytesFromDecodeData(s);
  if (altchars !== undefined && altchars !== None) {
    const alt = altcharsOf(altchars, true);
    b = translate(b, String.fromCharCode(alt[0], alt[1]), [43, 47]);
  }
  return a2bBase64(b, validate === undefined ? false : truthy(validate));
}

const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

function b32encode(alphabet: string, s: any): Uint8Array {
  const src = bytesLike(s);
  if (src === undefined) raise(T.TypeError, `memoryview: a bytes-like object is required, not '${typeOf(s).$name}'`);
  const leftover = src.length % 5;
  const data = new Uint8Array(src.length + (leftover ? 5 - leftover : 0));
  data.set(src);
  let out = "";
  for (let i = 0; i < data.length; i += 5) {
    let c = 0n;
    for (let j = 0; j < 5; j++) c = (c << 8n) | BigInt(data[i + j]);
    for (let j = 7; j >= 0; j--) out += alphabet[Number((c >> BigInt(5 * j)) & 31n)];
  }
  const pad = leftover === 1 ? 6 : leftover === 2 ? 4 : leftover === 3 ? 3 : leftover === 4 ? 1 : 0;
  if (pad) out = out.slice(0, out.length - pad) + "=".repeat(pad);
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

function b32decode(alphabet: string, s: any, casefold: any, map01: any): Uint8Array {
  let b = bytesFromDecodeData(s);
  if (b.length % 8) binError("Incorrect padding");
  if (map01 !== undefined && map01 !== None) {
    const m = bytesFromDecodeData(map01);
    if (m.length !== 1) raise(T.AssertionError, repr(map01));
    b = translate(b, "01", [79, m[0]]);
  }
  let str = String.fromCharCode(...b);
  if (casefold !== undefined && truthy(casefold)) str = str.toUpperCase();
  const l = str.length;
  str = str.replace(/=+$/, "");
  const padchars = l - str.length;
  const decoded: number[] = [];
  let acc = 0n;
  for (let i = 0; i < str.length; i += 8) {
    const quanta = str.slice(i, i + 8);
    acc = 0n;
    for (const c of quanta) {
      const v = alphabet.indexOf(c);
      if (v < 0) binError("Non-base32 digit found");
      acc = (acc << 5n) + BigInt(v);
    }
    for (let j = 4; j >= 0; j--) decoded.push(Number((acc >> BigInt(8 * j)) & 255n));
  }
  if (l % 8 || ![0, 1, 3, 4, 6].includes(padchars)) binError("Incorrect padding");
  if (padchars && decoded.length) {
    acc <<= BigInt(5 * padchars);
    const last: number[] = [];
    for (let j = 4; j >= 0; j--) last.push(Number((acc >> BigInt(8 * j)) & 255n));
    const leftover = Math.floor((43 - 5 * padchars) / 8);
    decoded.splice(decoded.length - 5, 5, ...last.slice(0, leftover));
  }
  return Uint8Array.from(decoded);
}

const B85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";
const A85 = Array.from({ length: 85 }, (_, i) => String.fromCharCode(33 + i)).join("");

function encode85(src: Uint8Array, chars: string, pad: boolean, foldnuls: boolean, foldspaces: boolean): string {
  const padding = (4 - (src.length % 4)) % 4;
  const b = new Uint8Array(src.length + padding);
  b.set(src);
  const chunks: string[] = [];
  for (let i = 0; i < b.length; i += 4) {
    const word = ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
    if (foldnuls && word === 0) chunks.push("z");
    else if (foldspaces && word === 0x20202020) chunks.push("y");
    else {
      let w = word;
      const d = new Array(5);
      for (let j = 4; j >= 0; j--) {
        d[j] = chars[w % 85];
        w = Math.floor(w / 85);
      }
      chunks.push(d.join(""));
    }
  }
  if (padding && !pad && chunks.length) {
    if (chunks[chunks.length - 1] === "z") chunks[chunks.length - 1] = chars[0].repeat(5);
    chunks[chunks.length - 1] = chunks[chunks.length - 1].slice(0, 5 - padding);
  }
  return chunks.join("");
}

const toBytes = (s: string) => new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));

function b85decode(s: any): Uint8Array {
  const src = bytesFromDecodeData(s);
  const padding = (5 - (src.length % 5)) % 5;
  const b = new Uint8Array(src.length + padding).fill(126);
  b.set(src);
  const out: number[] = [];
  for (let i = 0; i < b.length; i += 5) {
    let acc = 0;
    for (let j = 0; j < 5; j++) {
      const v = B85.indexOf(String.fromCharCode(b[i + j]));
      if (v < 0) raise(T.ValueError, `bad base85 character at position ${i + j}`);
      acc = acc * 85 + v;
    }
    if (acc > 0xffffffff) raise(T.ValueError, `base85 overflow in hunk starting at byte ${i}`);
    out.push((acc >>> 24) & 255, (acc >>> 16) & 255, (acc >>> 8) & 255, acc & 255);
  }
  if (padding) out.length -= padding;
  return Uint8Array.from(out);
}

function a85decode(s: any, foldspaces: boolean, adobe: boolean, ignore: Uint8Array): Uint8Array {
  let b = bytesFromDecodeData(s);
  if (adobe) {
    const str = String.fromCharCode(...b);
    if (!str.endsWith("~>")) raise(T.ValueError, "Ascii85 encoded byte sequences must end with b'~>'");
    b = str.startsWith("<~") ? b.subarray(2, b.length - 2) : b.subarray(0, b.length - 2);
  }
  const out: number[] = [];
  let curr: number[] = [];
  const all = [...b, 117, 117, 117, 117];
  for (const x of all) {
    if (x >= 33 && x <= 117) {
      curr.push(x);
      if (curr.length === 5) {
        let acc = 0;
        for (const c of curr) acc = 85 * acc + (c - 33);
        if (acc > 0xffffffff) raise(T.ValueError, "Ascii85 overflow");
        out.push((acc >>> 24) & 255, (acc >>> 16) & 255, (acc >>> 8) & 255, acc & 255);
        curr = [];
      }
    } else if (x === 122) {
      if (curr.length) raise(T.ValueError, "z inside Ascii85 5-tuple");
      out.push(0, 0, 0, 0);
    } else if (foldspaces && x === 121) {
      if (curr.length) raise(T.ValueError, "y inside Ascii85 5-tuple");
      out.push(32, 32, 32, 32);
    } else if (ignore.includes(x)) continue;
    else raise(T.ValueError, `Non-Ascii85 digit found: ${String.fromCharCode(x)}`);
  }
  const padding = 4 - curr.length;
  if (padding) out.length -= padding;
  return Uint8Array.from(out);
}

const MAXBINSIZE = 57;

function encodebytes(s: any): Uint8Array {
  const b = inputTypeCheck(s);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < b.length; i += MAXBINSIZE) parts.push(b2aBase64(b.subarray(i, i + MAXBINSIZE), true));
  return Uint8Array.from(Buffer.concat(parts));
}

defineModule("base64", (m) => {
  const B = (u: Uint8Array) => new PyBytes(u);
  m.fn("b64encode", "s, altchars=", (s: any, a: any) => B(b64encode(s, a)));
  m.fn("b64decode", "s, altchars=, validate=", (s: any, a: any, v: any) => B(b64decode(s, a, v)));
  m.fn("standard_b64encode", "s", (s: any) => B(b64encode(s, undefined)));
  m.fn("standard_b64decode", "s", (s: any) => B(b64decode(s, undefined, undefined)));
  m.fn("urlsafe_b64encode", "s", (s: any) => B(translate(b64encode(s, undefined), "+/", [45, 95])));
  m.fn("urlsafe_b64decode", "s", (s: any) => B(a2bBase64(translate(bytesFromDecodeData(s), "-_", [43, 47]), false)));
  m.fn("b32encode", "s", (s: any) => B(b32encode(B32, s)));
  m.fn("b32decode", "s, casefold=, map01=", (s: any, c: any, mm: any) => B(b32decode(B32, s, c, mm)));
  m.fn("b32hexencode", "s", (s: any) => B(b32encode(B32HEX, s)));
  m.fn("b32hexdecode", "s, casefold=", (s: any, c: any) => B(b32decode(B32HEX, s, c, undefined)));
  m.fn("b16encode", "s", (s: any) => B(Uint8Array.from(hexlify(binData(s)), (c) => (c >= 97 ? c - 32 : c))));
  m.fn("b16decode", "s, casefold=", (s: any, c: any) => {
    let b = bytesFromDecodeData(s);
    if (c !== undefined && truthy(c)) b = Uint8Array.from(b, (x) => (x >= 97 && x <= 122 ? x - 32 : x));
    for (const x of b) if (!((x >= 48 && x <= 57) || (x >= 65 && x <= 70))) binError("Non-base16 digit found");
    return B(unhexlify(b));
  });
  m.fn("b85encode", "b, pad=", (b: any, pad: any) => toBytes(encode85(binData(b), B85, pad !== undefined && truthy(pad), false, false)));
  m.fn("b85decode", "b", (b: any) => B(b85decode(b)));
  m.fn("a85encode", "b, *, foldspaces=, wrapcol=, pad=, adobe=", (b: any, fs: any, wc: any, pad: any, adobe: any) => {
    const ad = adobe !== undefined && truthy(adobe);
    let result = encode85(binData(b), A85, pad !== undefined && truthy(pad), true, fs !== undefined && truthy(fs));
    if (ad) result = "<~" + result;
    let wrap = wc === undefined ? 0 : Number(pyIndex(wc));
    if (wrap) {
      wrap = Math.max(ad ? 2 : 1, wrap);
      const chunks: string[] = [];
      for (let i = 0; i < result.length; i += wrap) chunks.push(result.slice(i, i + wrap));
      if (ad && chunks.length && chunks[chunks.length - 1].length + 2 > wrap) chunks.push("");
      result = chunks.join("\n");
    }
    if (ad) result += "~>";
    return toBytes(result);
  });
  m.fn("a85decode", "b, *, foldspaces=, adobe=, ignorechars=", (b: any, fs: any, adobe: any, ign: any) =>
    B(a85decode(b, fs !== undefined && truthy(fs), adobe !== undefined && truthy(adobe), ign === undefined ? Uint8Array.from([32, 9, 10, 13, 11]) : bytesFromDecodeData(ign))),
  );
  m.fn("encodebytes", "s", (s: any) => B(encodebytes(s)));
  m.fn("decodebytes", "s", (s: any) => B(a2bBase64(inputTypeCheck(s), false)));
  m.fn("encode", "input, output", (input: any, output: any) => {
    const read = getattr(input, "read");
    const write = getattr(output, "write");
    for (;;) {
      let s = bytesLike(call1(read, MAXBINSIZE)) ?? new Uint8Array(0);
      if (!s.length) break;
      while (s.length < MAXBINSIZE) {
        const ns = bytesLike(call1(read, MAXBINSIZE - s.length)) ?? new Uint8Array(0);
        if (!ns.length) break;
        s = Uint8Array.from([...s, ...ns]);
      }
      call1(write, new PyBytes(b2aBase64(s, true)));
    }
    return None;
  });
  m.fn("decode", "input, output", (input: any, output: any) => {
    const readline = getattr(input, "readline");
    const write = getattr(output, "write");
    for (;;) {
      const line = call0(readline);
      const b = bytesLike(line);
      if (!b || !b.length) break;
      call1(write, new PyBytes(a2bBase64(b, false)));
    }
    return None;
  });
  m.set("MAXLINESIZE", 76);
  m.set("MAXBINSIZE", MAXBINSIZE);
});
