import { test } from "node:test";
import assert from "node:assert/strict";
import { strFormat, formatFloat, StrRuntimeError, strRepr, asciiRepr, type FormatHooks } from "../../src/lang/runtime/strings/index.js";
import { attempt, fixture, Mismatches } from "./helpers.js";
import { decode as decodeScalar, pyRepr as scalarRepr, typeName as scalarType, type FloatBox } from "./testValues.js";

const rows = fixture("strformat.json");

class Obj { constructor(public attrs: Map<string, unknown>) {} }
class List { constructor(public items: unknown[]) {} }
class Dict { constructor(public items: Map<unknown, unknown>) {} }

function decode(v: [string, any]): unknown {
  switch (v[0]) {
    case "obj": return new Obj(new Map(Object.entries(v[1]).map(([k, x]) => [k, decode(x as any)])));
    case "list": return new List(v[1].map(decode));
    case "dict": return new Dict(new Map(v[1].map(([k, x]: [any, any]) => [k, decode(x)])));
    default: return decodeScalar(v);
  }
}

function repr(v: unknown): string {
  if (v instanceof List) return "[" + v.items.map(repr).join(", ") + "]";
  if (v instanceof Dict) return "{" + [...v.items].map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(", ") + "}";
  if (v instanceof Obj) return "<P object>";
  return scalarRepr(v);
}
function str(v: unknown): string {
  return typeof v === "string" ? v : repr(v);
}
function tname(v: unknown): string {
  if (v instanceof List) return "list";
  if (v instanceof Dict) return "dict";
  if (v instanceof Obj) return "P";
  return scalarType(v);
}
const E = (t: string, m: string) => new StrRuntimeError(t, m);

const hooks: FormatHooks = {
  getattr(o, name) {
    if (o instanceof Obj && o.attrs.has(name)) return o.attrs.get(name);
    if (typeof o === "number" && Number.isInteger(o) && name === "real") return o;
    throw E("AttributeError", `'${tname(o)}' object has no attribute '${name}'`);
  },
  getitem(o, key) {
    if (o instanceof List) {
      if (typeof key !== "number") throw E("TypeError", `list indices must be integers or slices, not ${tname(key)}`);
      if (key >= o.items.length) throw E("IndexError", "list index out of range");
      return o.items[key];
    }
    if (o instanceof Dict) {
      if (!o.items.has(key)) throw E("KeyError", repr(key));
      return o.items.get(key);
    }
    throw E("TypeError", `'${tname(o)}' object is not subscriptable`);
  },
  format(o, spec) {
    if (o !== null && typeof o === "object" && "f" in (o as object)) return formatFloat((o as FloatBox).f, spec);
    if (spec !== "") throw E("TypeError", `unsupported format string passed to ${tname(o)}.__format__`);
    return str(o);
  },
  str,
  repr: (v) => (typeof v === "string" ? strRepr(v) : repr(v)),
  ascii: (v) => (typeof v === "string" ? asciiRepr(v) : repr(v)),
};

test("str.format matches CPython", () => {
  const mm = new Mismatches();
  for (const [fmt, args, kw, want] of rows) {
    const kwm = new Map<string, unknown>(kw.map(([k, v]: [string, any]) => [k, decode(v)]));
    const got = attempt(() =>
      strFormat(fmt, args.map(decode), (k) => {
        if (!kwm.has(k)) throw E("KeyError", strRepr(k));
        return kwm.get(k);
      }, hooks),
    );
    mm.check(`${JSON.stringify(fmt)}.format(${args.length} args, ${kw.length} kw)`, got, want);
  }
  assert.equal(mm.list.length, 0, mm.report(40));
});
