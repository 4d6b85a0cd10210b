// Prints an AST exactly like CPython 3.11's `ast.dump(tree)` (and, with attributes,
// `ast.dump(tree, include_attributes=True)`), so our parser can be checked against
// CPython's own output byte for byte.

import type * as A from "./ast.js";
import { computeLineStarts } from "./diagnostics.js";

const FIELDS: Record<A.NodeKind, readonly string[]> = {
  Module: ["body", "type_ignores"],
  FunctionDef: ["name", "args", "body", "decorator_list", "returns"],
  AsyncFunctionDef: ["name", "args", "body", "decorator_list", "returns"],
  ClassDef: ["name", "bases", "keywords", "body", "decorator_list"],
  Return: ["value"],
  Delete: ["targets"],
  Assign: ["targets", "value"],
  AugAssign: ["target", "op", "value"],
  AnnAssign: ["target", "annotation", "value", "simple"],
  For: ["target", "iter", "body", "orelse"],
  AsyncFor: ["target", "iter", "body", "orelse"],
  While: ["test", "body", "orelse"],
  If: ["test", "body", "orelse"],
  With: ["items", "body"],
  AsyncWith: ["items", "body"],
  Match: ["subject", "cases"],
  Raise: ["exc", "cause"],
  Try: ["body", "handlers", "orelse", "finalbody"],
  TryStar: ["body", "handlers", "orelse", "finalbody"],
  Assert: ["test", "msg"],
  Import: ["names"],
  ImportFrom: ["module", "names", "level"],
  Global: ["names"],
  Nonlocal: ["names"],
  Expr: ["value"],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ["op", "values"],
  NamedExpr: ["target", "value"],
  BinOp: ["left", "op", "right"],
  UnaryOp: ["op", "operand"],
  Lambda: ["args", "body"],
  IfExp: ["test", "body", "orelse"],
  Dict: ["keys", "values"],
  Set: ["elts"],
  ListComp: ["elt", "generators"],
  SetComp: ["elt", "generators"],
  DictComp: ["key", "value", "generators"],
  GeneratorExp: ["elt", "generators"],
  Await: ["value"],
  Yield: ["value"],
  YieldFrom: ["value"],
  Compare: ["left", "ops", "comparators"],
  Call: ["func", "args", "keywords"],
  FormattedValue: ["value", "conversion", "format_spec"],
  JoinedStr: ["values"],
  Constant: ["value", "constKind"],
  Attribute: ["value", "attr", "ctx"],
  Subscript: ["value", "slice", "ctx"],
  Starred: ["value", "ctx"],
  Name: ["id", "ctx"],
  List: ["elts", "ctx"],
  Tuple: ["elts", "ctx"],
  Slice: ["lower", "upper", "step"],
  comprehension: ["target", "iter", "ifs", "is_async"],
  ExceptHandler: ["type", "name", "body"],
  arguments: ["posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults"],
  arg: ["arg", "annotation"],
  keyword: ["arg", "value"],
  alias: ["name", "asname"],
  withitem: ["context_expr", "optional_vars"],
  match_case: ["pattern", "guard", "body"],
  MatchValue: ["value"],
  MatchSingleton: ["value"],
  MatchSequence: ["patterns"],
  MatchMapping: ["keys", "patterns", "rest"],
  MatchClass: ["cls", "patterns", "kwd_attrs", "kwd_patterns"],
  MatchStar: ["name"],
  MatchAs: ["pattern", "name"],
  MatchOr: ["patterns"],
};

// Kinds without CPython location attributes.
const NO_ATTRIBUTES = new Set(["Module", "comprehension", "arguments", "withitem", "match_case"]);

export interface DumpOptions {
  /** Also print lineno/col_offset/end_lineno/end_col_offset (CPython's include_attributes=True). */
  includeAttributes?: boolean;
}

export function dumpAst(node: A.Node, source: string, options: DumpOptions = {}): string {
  const withAttrs = options.includeAttributes === true;
  const starts = withAttrs ? computeLineStarts(source) : [];
  const pos = (offset: number): [number, number] => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    // CPython columns are UTF-8 byte offsets, and a BOM is not part of line 1.
    const from = lo === 0 && source.charCodeAt(0) === 0xfeff ? 1 : starts[lo];
    return [lo + 1, Buffer.byteLength(source.slice(from, offset), "utf8")];
  };

  const fmt = (n: A.Node): string => {
    const parts: string[] = [];
    for (const f of FIELDS[n.kind]) {
      const v = (n as unknown as Record<string, unknown>)[f];
      const name = f === "constKind" ? "kind" : f;
      if (v === null || v === undefined) continue;
      if (f === "value" && (n.kind === "Constant" || n.kind === "MatchSingleton")) {
        parts.push(`value=${constRepr(v as A.ConstValue)}`);
      } else parts.push(`${name}=${fmtValue(f, v)}`);
    }
    if (withAttrs && !NO_ATTRIBUTES.has(n.kind)) {
      const [l1, c1] = pos(n.start);
      const [l2, c2] = pos(n.start + n.length);
      parts.push(`lineno=${l1}`, `col_offset=${c1}`, `end_lineno=${l2}`, `end_col_offset=${c2}`);
    }
    return `${n.kind}(${parts.join(", ")})`;
  };

  const fmtValue = (field: string, v: unknown): string => {
    if (v === null) return "None";
    if (typeof v === "string") {
      if (field === "op" || field === "ctx" || field === "ops") return `${v}()`;
      return strRepr(v);
    }
    if (typeof v === "number") return String(v);
    if (Array.isArray(v)) return `[${v.map((x) => fmtValue(field, x)).join(", ")}]`;
    return fmt(v as A.Node);
  };

  return fmt(node);
}

/** Python's repr() of a constant value. */
export function constRepr(v: A.ConstValue): string {
  switch (v.type) {
    case "int": return v.value.toString();
    case "float": return floatRepr(v.value);
    case "complex": {
      const r = floatRepr(v.imag);
      return (r.endsWith(".0") ? r.slice(0, -2) : r) + "j";
    }
    case "str": return strRepr(v.value);
    case "bytes": return bytesRepr(v.value);
    case "bool": return v.value ? "True" : "False";
    case "None": return "None";
    case "Ellipsis": return "Ellipsis";
  }
}

/** Python's repr() of a float (shortest round-trip digits, Python's exponent rules). */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const e = x.toExponential(); // shortest digits, e.g. "1.2345e+2"
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!;
  const sign = m[1];
  const digits = m[2] + (m[3] ?? "");
  const exp = parseInt(m[4], 10);
  if (exp < -4 || exp >= 16) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const es = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : String(Math.abs(exp));
    return `${sign}${mant}e${exp < 0 ? "-" : "+"}${es}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${"0".repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

const nonPrintable = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's repr() of a str. */
export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x7f || ch === " ") out += ch;
    else if (nonPrintable.test(ch)) {
      if (cp <= 0xff) out += "\\x" + cp.toString(16).padStart(2, "0");
      else if (cp <= 0xffff) out += "\\u" + cp.toString(16).padStart(4, "0");
      else out += "\\U" + cp.toString(16).padStart(8, "0");
    } else out += ch;
  }
  return out + q;
}

/** Python's repr() of bytes. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? 34 : 39;
  let out = "b" + String.fromCharCode(q);
  for (const c of b) {
    if (c === q || c === 92) out += "\\" + String.fromCharCode(c);
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 32 || c >= 127) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(q);
}
