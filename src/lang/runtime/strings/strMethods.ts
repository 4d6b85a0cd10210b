// Python str methods as plain functions on JS strings, with code-point semantics.
// Errors are raised through the hook in codepoints.ts (see index.ts).

import { cpArray, cpLen, hasSurrogates, raise, cpIndexToUnit, unitIndexToCp } from "./codepoints.js";

// ---------------------------------------------------------------- character classes

const SPACE_SET = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680,
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029,
  0x202f, 0x205f, 0x3000]);

/** Python's Py_UNICODE_ISSPACE. */
export function isSpaceCode(c: number): boolean {
  return c <= 0x20 ? (c >= 0x09 && c <= 0x0d) || (c >= 0x1c) : c >= 0x85 && SPACE_SET.has(c);
}

const LINEBREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]);
function isLineBreak(c: number): boolean {
  return c <= 0x0d ? c >= 0x0a : (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}
void LINEBREAKS;

const NUMERIC_RANGES: Int32Array = (() => {
  const src = "30-39,b2-b3,b9,bc-be,660-669,6f0-6f9,7c0-7c9,966-96f,9e6-9ef,9f4-9f9,a66-a6f,ae6-aef,b66-b6f,b72-b77,be6-bf2,c66-c6f,c78-c7e,ce6-cef,d58-d5e,d66-d78,de6-def,e50-e59,ed0-ed9,f20-f33,1040-1049,1090-1099,1369-137c,16ee-16f0,17e0-17e9,17f0-17f9,1810-1819,1946-194f,19d0-19da,1a80-1a89,1a90-1a99,1b50-1b59,1bb0-1bb9,1c40-1c49,1c50-1c59,2070,2074-2079,2080-2089,2150-2182,2185-2189,2460-249b,24ea-24ff,2776-2793,2cfd,3007,3021-3029,3038-303a,3192-3195,3220-3229,3248-324f,3251-325f,3280-3289,32b1-32bf,3405,3483,382a,3b4d,4e00,4e03,4e07,4e09,4e5d,4e8c,4e94,4e96,4ebf-4ec0,4edf,4ee8,4f0d,4f70,5104,5146,5169,516b,516d,5341,5343-5345,534c,53c1-53c4,56db,58f1,58f9,5e7a,5efe-5eff,5f0c-5f0e,5f10,62fe,634c,67d2,6f06,7396,767e,8086,842c,8cae,8cb3,8d30,9621,9646,964c,9678,96f6,a620-a629,a6e6-a6ef,a830-a835,a8d0-a8d9,a900-a909,a9d0-a9d9,a9f0-a9f9,aa50-aa59,abf0-abf9,f96b,f973,f978,f9b2,f9d1,f9d3,f9fd,ff10-ff19,10107-10133,10140-10178,1018a-1018b,102e1-102fb,10320-10323,10341,1034a,103d1-103d5,104a0-104a9,10858-1085f,10879-1087f,108a7-108af,108fb-108ff,10916-1091b,109bc-109bd,109c0-109cf,109d2-109ff,10a40-10a48,10a7d-10a7e,10a9d-10a9f,10aeb-10aef,10b58-10b5f,10b78-10b7f,10ba9-10baf,10cfa-10cff,10d30-10d39,10e60-10e7e,10f1d-10f26,10f51-10f54,10fc5-10fcb,11052-1106f,110f0-110f9,11136-1113f,111d0-111d9,111e1-111f4,112f0-112f9,11450-11459,114d0-114d9,11650-11659,116c0-116c9,11730-1173b,118e0-118f2,11950-11959,11c50-11c6c,11d50-11d59,11da0-11da9,11fc0-11fd4,12400-1246e,16a60-16a69,16ac0-16ac9,16b50-16b59,16b5b-16b61,16e80-16e96,1d2e0-1d2f3,1d360-1d378,1d7ce-1d7ff,1e140-1e149,1e2f0-1e2f9,1e8c7-1e8cf,1e950-1e959,1ec71-1ecab,1ecad-1ecaf,1ecb1-1ecb4,1ed01-1ed2d,1ed2f-1ed3d,1f100-1f10c,1fbf0-1fbf9,20001,20064,200e2,20121,2092a,20983,2098c,2099c,20aea,20afd,20b19,22390,22998,23b1b,2626d,2f890";
  const parts = src.split(",");
  const a = new Int32Array(parts.length * 2);
  parts.forEach((p, i) => {
    const [x, y] = p.split("-");
    a[2 * i] = parseInt(x, 16);
    a[2 * i + 1] = parseInt(y ?? x, 16);
  });
  return a;
})();
const DIGIT_RANGES = [178, 179, 185, 185, 4969, 4977, 6618, 6618, 8304, 8304, 8308, 8313, 8320, 8329, 9312, 9320,
  9332, 9340, 9352, 9360, 9450, 9450, 9461, 9469, 9471, 9471, 10102, 10110, 10112, 10120, 10122, 10130, 68160, 68163,
  69216, 69224, 69714, 69722, 127232, 127242];

function inRanges(r: ArrayLike<number>, c: number): boolean {
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    if (c < r[2 * m]) hi = m - 1;
    else if (c > r[2 * m + 1]) lo = m + 1;
    else return true;
  }
  return false;
}

const RE_ND = /^\p{Nd}$/u;
const RE_L = /^\p{L}$/u;
const RE_LOWER = /^\p{Lowercase}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
const RE_LT = /^\p{Lt}$/u;
const RE_CASED = /^\p{Cased}$/u;
const RE_CASE_IGN = /^\p{Case_Ignorable}$/u;
const RE_NONPRINT = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;
const RE_XID_START = /^\p{XID_Start}$/u;
const RE_XID_CONT = /^\p{XID_Continue}$/u;

export function isDecimalChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57;
  return RE_ND.test(ch);
}
export function isDigitChar(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  if (c < 128) return c >= 48 && c <= 57;
  return RE_ND.test(ch) || inRanges(DIGIT_RANGES, c);
}
export function isNumericChar(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  if (c < 128) return c >= 48 && c <= 57;
  return inRanges(NUMERIC_RANGES, c);
}
export function isAlphaChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return RE_L.test(ch);
}
// Characters whose case properties differ between CPython 3.11 (Unicode 14) and Node's newer ICU.
const NOT_LOWER_14 = new Set([0x10fc, 0xa7f2, 0xa7f3, 0xa7f4, 0xab69]);
const NO_UPPER_14 = /[\u019b\u0264\ua7d3\ua7d5]/;

function isLowerChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return c === 0x295 || (RE_LOWER.test(ch) && !NOT_LOWER_14.has(c));
}

function upperChar(ch: string): string {
  return NO_UPPER_14.test(ch) ? ch : ch.toUpperCase();
}
function isUpperChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return RE_UPPER.test(ch);
}
function isTitleChar(ch: string): boolean {
  return ch.charCodeAt(0) >= 128 && RE_LT.test(ch);
}
function isCasedChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return RE_CASED.test(ch);
}
function isCaseIgnorable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 39 || c === 46 || c === 58 || c === 94 || c === 96;
  return RE_CASE_IGN.test(ch);
}
/** Python str.isprintable for one code point. */
export function isPrintableChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 32 && c < 127;
  return !RE_NONPRINT.test(ch);
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_ALNUM = /^[A-Za-z0-9]+$/;

function allChars(s: string, pred: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  if (!hasSurrogates(s)) {
    for (let i = 0; i < s.length; i++) if (!pred(s[i])) return false;
    return true;
  }
  for (const ch of s) if (!pred(ch)) return false;
  return true;
}

export function strIsdecimal(s: string): boolean { return allChars(s, isDecimalChar); }
export function strIsdigit(s: string): boolean { return allChars(s, isDigitChar); }
export function strIsnumeric(s: string): boolean { return allChars(s, isNumericChar); }
export function strIsalpha(s: string): boolean { return allChars(s, isAlphaChar); }
export function strIsalnum(s: string): boolean {
  if (ASCII_ALNUM.test(s)) return true;
  return allChars(s, (ch) => isAlphaChar(ch) || isDecimalChar(ch) || isDigitChar(ch) || isNumericChar(ch));
}
export function strIsspace(s: string): boolean { return allChars(s, (ch) => isSpaceCode(ch.charCodeAt(0))); }
export function strIsascii(s: string): boolean { return ASCII_ONLY.test(s); }
export function strIsprintable(s: string): boolean {
  if (s.length === 0) return true;
  return allChars(s, isPrintableChar);
}
export function strIsidentifier(s: string): boolean {
  if (s.length === 0) return false;
  let first = true;
  for (const ch of s) {
    if (first) {
      if (!(ch === "_" || RE_XID_START.test(ch))) return false;
      first = false;
    } else if (!RE_XID_CONT.test(ch)) return false;
  }
  return true;
}
export function strIslower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isUpperChar(ch) || isTitleChar(ch)) return false;
    if (!cased && isLowerChar(ch)) cased = true;
  }
  return cased;
}
export function strIsupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isLowerChar(ch) || isTitleChar(ch)) return false;
    if (!cased && isUpperChar(ch)) cased = true;
  }
  return cased;
}
export function strIstitle(s: string): boolean {
  let cased = false;
  let prev = false;
  for (const ch of s) {
    if (isUpperChar(ch) || isTitleChar(ch)) {
      if (prev) return false;
      prev = cased = true;
    } else if (isLowerChar(ch)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

// ---------------------------------------------------------------- case mapping

const TITLE_MAP: Map<number, string> = (() => {
  const m = new Map<number, string>();
  for (const e of "149:2bc.4e 1c4:1c5 1c5:1c5 1c6:1c5 1c7:1c8 1c8:1c8 1c9:1c8 1ca:1cb 1cb:1cb 1cc:1cb 1f1:1f2 1f2:1f2 1f3:1f2 10d0:10d0 10d1:10d1 10d2:10d2 10d3:10d3 10d4:10d4 10d5:10d5 10d6:10d6 10d7:10d7 10d8:10d8 10d9:10d9 10da:10da 10db:10db 10dc:10dc 10dd:10dd 10de:10de 10df:10df 10e0:10e0 10e1:10e1 10e2:10e2 10e3:10e3 10e4:10e4 10e5:10e5 10e6:10e6 10e7:10e7 10e8:10e8 10e9:10e9 10ea:10ea 10eb:10eb 10ec:10ec 10ed:10ed 10ee:10ee 10ef:10ef 10f0:10f0 10f1:10f1 10f2:10f2 10f3:10f3 10f4:10f4 10f5:10f5 10f6:10f6 10f7:10f7 10f8:10f8 10f9:10f9 10fa:10fa 10fd:10fd 10fe:10fe 10ff:10ff 1f80:1f88 1f81:1f89 1f82:1f8a 1f83:1f8b 1f84:1f8c 1f85:1f8d 1f86:1f8e 1f87:1f8f 1f88:1f88 1f89:1f89 1f8a:1f8a 1f8b:1f8b 1f8c:1f8c 1f8d:1f8d 1f8e:1f8e 1f8f:1f8f 1f90:1f98 1f91:1f99 1f92:1f9a 1f93:1f9b 1f94:1f9c 1f95:1f9d 1f96:1f9e 1f97:1f9f 1f98:1f98 1f99:1f99 1f9a:1f9a 1f9b:1f9b 1f9c:1f9c 1f9d:1f9d 1f9e:1f9e 1f9f:1f9f 1fa0:1fa8 1fa1:1fa9 1fa2:1faa 1fa3:1fab 1fa4:1fac 1fa5:1fad 1fa6:1fae 1fa7:1faf 1fa8:1fa8 1fa9:1fa9 1faa:1faa 1fab:1fab 1fac:1fac 1fad:1fad 1fae:1fae 1faf:1faf 1fb2:1fba.345 1fb3:1fbc 1fb4:386.345 1fb7:391.342.345 1fbc:1fbc 1fc2:1fca.345 1fc3:1fcc 1fc4:389.345 1fc7:397.342.345 1fcc:1fcc 1ff2:1ffa.345 1ff3:1ffc 1ff4:38f.345 1ff7:3a9.342.345 1ffc:1ffc".split(" ")) {
    const [k, v] = e.split(":");
    m.set(parseInt(k, 16), String.fromCodePoint(...v.split(".").map((h) => parseInt(h, 16))));
  }
  return m;
})();

function titleChar(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (c < 128) return ch.toUpperCase();
  const t = TITLE_MAP.get(c);
  if (t !== undefined) return t;
  const u = upperChar(ch);
  if (u.length <= 2 && cpLen(u) === 1) return u;
  const a = Array.from(u);
  return a[0] + a.slice(1).join("").toLowerCase();
}

/** Lower-cases cps[i] with Python's Final_Sigma rule. */
function lowerAt(cps: string[], i: number): string {
  const ch = cps[i];
  if (ch !== "\u03a3") return ch.toLowerCase();
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j])) j--;
  let fin = j >= 0 && isCasedChar(cps[j]);
  if (fin && i + 1 < cps.length) {
    j = i + 1;
    while (j < cps.length && isCaseIgnorable(cps[j])) j++;
    fin = j === cps.length || !isCasedChar(cps[j]);
  }
  return fin ? "\u03c2" : "\u03c3";
}

export function strUpper(s: string): string {
  if (!NO_UPPER_14.test(s)) return s.toUpperCase();
  let out = "";
  for (const ch of s) out += upperChar(ch);
  return out;
}
export function strLower(s: string): string { return s.toLowerCase(); }

export function strCasefold(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch.toLowerCase();
    else if (c === 0x131 || (c >= 0x13a0 && c <= 0x13f5)) out += ch;
    else if (c >= 0x13f8 && c <= 0x13fd) out += String.fromCharCode(c - 8);
    else if (c >= 0xab70 && c <= 0xabbf) out += String.fromCharCode(c - 0x97d0);
    else if (c === 0x1e9e) out += "ss";
    else out += ch.toUpperCase().toLowerCase();
  }
  return out;
}

export function strSwapcase(s: string): string {
  const cps = cpArray(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    if (isUpperChar(ch)) out += lowerAt(cps, i);
    else if (isLowerChar(ch)) out += upperChar(ch);
    else out += ch;
  }
  return out;
}

export function strTitle(s: string): string {
  const cps = cpArray(s);
  let out = "";
  let prev = false;
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    out += prev ? lowerAt(cps, i) : titleChar(ch);
    prev = isCasedChar(ch);
  }
  return out;
}

/** True when every code unit of `s` is below 128 (a loop for short strings, a regex otherwise). */
function isAscii(s: string): boolean {
  const n = s.length;
  if (n > 32) return ASCII_ONLY.test(s);
  for (let i = 0; i < n; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  if (isAscii(s)) return s[0].toUpperCase() + s.slice(1).toLowerCase();
  const cps = cpArray(s);
  let out = titleChar(cps[0]);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

// ---------------------------------------------------------------- searching

/** CPython ADJUST_INDICES on code-point positions; undefined/null = None. */
function adjust(len: number, start: number | undefined | null, end: number | undefined | null): [number, number] {
  let a = start == null ? 0 : start;
  let b = end == null ? len : end;
  if (b > len) b = len;
  else if (b < 0) {
    b += len;
    if (b < 0) b = 0;
  }
  if (a < 0) {
    a += len;
    if (a < 0) a = 0;
  }
  return [a, b];
}

/** str.find (code-point result, -1 when absent). */
export function strFind(s: string, sub: string, start?: number | null, end?: number | null): number {
  if (start == null && end == null) {
    const r = s.indexOf(sub);
    return r <= 0 || !hasSurrogates(s) ? r : unitIndexToCp(s, r);
  }
  const sur = hasSurrogates(s);
  const len = sur ? cpLen(s) : s.length;
  const [a, b] = adjust(len, start, end);
  const subLen = hasSurrogates(sub) ? cpLen(sub) : sub.length;
  if (b - a < subLen) return -1;
  if (subLen === 0) return a;
  if (!sur) {
    const r = s.indexOf(sub, a);
    return r < 0 || r + sub.length > b ? -1 : r;
  }
  const ua = cpIndexToUnit(s, a);
  const ub = cpIndexToUnit(s, b);
  const r = s.indexOf(sub, ua);
  return r < 0 || r + sub.length > ub ? -1 : unitIndexToCp(s, r);
}

/** str.rfind */
export function strRfind(s: string, sub: string, start?: number | null, end?: number | null): number {
  const sur = hasSurrogates(s);
  const len = sur ? cpLen(s) : s.length;
  const [a, b] = adjust(len, start, end);
  const subLen = hasSurrogates(sub) ? cpLen(sub) : sub.length;
  if (b - a < subLen) return -1;
  if (subLen === 0) return b;
  if (!sur) {
    const r = s.lastIndexOf(sub, b - sub.length);
    return r < a ? -1 : r;
  }
  const ua = cpIndexToUnit(s, a);
  const ub = cpIndexToUnit(s, b);
  const r = s.lastIndexOf(sub, ub - sub.length);
  return r < ua ? -1 : unitIndexToCp(s, r);
}

export function strIndex(s: string, sub: string, start?: number | null, end?: number | null): number {
  const r = strFind(s, sub, start, end);
  if (r < 0) raise("ValueError", "substring not found");
  return r;
}

export function strRindex(s: string, sub: string, start?: number | null, end?: number | null): number {
  const r = strRfind(s, sub, start, end);
  if (r < 0) raise("ValueError", "substring not found");
  return r;
}

/** str.count */
export function strCount(s: string, sub: string, start?: number | null, end?: number | null): number {
  const sur = hasSurrogates(s);
  const len = sur ? cpLen(s) : s.length;
  const [a, b] = adjust(len, start, end);
  const subLen = hasSurrogates(sub) ? cpLen(sub) : sub.length;
  if (b - a < subLen) return 0;
  if (subLen === 0) return b - a + 1;
  const ua = sur ? cpIndexToUnit(s, a) : a;
  const ub = sur ? cpIndexToUnit(s, b) : b;
  let n = 0;
  let i = s.indexOf(sub, ua);
  while (i >= 0 && i + sub.length <= ub) {
    n++;
    i = s.indexOf(sub, i + sub.length);
  }
  return n;
}

function tailMatch(s: string, sub: string, start: number | undefined | null, end: number | undefined | null, atEnd: boolean): boolean {
  const sur = hasSurrogates(s);
  const len = sur ? cpLen(s) : s.length;
  let [a, b] = adjust(len, start, end);
  const subLen = hasSurrogates(sub) ? cpLen(sub) : sub.length;
  b -= subLen;
  if (b < a) return false;
  if (subLen === 0) return true;
  if (!sur) return s.startsWith(sub, atEnd ? b : a);
  return s.startsWith(sub, cpIndexToUnit(s, atEnd ? b : a));
}

/** str.startswith; `prefix` may be an array (a tuple of prefixes). */
export function strStartswith(s: string, prefix: string | readonly string[], start?: number | null, end?: number | null): boolean {
  if (typeof prefix === "string") {
    if (start == null && end == null) return s.startsWith(prefix);
    return tailMatch(s, prefix, start, end, false);
  }
  for (const p of prefix) if (tailMatch(s, p, start, end, false)) return true;
  return false;
}

/** str.endswith; `suffix` may be an array (a tuple of suffixes). */
export function strEndswith(s: string, suffix: string | readonly string[], start?: number | null, end?: number | null): boolean {
  if (typeof suffix === "string") {
    if (start == null && end == null) return s.endsWith(suffix);
    return tailMatch(s, suffix, start, end, true);
  }
  for (const p of suffix) if (tailMatch(s, p, start, end, true)) return true;
  return false;
}

// ---------------------------------------------------------------- splitting and joining

/** str.split(sep=None, maxsplit=-1) */
export function strSplit(s: string, sep?: string | null, maxsplit = -1): string[] {
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  const out: string[] = [];
  if (sep == null) {
    const n = s.length;
    let i = 0;
    while (maxsplit-- > 0) {
      while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i;
      i++;
      while (i < n && !isSpaceCode(s.charCodeAt(i))) i++;
      out.push(s.slice(j, i));
    }
    if (i < n) {
      while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
      if (i !== n) out.push(s.slice(i));
    }
    return out;
  }
  if (sep.length === 0) raise("ValueError", "empty separator");
  if (maxsplit >= Number.MAX_SAFE_INTEGER - 1) return s.split(sep);
  let i = 0;
  while (maxsplit-- > 0) {
    const k = s.indexOf(sep, i);
    if (k < 0) break;
    out.push(s.slice(i, k));
    i = k + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

/** str.rsplit(sep=None, maxsplit=-1) */
export function strRsplit(s: string, sep?: string | null, maxsplit = -1): string[] {
  if (maxsplit < 0) return strSplit(s, sep, -1);
  const out: string[] = [];
  if (sep == null) {
    let i = s.length - 1;
    while (maxsplit-- > 0) {
      while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
      if (i < 0) break;
      const j = i;
      i--;
      while (i >= 0 && !isSpaceCode(s.charCodeAt(i))) i--;
      out.push(s.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
      if (i >= 0) out.push(s.slice(0, i + 1));
    }
    return out.reverse();
  }
  if (sep.length === 0) raise("ValueError", "empty separator");
  let j = s.length;
  while (maxsplit-- > 0) {
    const k = j - sep.length < 0 ? -1 : s.lastIndexOf(sep, j - sep.length);
    if (k < 0) break;
    out.push(s.slice(k + sep.length, j));
    j = k;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

/** str.splitlines(keepends=False) */
const OTHER_LINEBREAK = /[\v\f\r\x1c-\x1e\x85\u2028\u2029]/;

let lastLinesStr = "";
let lastLinesOnlyLF = true;

/** True when "\n" is the only line break in `s` (remembered for the last long string seen). */
function onlyLF(s: string): boolean {
  if (s.length < 256) return !OTHER_LINEBREAK.test(s);
  if (s === lastLinesStr) return lastLinesOnlyLF;
  lastLinesOnlyLF = !OTHER_LINEBREAK.test(s);
  lastLinesStr = s;
  return lastLinesOnlyLF;
}

export function strSplitlines(s: string, keepends = false): string[] {
  if (!keepends && onlyLF(s)) {
    // Only "\n" breaks lines: the engine's split, minus the empty piece after a final "\n".
    if (s.length === 0) return [];
    const a = s.split("\n");
    if (s.charCodeAt(s.length - 1) === 10) a.pop();
    return a;
  }
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** str.join: the caller passes the items, already checked to be str. */
export function strJoin(sep: string, parts: readonly string[]): string {
  return parts.join(sep);
}

export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) raise("ValueError", "empty separator");
  const k = s.indexOf(sep);
  if (k < 0) return [s, "", ""];
  return [s.slice(0, k), sep, s.slice(k + sep.length)];
}

export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) raise("ValueError", "empty separator");
  const k = s.lastIndexOf(sep);
  if (k < 0) return ["", "", s];
  return [s.slice(0, k), sep, s.slice(k + sep.length)];
}

// ---------------------------------------------------------------- stripping, replacing, padding

function stripImpl(s: string, chars: string | null | undefined, left: boolean, right: boolean): string {
  let i = 0;
  let j = s.length;
  if (chars == null) {
    if (left) while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  // Without surrogates in `chars`, code units can be compared one by one: a surrogate in `s`
  // (half of an astral character) never matches, so stripping stops there as it should.
  const nc = chars.length;
  if (nc <= 2) {
    const c0 = nc === 0 ? -1 : chars.charCodeAt(0);
    const c1 = nc === 2 ? chars.charCodeAt(1) : c0;
    if ((c0 < 0xd800 || c0 > 0xdfff) && (c1 < 0xd800 || c1 > 0xdfff)) {
      let c: number;
      if (left) while (i < j && ((c = s.charCodeAt(i)) === c0 || c === c1)) i++;
      if (right) while (j > i && ((c = s.charCodeAt(j - 1)) === c0 || c === c1)) j--;
      return i === 0 && j === s.length ? s : s.slice(i, j);
    }
  }
  if (!hasSurrogates(chars)) {
    if (left) while (i < j && chars.indexOf(s[i]) >= 0) i++;
    if (right) while (j > i && chars.indexOf(s[j - 1]) >= 0) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  const set = new Set(cpArray(chars));
  const cps = cpArray(s);
  let a = 0;
  let b = cps.length;
  if (left) while (a < b && set.has(cps[a])) a++;
  if (right) while (b > a && set.has(cps[b - 1])) b--;
  return cps.slice(a, b).join("");
}

export function strStrip(s: string, chars?: string | null): string {
  // s.strip(c) / s.strip(cd) with non-surrogate chars, kept small enough to inline.
  if (typeof chars === "string" && chars.length <= 2 && chars.length > 0) {
    const c0 = chars.charCodeAt(0);
    const c1 = chars.length === 2 ? chars.charCodeAt(1) : c0;
    if ((c0 < 0xd800 || c0 > 0xdfff) && (c1 < 0xd800 || c1 > 0xdfff)) {
      const n = s.length;
      let i = 0;
      let j = n;
      let c: number;
      while (i < j && ((c = s.charCodeAt(i)) === c0 || c === c1)) i++;
      while (j > i && ((c = s.charCodeAt(j - 1)) === c0 || c === c1)) j--;
      return i === 0 && j === n ? s : s.slice(i, j);
    }
  }
  return stripImpl(s, chars, true, true);
}
export function strLstrip(s: string, chars?: string | null): string { return stripImpl(s, chars, true, false); }
export function strRstrip(s: string, chars?: string | null): string { return stripImpl(s, chars, false, true); }

/** str.replace(old, new, count=-1) */
export function strReplace(s: string, old: string, rep: string, count = -1): string {
  if (count < 0) {
    if (old.length === 0) {
      const cps = cpArray(s);
      return rep + cps.join(rep) + (cps.length > 0 ? rep : "");
    }
    return s.split(old).join(rep);
  }
  if (count === 0) return s;
  if (old.length === 0) {
    const cps = cpArray(s);
    let out = "";
    let i = 0;
    for (; i < cps.length && count > 0; i++, count--) out += rep + cps[i];
    if (i === cps.length && count > 0) out += rep;
    return out + cps.slice(i).join("");
  }
  let out = "";
  let i = 0;
  while (count-- > 0) {
    const k = s.indexOf(old, i);
    if (k < 0) break;
    out += s.slice(i, k) + rep;
    i = k + old.length;
  }
  return out + s.slice(i);
}

export function strRemoveprefix(s: string, prefix: string): string {
  return prefix.length > 0 && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}
export function strRemovesuffix(s: string, suffix: string): string {
  return suffix.length > 0 && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

function checkFill(fill: string): void {
  if (cpLen(fill) !== 1) raise("TypeError", "The fill character must be exactly one character long");
}

export function strCenter(s: string, width: number, fill = " "): string {
  checkFill(fill);
  const len = cpLen(s);
  if (width <= len) return s;
  const marg = width - len;
  const left = (marg >> 1) + (marg & width & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
}
export function strLjust(s: string, width: number, fill = " "): string {
  checkFill(fill);
  const len = cpLen(s);
  return width <= len ? s : s + fill.repeat(width - len);
}
export function strRjust(s: string, width: number, fill = " "): string {
  checkFill(fill);
  const len = cpLen(s);
  return width <= len ? s : fill.repeat(width - len) + s;
}
export function strZfill(s: string, width: number): string {
  const len = cpLen(s);
  if (width <= len) return s;
  const z = "0".repeat(width - len);
  const c = s.charCodeAt(0);
  if (c === 43 || c === 45) return s[0] + z + s.slice(1);
  return z + s;
}

export function strExpandtabs(s: string, tabsize = 8): string {
  if (s.indexOf("\t") < 0) return s;
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col++;
      if (ch === "\n" || ch === "\r") col = 0;
    }
  }
  return out;
}

// ---------------------------------------------------------------- translate / maketrans

/** A translation table: code point → replacement code point, string, or null (delete). */
export type TransTable = Map<number, number | string | null> | ((cp: number) => number | string | null | undefined);

/** str.translate. A function table returns undefined for "not mapped" (LookupError). */
export function strTranslate(s: string, table: TransTable): string {
  const get = typeof table === "function" ? table : (c: number) => table.get(c);
  let out = "";
  for (const ch of s) {
    const r = get(ch.codePointAt(0)!);
    if (r === undefined) out += ch;
    else if (r === null) continue;
    else if (typeof r === "string") out += r;
    else {
      if (r < 0 || r > 0x10ffff) raise("ValueError", "character mapping must be in range(0x110000)");
      out += String.fromCodePoint(r);
    }
  }
  return out;
}

/**
 * str.maketrans. One argument: the dict's items as [key, value] pairs (key: a 1-char str or an
 * int code point). Two or three arguments: x and y strings of equal length, z characters to delete.
 */
export function strMaketrans(
  x: string | Iterable<[string | number, number | string | null]>,
  y?: string,
  z?: string,
): Map<number, number | string | null> {
  const m = new Map<number, number | string | null>();
  if (y === undefined) {
    if (typeof x === "string") raise("TypeError", "if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of x) {
      if (typeof k === "string") {
        if (cpLen(k) !== 1) raise("ValueError", "string keys in translate table must be of length 1");
        m.set(k.codePointAt(0)!, v);
      } else m.set(k, v);
    }
    return m;
  }
  if (typeof x !== "string") raise("TypeError", "first maketrans argument must be a string if there is a second argument");
  const xs = cpArray(x);
  const ys = cpArray(y);
  if (xs.length !== ys.length) raise("ValueError", "the first two maketrans arguments must have equal length");
  for (let i = 0; i < xs.length; i++) m.set(xs[i].codePointAt(0)!, ys[i].codePointAt(0)!);
  if (z !== undefined) for (const ch of z) m.set(ch.codePointAt(0)!, null);
  return m;
}

// ---------------------------------------------------------------- repr

function hex(n: number, w: number): string {
  const h = n.toString(16);
  return h.length >= w ? h : "0".repeat(w - h.length) + h;
}

const SIMPLE_REPR = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

function reprImpl(s: string, asciiOnly: boolean): string {
  let quote = "'";
  if (s.indexOf("'") >= 0 && s.indexOf('"') < 0) quote = '"';
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c === 0x27 && quote === "'") out += "\\'";
    else if (c === 0x22 && quote === '"') out += '\\"';
    else if (c === 0x5c) out += "\\\\";
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c === 0x09) out += "\\t";
    else if (c < 0x7f || c === 0x7f || ((asciiOnly || !isPrintableChar(ch)) && c < 0x100)) out += "\\x" + hex(c, 2);
    else if (!asciiOnly && isPrintableChar(ch)) out += ch;
    else if (c < 0x10000) out += "\\u" + hex(c, 4);
    else out += "\\U" + hex(c, 8);
  }
  return out + quote;
}

/** Python repr(str). */
export function strRepr(s: string): string {
  if (SIMPLE_REPR.test(s)) return "'" + s + "'";
  return reprImpl(s, false);
}

/** Python ascii(str). */
export function asciiRepr(s: string): string {
  if (SIMPLE_REPR.test(s)) return "'" + s + "'";
  return reprImpl(s, true);
}

// ---------------------------------------------------------------- encode / decode

function normEncoding(enc: string): string {
  const e = enc.toLowerCase().replace(/[-\s]/g, "_");
  switch (e) {
    case "utf_8": case "utf8": case "u8": case "utf": case "cp65001":
      return "utf-8";
    case "ascii": case "us_ascii": case "646": case "us":
      return "ascii";
    case "latin_1": case "latin1": case "latin": case "l1": case "iso_8859_1": case "iso8859_1": case "8859": case "cp819": case "iso_ir_100":
      return "latin-1";
    default:
      return raise("LookupError", `unknown encoding: ${enc}`);
  }
}

function charEsc(c: number): string {
  return c <= 0xff ? "\\x" + hex(c, 2) : c <= 0xffff ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8);
}

function encodeError(enc: string, cps: string[], start: number, end: number, reason: string): never {
  if (end === start + 1)
    raise("UnicodeEncodeError", `'${enc}' codec can't encode character '${charEsc(cps[start].codePointAt(0)!)}' in position ${start}: ${reason}`);
  raise("UnicodeEncodeError", `'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`);
}

const utf8Encoder = new TextEncoder();

/** str.encode(encoding='utf-8', errors='strict') → bytes. */
export function strEncode(s: string, encoding = "utf-8", errors = "strict"): Uint8Array {
  const enc = normEncoding(encoding);
  if (enc === "utf-8" && !hasSurrogates(s)) return utf8Encoder.encode(s);
  const limit = enc === "ascii" ? 0x80 : enc === "latin-1" ? 0x100 : 0x110000;
  if (limit < 0x110000 && (limit === 0x80 ? ASCII_ONLY.test(s) : /^[\x00-\xff]*$/.test(s))) {
    const b = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
    return b;
  }
  const bad = (c: number) => c >= limit || (c >= 0xd800 && c <= 0xdfff);
  const reason = limit === 0x110000 ? "surrogates not allowed" : `ordinal not in range(${limit})`;
  const cps = cpArray(s);
  const out: number[] = [];
  const put = (cp: number) => {
    if (limit === 0x110000) {
      const b = utf8Encoder.encode(String.fromCodePoint(cp));
      for (const x of b) out.push(x);
    } else out.push(cp);
  };
  const putStr = (t: string) => { for (const ch of t) put(ch.codePointAt(0)!); };
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i].codePointAt(0)!;
    if (!bad(c)) {
      put(c);
      continue;
    }
    let j = i + 1;
    while (j < cps.length && bad(cps[j].codePointAt(0)!)) j++;
    switch (errors) {
      case "strict":
        encodeError(enc, cps, i, j, reason);
      // falls through (unreachable)
      case "ignore":
        break;
      case "replace":
        for (let k = i; k < j; k++) out.push(63);
        break;
      case "backslashreplace":
        for (let k = i; k < j; k++) putStr(charEsc(cps[k].codePointAt(0)!));
        break;
      case "xmlcharrefreplace":
        for (let k = i; k < j; k++) putStr(`&#${cps[k].codePointAt(0)!};`);
        break;
      case "surrogateescape":
        for (let k = i; k < j; k++) {
          const d = cps[k].codePointAt(0)!;
          if (d >= 0xdc80 && d <= 0xdcff) out.push(d - 0xdc00);
          else encodeError(enc, cps, k, k + 1, reason);
        }
        break;
      case "surrogatepass":
        if (limit !== 0x110000) encodeError(enc, cps, i, j, reason);
        for (let k = i; k < j; k++) {
          const d = cps[k].codePointAt(0)!;
          out.push(0xe0 | (d >> 12), 0x80 | ((d >> 6) & 0x3f), 0x80 | (d & 0x3f));
        }
        break;
      default:
        raise("LookupError", `unknown error handler name '${errors}'`);
    }
    i = j - 1;
  }
  return Uint8Array.from(out);
}

function decodeError(enc: string, b: Uint8Array, start: number, end: number, reason: string): never {
  if (end === start + 1)
    raise("UnicodeDecodeError", `'${enc}' codec can't decode byte 0x${hex(b[start], 2)} in position ${start}: ${reason}`);
  raise("UnicodeDecodeError", `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
}

const utf8Fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Length of the maximal valid UTF-8 prefix of a sequence starting at i (b[i] ≥ 0x80), and why it stops. */
function utf8Bad(b: Uint8Array, i: number): [number, string] {
  const c = b[i];
  let need: number, lo = 0x80, hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
  } else return [1, "invalid start byte"];
  let k = 1;
  for (; k <= need; k++) {
    if (i + k >= b.length) return [k, "unexpected end of data"];
    const d = b[i + k];
    if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return [k, "invalid continuation byte"];
  }
  return [0, ""];
}

/** bytes.decode(encoding='utf-8', errors='strict') → str. */
export function bytesDecode(b: Uint8Array, encoding = "utf-8", errors = "strict"): string {
  const enc = normEncoding(encoding);
  if (enc === "latin-1") {
    let s = "";
    for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, i + 8192)));
    return s;
  }
  if (enc === "utf-8") {
    try {
      return utf8Fatal.decode(b);
    } catch {
      /* fall through to the error-handling decoder */
    }
  }
  let out = "";
  let i = 0;
  let runStart = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let bad: [number, string];
    if (enc === "ascii") bad = [1, "ordinal not in range(128)"];
    else {
      bad = utf8Bad(b, i);
      if (bad[0] === 0) {
        i += c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
        continue;
      }
    }
    const [len, reason] = bad;
    out += utf8Lenient(b.subarray(runStart, i));
    switch (errors) {
      case "strict":
        decodeError(enc, b, i, i + len, reason);
      // falls through (unreachable)
      case "ignore":
        break;
      case "replace":
        out += "\ufffd";
        break;
      case "backslashreplace":
        for (let k = i; k < i + len; k++) out += "\\x" + hex(b[k], 2);
        break;
      case "surrogateescape":
        for (let k = i; k < i + len; k++) out += String.fromCharCode(0xdc00 + b[k]);
        break;
      default:
        raise("LookupError", `unknown error handler name '${errors}'`);
    }
    i += len;
    runStart = i;
  }
  return out + utf8Lenient(b.subarray(runStart, n));
}

const utf8Loose = new TextDecoder("utf-8", { ignoreBOM: true });
function utf8Lenient(b: Uint8Array): string {
  return b.length === 0 ? "" : utf8Loose.decode(b);
}
