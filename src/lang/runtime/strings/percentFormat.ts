// printf-style `str % args`, ported from CPython 3.11 PyUnicode_Format (same results and errors).
//
// Python ints, bools and strs are recognised directly (integral JS numbers/bigints, booleans,
// strings); every other value goes through the caller's hooks, so this module stays
// independent of the object model.

import { cpLen, cpSlice, hasSurrogates, raise, unitIndexToCp } from "./codepoints.js";
import { formatFloatCore } from "./floatRepr.js";

export interface PercentHooks {
  /** str(v) */
  str(v: unknown): string;
  /** repr(v) */
  repr(v: unknown): string;
  /** ascii(v) */
  ascii(v: unknown): string;
  /** type(v).__name__, for error messages */
  typeName(v: unknown): string;
  /**
   * For a value that is not an int/bool: int(v) (index=false, used by %d %i %u) or
   * operator.index(v) (index=true, used by %o %x %X %c). Return undefined when v has the wrong
   * type; raise other errors yourself (e.g. OverflowError for int(inf)).
   */
  toInt(v: unknown, index: boolean): number | bigint | undefined;
  /** For a value that is not an int/bool: float(v) for %e %f %g; undefined when v is not a real number. */
  toFloat(v: unknown): number | undefined;
}

const F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

interface Spec {
  key: string | null; // %(key)
  keyIncomplete: boolean;
  flags: number;
  width: number; // -1 none, -2 '*'
  widthErr: boolean;
  prec: number; // -1 none, -2 '*'
  precErr: boolean;
  incomplete: boolean;
  type: string;
  index: number; // code-point index of the type char
}

type Seg = string | Spec;

const cache = new Map<string, Seg[]>();
const SSIZE_MAX = 9223372036854775807;

function parse(fmt: string): Seg[] {
  const segs: Seg[] = [];
  const n = fmt.length;
  let lit = "";
  let i = 0;
  while (i < n) {
    const p = fmt.indexOf("%", i);
    if (p < 0) {
      lit += fmt.slice(i);
      break;
    }
    lit += fmt.slice(i, p);
    i = p + 1;
    if (i < n && fmt.charCodeAt(i) === 37) {
      lit += "%";
      i++;
      continue;
    }
    if (lit) segs.push(lit);
    lit = "";
    const sp: Spec = { key: null, keyIncomplete: false, flags: 0, width: -1, widthErr: false, prec: -1, precErr: false, incomplete: false, type: "", index: 0 };
    segs.push(sp);
    if (i < n && fmt[i] === "(") {
      let depth = 1;
      const ks = ++i;
      while (depth > 0 && i < n) {
        const c = fmt[i++];
        if (c === ")") depth--;
        else if (c === "(") depth++;
      }
      if (depth > 0) {
        sp.keyIncomplete = true;
        return segs;
      }
      sp.key = fmt.slice(ks, i - 1);
    }
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === "-") sp.flags |= F_LJUST;
      else if (c === "+") sp.flags |= F_SIGN;
      else if (c === " ") sp.flags |= F_BLANK;
      else if (c === "#") sp.flags |= F_ALT;
      else if (c === "0") sp.flags |= F_ZERO;
      else break;
    }
    if (i < n && fmt[i] === "*") {
      sp.width = -2;
      i++;
    } else if (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) {
      let w = 0;
      while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) {
        const d = fmt.charCodeAt(i) - 48;
        if (w > (SSIZE_MAX - d) / 10) {
          sp.widthErr = true;
          return segs;
        }
        w = w * 10 + d;
        i++;
      }
      sp.width = w;
    }
    if (i < n && fmt[i] === ".") {
      i++;
      sp.prec = 0;
      if (i < n && fmt[i] === "*") {
        sp.prec = -2;
        i++;
      } else {
        let w = 0;
        while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) {
          const d = fmt.charCodeAt(i) - 48;
          if (w > (2147483647 - d) / 10) {
            sp.precErr = true;
            return segs;
          }
          w = w * 10 + d;
          i++;
        }
        sp.prec = w;
      }
    }
    if (i < n && (fmt[i] === "h" || fmt[i] === "l" || fmt[i] === "L")) i++;
    if (i >= n) {
      sp.incomplete = true;
      return segs;
    }
    const cp = fmt.codePointAt(i)!;
    sp.type = String.fromCodePoint(cp);
    sp.index = hasSurrogates(fmt) ? unitIndexToCp(fmt, i) : i;
    i += cp > 0xffff ? 2 : 1;
  }
  if (lit) segs.push(lit);
  return segs;
}

function isIntValue(v: unknown): v is number | bigint {
  return (typeof v === "number" && Number.isInteger(v)) || typeof v === "bigint";
}

/** Converts to a Python int per %d (index=false) or %x (index=true); undefined = wrong type. */
function intOf(v: unknown, index: boolean, hooks: PercentHooks): number | bigint | undefined {
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isIntValue(v)) return v;
  if (typeof v === "string") return undefined;
  return hooks.toInt(v, index);
}

function formatLong(v: number | bigint, type: string, alt: boolean, prec: number): string {
  const neg = v < 0;
  const a = neg ? -v : v;
  let digits: string;
  let prefix = "";
  switch (type) {
    case "o": digits = a.toString(8); if (alt) prefix = "0o"; break;
    case "x": digits = a.toString(16); if (alt) prefix = "0x"; break;
    case "X": digits = a.toString(16).toUpperCase(); if (alt) prefix = "0X"; break;
    default: digits = a.toString();
  }
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  return (neg ? "-" : "") + prefix + digits;
}

/** CPython unicode_format_arg_output. */
function output(str: string, sp: Spec, isNum: boolean, flags: number, width: number, prec: number): string {
  const t = sp.type;
  let len = hasSurrogates(str) ? cpLen(str) : str.length;
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) return str;
  if ((t === "s" || t === "r" || t === "a") && prec >= 0 && len > prec) len = prec;
  const fill = isNum && flags & F_ZERO ? "0" : " ";
  let sign = isNum;
  let signchar = "";
  let idx = 0;
  if (isNum) {
    const c0 = str[0];
    if (c0 === "-" || c0 === "+") {
      signchar = c0;
      len--;
      idx = 1;
    } else if (flags & F_SIGN) signchar = "+";
    else if (flags & F_BLANK) signchar = " ";
    else sign = false;
  }
  if (width < len) width = len;
  let out = "";
  if (sign) {
    if (fill !== " ") out += signchar;
    if (width > len) width--;
  }
  const altPrefix = (flags & F_ALT) !== 0 && (t === "x" || t === "X" || t === "o");
  if (altPrefix) {
    if (fill !== " ") {
      out += str.slice(idx, idx + 2);
      idx += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === " ") {
    if (sign) out += signchar;
    if (altPrefix) {
      out += str.slice(idx, idx + 2);
      idx += 2;
    }
  }
  out += hasSurrogates(str) ? cpSlice(str.slice(idx), 0, len) : str.slice(idx, idx + len);
  if (width > len) out += " ".repeat(width - len);
  return out;
}

/**
 * `fmt % operand`.
 * - args: the items when the operand is a tuple; null when it is not a tuple (then `single` is the operand).
 * - mapping: set when the operand is a mapping (CPython: PyMapping_Check and not a tuple/str, so a list
 *   or dict); called with each %(key) and should raise KeyError itself.
 */
export function percentFormat(
  fmt: string,
  args: readonly unknown[] | null,
  mapping: ((key: string) => unknown) | null,
  hooks: PercentHooks,
  single?: unknown,
): string {
  let segs = cache.get(fmt);
  if (segs === undefined) {
    segs = parse(fmt);
    if (cache.size > 1000) cache.clear();
    cache.set(fmt, segs);
  }
  let cur: readonly unknown[] | null = args;
  let one: unknown = single;
  let arglen = args === null ? -1 : args.length;
  let argidx = args === null ? -2 : 0;
  const next = (): unknown => {
    if (argidx < arglen) {
      const k = argidx++;
      return arglen < 0 ? one : cur![k];
    }
    return raise("TypeError", "not enough arguments for format string");
  };
  const starInt = (prec: boolean): number => {
    const v = next();
    let x: number | bigint;
    if (typeof v === "boolean") x = v ? 1 : 0;
    else if (isIntValue(v)) x = v;
    else return raise("TypeError", "* wants int");
    if (typeof x === "bigint" || (prec ? x > 2147483647 || x < -2147483648 : false))
      raise("OverflowError", prec ? "Python int too large to convert to C int" : "Python int too large to convert to C ssize_t");
    return x as number;
  };

  let out = "";
  for (const seg of segs) {
    if (typeof seg === "string") {
      out += seg;
      continue;
    }
    const sp = seg;
    if (sp.key !== null || sp.keyIncomplete) {
      if (mapping === null) raise("TypeError", "format requires a mapping");
      if (sp.keyIncomplete) raise("ValueError", "incomplete format key");
      one = mapping(sp.key!);
      cur = null;
      arglen = -1;
      argidx = -2;
    }
    let flags = sp.flags;
    let width = sp.width;
    if (sp.widthErr) raise("ValueError", "width too big");
    if (width === -2) {
      width = starInt(false);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
    }
    let prec = sp.prec;
    if (sp.precErr) raise("ValueError", "precision too big");
    if (prec === -2) {
      prec = starInt(true);
      if (prec < 0) prec = 0;
    }
    if (sp.incomplete) raise("ValueError", "incomplete format");
    const v = next();
    const t = sp.type;
    switch (t) {
      case "s": {
        const s = typeof v === "string" ? v : isIntValue(v) ? String(v) : hooks.str(v);
        out += width === -1 && prec === -1 ? s : output(s, sp, false, flags, width, prec);
        break;
      }
      case "r":
        out += output(hooks.repr(v), sp, false, flags, width, prec);
        break;
      case "a":
        out += output(hooks.ascii(v), sp, false, flags, width, prec);
        break;
      case "d": case "i": case "u": case "o": case "x": case "X": {
        const isIdx = t === "o" || t === "x" || t === "X";
        if (typeof v === "number" && Number.isInteger(v) && width === -1 && prec === -1 && !(flags & (F_SIGN | F_BLANK)) && t === "d") {
          out += String(v);
          break;
        }
        const x = intOf(v, isIdx, hooks);
        if (x === undefined)
          raise("TypeError", isIdx
            ? `%${t} format: an integer is required, not ${hooks.typeName(v)}`
            : `%${t} format: a real number is required, not ${hooks.typeName(v)}`);
        out += output(formatLong(x, t, (flags & F_ALT) !== 0, prec), sp, true, flags, width, prec);
        break;
      }
      case "e": case "E": case "f": case "F": case "g": case "G": {
        let x: number | undefined;
        if (typeof v === "number") x = v;
        else if (typeof v === "boolean") x = v ? 1 : 0;
        else if (typeof v === "bigint") {
          x = Number(v);
          if (!Number.isFinite(x)) raise("OverflowError", "int too large to convert to float");
        } else if (typeof v !== "string") x = hooks.toFloat(v);
        if (x === undefined) raise("TypeError", `must be real number, not ${hooks.typeName(v)}`);
        const lower = t.toLowerCase() as "e" | "f" | "g";
        const s = formatFloatCore(x, lower, prec < 0 ? 6 : prec, (flags & F_ALT) !== 0, false, false, lower !== t);
        out += width === -1 && prec === -1 && !(flags & (F_SIGN | F_BLANK)) ? s : output(s, sp, true, flags, width, prec);
        break;
      }
      case "c": {
        let ch: string;
        if (typeof v === "string") {
          if (cpLen(v) !== 1) raise("TypeError", "%c requires int or char");
          ch = v;
        } else {
          const x = intOf(v, true, hooks);
          if (x === undefined) raise("TypeError", "%c requires int or char");
          if (x < 0 || x > 0x10ffff) raise("OverflowError", "%c arg not in range(0x110000)");
          ch = String.fromCodePoint(Number(x));
        }
        out += output(ch, sp, false, flags, width, prec);
        break;
      }
      default: {
        const c = t.codePointAt(0)!;
        raise("ValueError", `unsupported format character '${c >= 32 && c <= 126 ? t : "?"}' (0x${c.toString(16)}) at index ${sp.index}`);
      }
    }
  }
  if (argidx < arglen && mapping === null) raise("TypeError", "not all arguments converted during string formatting");
  return out;
}
