import { test } from "node:test";
import assert from "node:assert/strict";
import { percentFormat, StrRuntimeError } from "../../src/lang/runtime/strings/index.js";
import { attempt, fixture, Mismatches } from "./helpers.js";
import { decode, hooks } from "./testValues.js";

const rows = fixture("percent.json");

test("% formatting matches CPython", () => {
  const mm = new Mismatches();
  for (const [fmt, kind, enc, want] of rows) {
    const got = attempt(() => {
      if (kind === "tuple") return percentFormat(fmt, enc.map(decode), null, hooks);
      if (kind === "dict") {
        const m = new Map<string, unknown>(enc.map(([k, v]: [string, any]) => [k, decode(v)]));
        const dictRepr = "{" + enc.map(([k, v]: [string, any]) => `'${k}': ${hooks.repr(decode(v))}`).join(", ") + "}";
        const single = { dict: true };
        const h = {
          ...hooks,
          str: (v: unknown) => (v === single ? dictRepr : hooks.str(v)),
          repr: (v: unknown) => (v === single ? dictRepr : hooks.repr(v)),
          ascii: (v: unknown) => (v === single ? dictRepr : hooks.ascii(v)),
          typeName: (v: unknown) => (v === single ? "dict" : hooks.typeName(v)),
          toInt: (v: unknown, i: boolean) => (v === single ? undefined : hooks.toInt(v, i)),
          toFloat: (v: unknown) => (v === single ? undefined : hooks.toFloat(v)),
        };
        return percentFormat(fmt, null, (k) => {
          if (!m.has(k)) throw new StrRuntimeError("KeyError", `'${k}'`);
          return m.get(k);
        }, h, single);
      }
      return percentFormat(fmt, null, null, hooks, decode(enc));
    });
    mm.check(`${JSON.stringify(fmt)} % ${JSON.stringify(enc)}`, got, want);
  }
  assert.equal(mm.list.length, 0, mm.report(40));
});
