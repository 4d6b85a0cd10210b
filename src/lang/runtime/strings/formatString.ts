// str.format / str.format_map, ported from CPython 3.11 Objects/stringlib/unicode_format.h
// (same parsing, auto-numbering rules and error messages). Object access goes through hooks.

import { raise } from "./codepoints.js";
import { formatFloat, formatInt, formatStr } from "./formatSpec.js";
import { strRepr } from "./strMethods.js";

export interface FormatHooks {
  /** getattr(obj, name) (raises AttributeError itself) */
  getattr(obj: unknown, name: string): unknown;
  /** obj[key]: key is an int when the brackets hold only digits, else the str (raises itself) */
  getitem(obj: unknown, key: number | string): unknown;
  /** format(obj, spec) for values that are not str/int/bool (floats, user objects…) */
  format(obj: unknown, spec: string): string;
  str(obj: unknown): string;
  repr(obj: unknown): string;
  ascii(obj: unknown): string;
}

interface State {
  args: readonly unknown[] | null;
  kwargs: ((name: string) => unknown) | null;
  hooks: FormatHooks;
  auto: number; // 0 init, 1 auto, 2 manual
  next: number;
}

const SSIZE_MAX = 9223372036854775807;

/** CPython get_integer on a field-name piece: -1 when not all ASCII digits (or empty). */
function getInteger(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    const d = c - 48;
    if (acc > (SSIZE_MAX - d) / 10) raise("ValueError", "Too many decimal digits in format string");
    acc = acc * 10 + d;
  }
  return acc;
}

/** format(value, spec) with fast paths for str/int/bool. */
export function formatValue(v: unknown, spec: string, hooks: FormatHooks): string {
  if (typeof v === "string") return spec.length === 0 ? v : formatStr(v, spec);
  if (typeof v === "number" && Number.isInteger(v)) return spec.length === 0 ? String(v) : formatInt(v, spec);
  if (typeof v === "bigint") return formatInt(v, spec);
  if (typeof v === "boolean") return spec.length === 0 ? (v ? "True" : "False") : formatInt(v ? 1 : 0, spec, "bool");
  if (typeof v === "number") return formatFloat(v, spec);
  return hooks.format(v, spec);
}

function getFieldObject(name: string, st: State): unknown {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const first = name.slice(0, i);
  let idx = getInteger(first);
  const empty = first.length === 0;
  const numeric = empty || idx !== -1;
  if (st.auto === 0 && numeric) st.auto = empty ? 1 : 2;
  if (numeric) {
    if (st.auto === 2 && empty)
      raise("ValueError", "cannot switch from manual field specification to automatic field numbering");
    if (st.auto === 1 && !empty)
      raise("ValueError", "cannot switch from automatic field numbering to manual field specification");
  }
  if (empty) idx = st.next++;
  const h = st.hooks;
  let obj: unknown;
  if (idx === -1) {
    if (st.kwargs === null) raise("KeyError", strRepr(first));
    obj = st.kwargs(first);
  } else {
    if (st.args === null) raise("ValueError", "Format string contains positional fields");
    if (idx >= st.args.length) raise("IndexError", `Replacement index ${idx} out of range for positional args tuple`);
    obj = st.args[idx];
  }
  const n = name.length;
  while (i < n) {
    const c = name[i++];
    let part: string;
    if (c === ".") {
      const s = i;
      while (i < n && name[i] !== "." && name[i] !== "[") i++;
      part = name.slice(s, i);
      if (part.length === 0) raise("ValueError", "Empty attribute in format string");
      obj = h.getattr(obj, part);
    } else if (c === "[") {
      const s = i;
      while (i < n && name[i] !== "]") i++;
      if (i >= n) raise("ValueError", "Missing ']' in format string");
      part = name.slice(s, i);
      i++;
      const k = getInteger(part);
      if (part.length === 0) raise("ValueError", "Empty attribute in format string");
      obj = h.getitem(obj, k === -1 ? part : k);
    } else raise("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
  }
  return obj;
}

function buildString(fmt: string, depth: number, st: State): string {
  if (depth <= 0) raise("ValueError", "Max string recursion exceeded");
  const n = fmt.length;
  let out = "";
  let pos = 0;
  while (pos < n) {
    // literal text up to the first '{' or '}'
    const start = pos;
    let c = "";
    let markup = false;
    while (pos < n) {
      c = fmt[pos++];
      if (c === "{" || c === "}") {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= n;
    let len = pos - start;
    if (markup && c === "}" && (atEnd || fmt[pos] !== "}")) raise("ValueError", "Single '}' encountered in format string");
    if (markup && atEnd && c === "{") raise("ValueError", "Single '{' encountered in format string");
    if (markup) {
      if (fmt[pos] === c) {
        pos++;
        markup = false;
      } else len--;
    }
    out += fmt.slice(start, start + len);
    if (!markup) continue;

    // parse_field
    const fstart = pos;
    c = "";
    while (pos < n) {
      c = fmt[pos++];
      if (c === "{") raise("ValueError", "unexpected '{' in field name");
      if (c === "[") {
        while (pos < n && fmt[pos] !== "]") pos++;
        continue;
      }
      if (c === "}" || c === ":" || c === "!") break;
    }
    const fieldName = fmt.slice(fstart, pos - 1);
    let conversion = "";
    let spec = "";
    let expand = false;
    if (c === "!" || c === ":") {
      let specDone = false;
      if (c === "!") {
        if (pos >= n) raise("ValueError", "end of string while looking for conversion specifier");
        const cp = fmt.codePointAt(pos)!;
        conversion = String.fromCodePoint(cp);
        pos += cp > 0xffff ? 2 : 1;
        if (pos < n) {
          const d = fmt[pos++];
          if (d === "}") specDone = true;
          else if (d !== ":") raise("ValueError", "expected ':' after conversion specifier");
        }
      }
      if (!specDone) {
        const sstart = pos;
        let count = 1;
        let closed = false;
        while (pos < n) {
          const d = fmt[pos++];
          if (d === "{") {
            expand = true;
            count++;
          } else if (d === "}") {
            if (--count === 0) {
              spec = fmt.slice(sstart, pos - 1);
              closed = true;
              break;
            }
          }
        }
        if (!closed) raise("ValueError", "unmatched '{' in format spec");
      }
    } else if (c !== "}") raise("ValueError", "expected '}' before end of string");

    // output_markup
    let obj = getFieldObject(fieldName, st);
    if (conversion !== "") {
      switch (conversion) {
        case "r": obj = st.hooks.repr(obj); break;
        case "s": obj = typeof obj === "string" ? obj : st.hooks.str(obj); break;
        case "a": obj = st.hooks.ascii(obj); break;
        default: {
          const k = conversion.codePointAt(0)!;
          raise("ValueError", k > 32 && k < 127 ? `Unknown conversion specifier ${conversion}` : `Unknown conversion specifier \\x${k.toString(16)}`);
        }
      }
    }
    if (expand) spec = buildString(spec, depth - 1, st);
    out += formatValue(obj, spec, st.hooks);
  }
  return out;
}

/**
 * str.format(*args, **kwargs). args: the positional arguments; kwargs: looks up a keyword
 * argument by name and raises KeyError itself (pass null when there are none; a missing name
 * then raises KeyError here).
 */
export function strFormat(fmt: string, args: readonly unknown[], kwargs: ((name: string) => unknown) | null, hooks: FormatHooks): string {
  if (fmt.indexOf("{") < 0 && fmt.indexOf("}") < 0) return fmt;
  return buildString(fmt, 2, { args, kwargs, hooks, auto: 0, next: 0 });
}

/** str.format_map(mapping): `lookup` is mapping[key] (raising KeyError itself). */
export function strFormatMap(fmt: string, lookup: (name: string) => unknown, hooks: FormatHooks): string {
  return buildString(fmt, 2, { args: null, kwargs: lookup, hooks, auto: 0, next: 0 });
}
