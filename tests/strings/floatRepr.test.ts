import { test } from "node:test";
import assert from "node:assert/strict";
import { floatRepr, formatFloatFixed, formatFloatExp, formatFloatGeneral, roundFloat } from "../../src/lang/runtime/strings/index.js";
import { attempt, fixture, Mismatches, pf } from "./helpers.js";

const data = fixture("floats.json");

function pyFmt(f: string, x: number): string {
  const m = /^%(#?)(?:\.(\d+))?([efgEFG])$/.exec(f)!;
  const alt = m[1] === "#";
  const prec = m[2] === undefined ? 6 : +m[2];
  const t = m[3];
  const up = t === t.toUpperCase();
  switch (t.toLowerCase()) {
    case "f": return formatFloatFixed(x, prec, alt);
    case "e": return formatFloatExp(x, prec, alt, up);
    default: return formatFloatGeneral(x, prec, alt, up);
  }
}

test("floatRepr matches repr(float)", () => {
  const mm = new Mismatches();
  for (const [s] of data.reprs) mm.check(s, floatRepr(pf(s)), s);
  for (const [s, r] of data.rows) mm.check(s, floatRepr(pf(s)), r);
  assert.equal(mm.list.length, 0, mm.report());
});

test("printf float formats match", () => {
  const mm = new Mismatches();
  for (const [s, , outs] of data.rows) {
    const x = pf(s);
    data.fmts.forEach((f: string, i: number) => mm.check(`${f} % ${s}`, pyFmt(f, x), outs[i]));
  }
  assert.equal(mm.list.length, 0, mm.report());
});

test("round(x, n) matches", () => {
  const mm = new Mismatches();
  for (const [s, , , rounds] of data.rows) {
    const x = pf(s);
    data.rounds.forEach((n: number, i: number) =>
      mm.check(`round(${s}, ${n})`, attempt(() => floatRepr(roundFloat(x, n))), rounds[i]),
    );
  }
  assert.equal(mm.list.length, 0, mm.report());
});
