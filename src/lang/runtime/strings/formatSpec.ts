// The format-spec mini-language (format(), str.format, f-strings) for int, float and str,
// ported from CPython 3.11 Python/formatter_unicode.c (messages and layout identical).

import { cpArray, cpLen, hasSurrogates, raise } from "./codepoints.js";
import { floatRepr, formatFloatCore } from "./floatRepr.js";

export interface FormatSpec {
  fill: string;
  align: string; // '<' '>' '^' '='
  sign: string; // '' '+' '-' ' '
  noNeg0: boolean;
  alt: boolean;
  width: number; // -1 when absent
  thousands: string; // '' ',' '_'
  precision: number; // -1 when absent
  type: string; // '' for none
}

function isAlign(c: string | undefined): boolean {
  return c === "<" || c === ">" || c === "=" || c === "^";
}

function codeName(t: string): string {
  const c = t.codePointAt(0)!;
  return c > 32 && c < 128 ? t : "\\x" + c.toString(16);
}

const PY_SSIZE_T_MAX = 9223372036854775807n;

function getInteger(cs: string[], pos: number): [number, number] {
  // returns [value, new pos]; value -1 when no digits
  let acc = 0;
  let big = 0n;
  let useBig = false;
  const start = pos;
  while (pos < cs.length) {
    const c = cs[pos].charCodeAt(0);
    if (cs[pos].length !== 1 || c < 48 || c > 57) break;
    const d = c - 48;
    if (!useBig) {
      acc = acc * 10 + d;
      if (acc > 1e15) {
        useBig = true;
        big = BigInt(acc);
      }
    } else {
      if (big > (PY_SSIZE_T_MAX - BigInt(d)) / 10n) raise("ValueError", "Too many decimal digits in format string");
      big = big * 10n + BigInt(d);
    }
    pos++;
  }
  if (pos === start) return [-1, pos];
  return [useBig ? Number(big) : acc, pos];
}

const specCache = new Map<string, FormatSpec>();

/**
 * Parses a format spec. defaultType: 'd' for int, '' for float, 's' for str;
 * defaultAlign: '>' for numbers, '<' for str; typeName names the object in errors.
 */
export function parseFormatSpec(spec: string, defaultType = "", defaultAlign = ">", typeName = "object"): FormatSpec {
  const key = defaultType + defaultAlign + spec;
  const hit = specCache.get(key);
  if (hit !== undefined) return hit;
  const cs = hasSurrogates(spec) ? cpArray(spec) : spec.split("");
  const end = cs.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: " ",
    align: defaultAlign,
    sign: "",
    noNeg0: false,
    alt: false,
    width: -1,
    thousands: "",
    precision: -1,
    type: defaultType,
  };
  let fillSpecified = false;
  let alignSpecified = false;
  if (end >= 2 && isAlign(cs[1])) {
    f.align = cs[1];
    f.fill = cs[0];
    fillSpecified = alignSpecified = true;
    pos = 2;
  } else if (end >= 1 && isAlign(cs[0])) {
    f.align = cs[0];
    alignSpecified = true;
    pos = 1;
  }
  if (pos < end && (cs[pos] === " " || cs[pos] === "+" || cs[pos] === "-")) f.sign = cs[pos++];
  if (pos < end && cs[pos] === "z") {
    f.noNeg0 = true;
    pos++;
  }
  if (pos < end && cs[pos] === "#") {
    f.alt = true;
    pos++;
  }
  if (!fillSpecified && pos < end && cs[pos] === "0") {
    f.fill = "0";
    if (!alignSpecified && defaultAlign === ">") f.align = "=";
    pos++;
  }
  [f.width, pos] = getInteger(cs, pos);
  if (pos < end && cs[pos] === ",") {
    f.thousands = ",";
    pos++;
  }
  if (pos < end && cs[pos] === "_") {
    if (f.thousands !== "") raise("ValueError", "Cannot specify both ',' and '_'.");
    f.thousands = "_";
    pos++;
  }
  if (pos < end && cs[pos] === "," && f.thousands === "_") raise("ValueError", "Cannot specify both ',' and '_'.");
  if (pos < end && cs[pos] === ".") {
    pos++;
    [f.precision, pos] = getInteger(cs, pos);
    if (f.precision < 0) raise("ValueError", "Format specifier missing precision");
  }
  if (end - pos > 1) raise("ValueError", `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) f.type = cs[pos];
  if (f.thousands !== "") {
    switch (f.type) {
      case "d": case "e": case "f": case "g": case "E": case "G": case "%": case "F": case "":
        break;
      case "b": case "o": case "x": case "X":
        if (f.thousands !== "_") raise("ValueError", `Cannot specify ',' with '${f.type}'.`);
        break;
      default:
        raise("ValueError", `Cannot specify '${f.thousands}' with '${codeName(f.type)}'.`);
    }
  }
  if (specCache.size > 500) specCache.clear();
  specCache.set(key, f);
  return f;
}

function unknownType(t: string, typeName: string): never {
  raise("ValueError", `Unknown format code '${codeName(t)}' for object of type '${typeName}'`);
}

/** CPython's _PyUnicode_InsertThousandsGrouping (with zero fill up to minWidth). */
function groupDigits(digits: string, minWidth: number, groupLen: number, sep: string): string {
  let remaining = digits.length;
  let minW = minWidth > 0 ? minWidth : 0;
  let pos = digits.length;
  const parts: string[] = [];
  let useSep = false;
  let broken = false;
  if (groupLen > 0) {
    for (;;) {
      const l = Math.min(groupLen, Math.max(remaining, minW, 1));
      const nZeros = Math.max(0, l - remaining);
      const nChars = Math.max(0, Math.min(remaining, l));
      if (useSep) parts.push(sep);
      parts.push(digits.slice(pos - nChars, pos));
      if (nZeros > 0) parts.push("0".repeat(nZeros));
      pos -= nChars;
      useSep = true;
      remaining -= nChars;
      minW -= l;
      if (remaining <= 0 && minW <= 0) {
        broken = true;
        break;
      }
      minW -= sep.length;
    }
  }
  if (!broken) {
    const l = Math.max(remaining, minW, 1);
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    if (useSep) parts.push(sep);
    parts.push(digits.slice(pos - nChars, pos));
    if (nZeros > 0) parts.push("0".repeat(nZeros));
  }
  let out = "";
  for (let i = parts.length - 1; i >= 0; i--) out += parts[i];
  return out;
}

/** Lays out sign, prefix, grouped integer digits, decimal point and remainder with padding. */
function numberLayout(
  negative: boolean,
  prefix: string,
  intDigits: string,
  hasDecimal: boolean,
  remainder: string,
  f: FormatSpec,
  groupLen: number,
  sep: string,
): string {
  let sign = "";
  if (f.sign === "+") sign = negative ? "-" : "+";
  else if (f.sign === " ") sign = negative ? "-" : " ";
  else if (negative) sign = "-";
  const nNonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + remainder.length;
  const minWidth = f.fill === "0" && f.align === "=" ? f.width - nNonDigit : 0;
  let grouped: string;
  if (intDigits.length === 0) grouped = "";
  else if (groupLen === 0 && minWidth <= intDigits.length) grouped = intDigits;
  else grouped = groupDigits(intDigits, minWidth, groupLen, sep);
  const nPad = f.width - (nNonDigit + (hasSurrogates(grouped) ? cpLen(grouped) : grouped.length));
  let l = 0, s = 0, r = 0;
  if (nPad > 0) {
    switch (f.align) {
      case "<": r = nPad; break;
      case "^": l = nPad >> 1; r = nPad - l; break;
      case "=": s = nPad; break;
      default: l = nPad;
    }
  }
  const fill = f.fill;
  return (
    (l > 0 ? fill.repeat(l) : "") + sign + prefix + (s > 0 ? fill.repeat(s) : "") + grouped +
    (hasDecimal ? "." : "") + remainder + (r > 0 ? fill.repeat(r) : "")
  );
}

function formatLongInternal(v: number | bigint, f: FormatSpec): string {
  if (f.precision !== -1) raise("ValueError", "Precision not allowed in integer format specifier");
  if (f.noNeg0) raise("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
  const t = f.type;
  if (t === "c") {
    if (f.sign !== "") raise("ValueError", "Sign not allowed with integer format specifier 'c'");
    if (f.alt) raise("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === "bigint" && (v > 9223372036854775807n || v < -9223372036854775808n))
      raise("OverflowError", "Python int too large to convert to C long");
    const x = Number(v);
    if (x < 0 || x > 0x10ffff) raise("OverflowError", "%c arg not in range(0x110000)");
    return numberLayout(false, "", String.fromCodePoint(x), false, "", f, 0, "");
  }
  const neg = v < 0;
  const a = neg ? -v : v;
  let digits: string;
  let prefix = "";
  let groupLen = 0;
  switch (t) {
    case "b": digits = a.toString(2); if (f.alt) prefix = "0b"; break;
    case "o": digits = a.toString(8); if (f.alt) prefix = "0o"; break;
    case "x": digits = a.toString(16); if (f.alt) prefix = "0x"; break;
    case "X": digits = a.toString(16).toUpperCase(); if (f.alt) prefix = "0X"; break;
    default: digits = a.toString(); // 'd', 'n'
  }
  if (f.thousands !== "") groupLen = t === "d" ? 3 : 4;
  if (f.width < 0 && f.sign === "" && prefix === "" && groupLen === 0) return neg ? "-" + digits : digits;
  return numberLayout(neg, prefix, digits, false, "", f, groupLen, f.thousands);
}

function formatFloatInternal(val: number, f: FormatSpec): string {
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let addDot0 = false;
  let addPct = false;
  if (precision > 2147483647) raise("ValueError", "precision too big");
  if (type === "") {
    addDot0 = true;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  if (type === "%") {
    type = "f";
    val *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const lower = type.toLowerCase() as "e" | "f" | "g" | "r";
  let buf = formatFloatCore(val, lower, precision, f.alt, addDot0, f.noNeg0, type !== lower);
  if (addPct) buf += "%";
  if (f.sign !== "+" && f.sign !== " " && f.width === -1 && f.type !== "n" && f.thousands === "") return buf;
  let neg = false;
  let i = 0;
  if (buf.charCodeAt(0) === 45) {
    neg = true;
    i = 1;
  }
  let j = i;
  while (j < buf.length && buf.charCodeAt(j) >= 48 && buf.charCodeAt(j) <= 57) j++;
  const intDigits = buf.slice(i, j);
  const hasDecimal = buf.charCodeAt(j) === 46;
  const remainder = buf.slice(hasDecimal ? j + 1 : j);
  const groupLen = f.thousands !== "" && f.type !== "n" ? 3 : 0;
  return numberLayout(neg, "", intDigits, hasDecimal, remainder, f, groupLen, f.thousands);
}

/** format(int, spec). typeName is used in error messages ('bool' for bools; for an empty spec the caller uses str()). */
export function formatInt(v: number | bigint, spec: string, typeName = "int"): string {
  if (spec.length === 0) return String(v);
  const f = parseFormatSpec(spec, "d", ">", typeName);
  switch (f.type) {
    case "d": case "b": case "c": case "o": case "x": case "X": case "n":
      return formatLongInternal(v, f);
    case "e": case "E": case "f": case "F": case "g": case "G": case "%": {
      const x = Number(v);
      if (x === Infinity || x === -Infinity) raise("OverflowError", "int too large to convert to float");
      return formatFloatInternal(x, f);
    }
    default:
      return unknownType(f.type, typeName);
  }
}

/** format(float, spec). */
export function formatFloat(v: number, spec: string, typeName = "float"): string {
  if (spec.length === 0) return floatRepr(v);
  const f = parseFormatSpec(spec, "", ">", typeName);
  switch (f.type) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n": case "%":
      return formatFloatInternal(v, f);
    default:
      return unknownType(f.type, typeName);
  }
}

/** Pads/truncates an already-converted string per a parsed spec (CPython format_string_internal). */
export function formatStrWith(s: string, f: FormatSpec): string {
  if (f.sign !== "") raise("ValueError", f.sign === " " ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
  if (f.noNeg0) raise("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alt) raise("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") raise("ValueError", "'=' alignment not allowed in string format specifier");
  const sur = hasSurrogates(s);
  let len = sur ? cpLen(s) : s.length;
  if (f.precision >= 0 && len > f.precision) {
    s = sur ? cpArray(s).slice(0, f.precision).join("") : s.slice(0, f.precision);
    len = f.precision;
  }
  const pad = f.width - len;
  if (pad <= 0) return s;
  switch (f.align) {
    case ">": return f.fill.repeat(pad) + s;
    case "^": {
      const l = pad >> 1;
      return f.fill.repeat(l) + s + f.fill.repeat(pad - l);
    }
    default: return s + f.fill.repeat(pad);
  }
}

/** format(str, spec). */
export function formatStr(s: string, spec: string, typeName = "str"): string {
  if (spec.length === 0) return s;
  const f = parseFormatSpec(spec, "s", "<", typeName);
  if (f.type !== "s") unknownType(f.type, typeName);
  return formatStrWith(s, f);
}
