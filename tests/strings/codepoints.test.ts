import { test } from "node:test";
import assert from "node:assert/strict";
import { cpAt, cpLen, cpSlice, cpArray, cpIndexToUnit, unitIndexToCp } from "../../src/lang/runtime/strings/index.js";
import { attempt, fixture, Mismatches } from "./helpers.js";

const rows = fixture("codepoints.json");
const u = (v: number | null) => (v === null ? undefined : v);

test("len, index and slice count code points", () => {
  const mm = new Mismatches();
  for (const [s, len, idx, sl] of rows) {
    mm.check(`len(${s})`, cpLen(s), len);
    mm.check(`arr(${s})`, cpArray(s).length, len);
    for (const [i, want] of idx) mm.check(`${s}[${i}]`, cpAt(s, i) ?? null, want);
    for (const [a, b, c, want] of sl) mm.check(`${s}[${a}:${b}:${c}]`, attempt(() => cpSlice(s, u(a), u(b), u(c))), want);
  }
  assert.equal(mm.list.length, 0, mm.report());
});

test("index conversion", () => {
  const s = "a\u{1F600}b\u{1F601}c";
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((i) => cpIndexToUnit(s, i)), [0, 1, 3, 4, 6, 7]);
  assert.deepEqual([0, 1, 3, 4, 6, 7].map((i) => unitIndexToCp(s, i)), [0, 1, 2, 3, 4, 5]);
  assert.equal(cpIndexToUnit("abc", 2), 2);
});
