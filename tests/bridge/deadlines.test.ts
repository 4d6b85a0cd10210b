/** The single-timer timeout queue used by the router. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Deadlines, type Deadline } from "../../src/bridge/deadlines.js";

interface E extends Deadline {
  name: string;
}
const entry = (name: string): E => ({ name, deadline: 0, done: false });

test("entries of mixed durations expire in deadline order; settled ones never", async () => {
  const fired: [string, number][] = [];
  const t0 = performance.now();
  const d = new Deadlines<E>((e) => fired.push([e.name, performance.now() - t0]));
  const a = entry("a300");
  const b = entry("b100");
  const c = entry("c200-settled");
  const e = entry("e100");
  d.add(a, 300);
  d.add(b, 100);
  d.add(c, 200);
  d.add(e, 100);
  c.done = true;
  await new Promise((r) => setTimeout(r, 450));
  assert.deepEqual(
    fired.map((f) => f[0]),
    ["b100", "e100", "a300"],
  );
  assert.ok(fired[0]![1] >= 95, `fired early: ${fired[0]![1]}`);
  assert.ok(fired[2]![1] >= 295, `fired early: ${fired[2]![1]}`);
  assert.ok(a.done && b.done);
  d.clear();
});

test("many settled entries are dropped as new ones arrive", () => {
  const d = new Deadlines<E>(() => assert.fail("nothing should expire"));
  for (let i = 0; i < 5000; i++) {
    const x = entry(String(i));
    d.add(x, 60000);
    x.done = true;
  }
  const fifo = (d as unknown as { fifos: Map<number, { q: E[]; head: number }> }).fifos.get(60000)!;
  assert.ok(fifo.q.length - fifo.head <= 1);
  assert.ok(fifo.q.length < 2100, `kept ${fifo.q.length}`);
  d.clear();
});
