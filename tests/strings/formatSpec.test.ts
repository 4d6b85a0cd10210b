import { test } from "node:test";
import assert from "node:assert/strict";
import { formatFloat, formatInt, formatStr } from "../../src/lang/runtime/strings/index.js";
import { attempt, fixture, Mismatches, pf } from "./helpers.js";

const rows = fixture("formatspec.json");

/** format(value, spec) as the core would dispatch it. */
export function pyFormat(v: [string, any], spec: string): string {
  switch (v[0]) {
    case "i": {
      const b = BigInt(v[1]);
      const n = b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
      return formatInt(n, spec);
    }
    case "b":
      return spec === "" ? (v[1] ? "True" : "False") : formatInt(v[1] ? 1 : 0, spec, "bool");
    case "f":
      return formatFloat(pf(v[1]), spec);
    default:
      return formatStr(v[1], spec);
  }
}

test("format(value, spec) matches CPython", () => {
  const mm = new Mismatches();
  for (const [spec, cases] of rows)
    for (const [v, want] of cases) mm.check(`format(${JSON.stringify(v)}, ${JSON.stringify(spec)})`, attempt(() => pyFormat(v, spec)), want);
  assert.equal(mm.list.length, 0, mm.report(40));
});
