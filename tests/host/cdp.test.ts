import { test } from "node:test";
import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { CdpConnection, CdpError } from "../../src/host/cdp.js";

/** A connection whose "browser" side is driven by the test. */
function pair(): { cdp: CdpConnection; sent: () => any[]; reply: (chunk: string | Buffer) => void; toBrowser: PassThrough; fromBrowser: PassThrough } {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const cdp = new CdpConnection(toBrowser, fromBrowser);
  let raw = "";
  toBrowser.on("data", (c: Buffer) => (raw += c.toString("utf8")));
  return {
    cdp,
    sent: () => raw.split("\0").filter((s) => s !== "").map((s) => JSON.parse(s)),
    reply: (chunk) => fromBrowser.write(chunk),
    toBrowser,
    fromBrowser,
  };
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

test("commands are NUL-terminated JSON with increasing ids and an optional sessionId", async () => {
  const { cdp, sent } = pair();
  void cdp.send("Browser.getVersion").catch(() => undefined);
  void cdp.send("Runtime.evaluate", { expression: "1" }, "S1").catch(() => undefined);
  await tick();
  const [a, b] = sent();
  assert.deepEqual(a, { id: 1, method: "Browser.getVersion", params: {} });
  assert.deepEqual(b, { id: 2, method: "Runtime.evaluate", params: { expression: "1" }, sessionId: "S1" });
});

test("replies resolve their command, in any order and across chunk boundaries", async () => {
  const { cdp, reply } = pair();
  const one = cdp.send("A");
  const two = cdp.send("B");
  const msg2 = Buffer.from(JSON.stringify({ id: 2, result: { text: "é日✓" } }) + "\0");
  // split inside a multi-byte character
  const cut = msg2.indexOf(Buffer.from("日")) + 1;
  reply(msg2.subarray(0, cut));
  await tick();
  reply(Buffer.concat([msg2.subarray(cut), Buffer.from(JSON.stringify({ id: 1, result: { n: 1 } }) + "\0")]));
  assert.deepEqual(await two, { text: "é日✓" });
  assert.deepEqual(await one, { n: 1 });
});

test("an error reply rejects with CdpError naming the method", async () => {
  const { cdp, reply } = pair();
  const p = cdp.send("Browser.setWindowBounds");
  reply(JSON.stringify({ id: 1, error: { code: -32000, message: "Browser window not found" } }) + "\0");
  await assert.rejects(p, (e: unknown) => e instanceof CdpError && e.code === -32000 && /Browser.setWindowBounds: Browser window not found/.test(e.message));
});

test("events reach their listeners with the sessionId; unsubscribe works; waitFor filters", async () => {
  const { cdp, reply } = pair();
  const got: unknown[] = [];
  const off = cdp.on("Target.targetDestroyed", (p, s) => got.push([p.targetId, s]));
  const waited = cdp.waitFor("Target.targetCreated", (p: { targetInfo: { type: string } }) => p.targetInfo.type === "page");
  reply(JSON.stringify({ method: "Target.targetDestroyed", params: { targetId: "T1" } }) + "\0");
  reply(JSON.stringify({ method: "Target.targetDestroyed", params: { targetId: "T2" }, sessionId: "S" }) + "\0");
  reply(JSON.stringify({ method: "Target.targetCreated", params: { targetInfo: { type: "browser" } } }) + "\0");
  reply(JSON.stringify({ method: "Target.targetCreated", params: { targetInfo: { type: "page", targetId: "P" } } }) + "\0");
  assert.deepEqual(await waited, { targetInfo: { type: "page", targetId: "P" } });
  off();
  reply(JSON.stringify({ method: "Target.targetDestroyed", params: { targetId: "T3" } }) + "\0");
  await tick();
  assert.deepEqual(got, [["T1", undefined], ["T2", "S"]]);
});

test("waitFor times out", async () => {
  const { cdp } = pair();
  await assert.rejects(cdp.waitFor("Never.happens", () => true, 30), /not received within 30 ms/);
});

test("when the browser closes the pipe, pending commands reject and closed resolves", async () => {
  const { cdp, fromBrowser } = pair();
  const p = cdp.send("Browser.close");
  const w = cdp.waitFor("X.y");
  fromBrowser.end();
  await assert.rejects(p, /closed the DevTools pipe/);
  await assert.rejects(w, /closed/);
  await cdp.closed;
  assert.equal(cdp.isClosed, true);
  await assert.rejects(cdp.send("After.close"), /connection is closed/);
});
