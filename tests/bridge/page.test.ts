/**
 * The page API end to end in headless Chromium: real page script, real WebSocket transport, real
 * worker serve loop; the handlers are the JS fixture's (`fixtures/jsWorker.ts`), so this checks the
 * bridge independently of the language. `tauraro.test.ts` does the same against Tauraro apps.
 */
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import type { RunningApp } from "../../src/bridge/bridge.js";
import { launchChromium, splitUrl, startFixtureApp } from "./helpers.js";

let browser: Browser;
let app: RunningApp;
let page: Page;
const pageErrors: string[] = [];

const HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fixture</title>
<script>
  window.sawInvoke = typeof window.invoke;
  window.early = window.invoke("add", { a: 20, b: 22 }); // before the socket is open: queued
  window.invokeReplies = [];
  window.handleInvokeResponse = (r) => window.invokeReplies.push(r);
  window.backendReplies = [];
  window.handleBackendResponse = (r) => window.backendReplies.push(r);
</script></head><body><p>fixture</p></body></html>`;

before(async () => {
  browser = await launchChromium();
  app = await startFixtureApp({ html: HTML });
  page = await browser.newPage();
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(app.url!);
  await page.evaluate(() => (globalThis as any).__TAURARO__.ready);
});
after(async () => {
  await browser?.close();
  await app?.close();
});

/** Evaluate in the page; a rejected invoke comes back as {name, message, traceback, command}. */
function run<T>(fn: string): Promise<T> {
  return page.evaluate(`(async () => { ${fn} })()`) as Promise<T>;
}
const caught = (call: string) =>
  run<{ name: string; message: string; traceback: string; command: string; isError: boolean }>(
    `try { await ${call}; return null; } catch (e) { return { name: e.name, message: e.message, traceback: e.traceback, command: e.command, isError: e instanceof Error }; }`,
  );

describe("page script", () => {
  test("window.invoke exists before app scripts run; early calls are queued and answered", async () => {
    assert.equal(await run("return window.sawInvoke"), "function");
    assert.equal(await run("return await window.early"), 42);
  });
  test("the secret leaves the address bar and stays out of the DOM", async () => {
    const { secret } = splitUrl(app.url!);
    assert.equal(await run("return location.hash"), "");
    assert.ok(!(await page.content()).includes(secret));
    assert.equal(await run("return __TAURARO__.authorized && __TAURARO__.connected && window.tauraro === window.__TAURARO__"), true);
  });
  test("a reload keeps working (secret kept for this tab)", async () => {
    const p2 = await browser.newPage();
    await p2.goto(app.url!);
    await p2.reload();
    assert.equal(await p2.evaluate(() => (globalThis as any).invoke("multiply", { a: 6, b: 7 })), 42);
    await p2.close();
  });
});

describe("invoke", () => {
  test("results of every JSON kind", async () => {
    assert.equal(await run(`return invoke("add", {a: 2, b: 3})`), 5);
    assert.equal(await run(`return invoke("toUpperCase", {text: "abc"})`), "ABC");
    assert.deepEqual(await run(`return invoke("reverseArray", {array: [1, "b", null, true]})`), [true, null, "b", 1]);
    const v = { n: null, b: false, i: -7, f: 0.5, s: "x", l: [1, [2, {}]], d: { k: { z: [] } } };
    assert.deepEqual(await run(`return invoke("echo", ${JSON.stringify(v)})`), v);
    assert.deepEqual(await run(`return invoke("echo")`), {});
  });
  test("Tauraro-style errors: name, message, traceback, command", async () => {
    const e = await caught(`invoke("fail", {type: "KeyError", message: "'missing'"})`);
    assert.equal(e.isError, true);
    assert.equal(e.name, "KeyError");
    assert.equal(e.message, "'missing'");
    assert.equal(e.command, "fail");
    assert.match(e.traceback, /^Traceback \(most recent call last\):/);
    assert.match(e.traceback, /KeyError: 'missing'$/);
  });
  test("unknown command and bad arguments", async () => {
    const nf = await caught(`invoke("doesNotExist", {})`);
    assert.equal(nf.name, "CommandNotFound");
    assert.match(nf.message, /'doesNotExist'/);
    const ia = await caught(`invoke("needs", {height: 1})`);
    assert.equal(ia.name, "InvalidArguments");
    assert.match(ia.message, /'needs'.*'width'/);
    const bad = await caught(`invoke("echo", {x: 1n})`);
    assert.equal(bad.name, "InvalidArguments");
    const cyc = await caught(`(() => { const o = {}; o.o = o; return invoke("echo", o); })()`);
    assert.equal(cyc.name, "InvalidArguments");
    assert.equal((await caught(`invoke("", {})`)).name, "InvalidArguments");
    assert.equal((await caught(`invoke("add", {}, {timeout: -1})`)).name, "InvalidArguments");
  });
  test("a result JSON cannot carry is an error naming the problem", async () => {
    const e = await caught(`invoke("bigint")`);
    assert.equal(e.name, "TypeError");
    assert.match(e.message, /BigInt/);
  });
  test("timeouts interrupt a spinning and a sleeping handler; later calls answered at once", async () => {
    const r = await run<{ spin: any; sleep: any; after: number; ms: number }>(`
      const t0 = performance.now();
      const spin = invoke("spin", {}, {timeout: 300}).catch((e) => ({name: e.name, message: e.message}));
      const sleep = invoke("sleep", {seconds: 60}, {timeout: 400}).catch((e) => ({name: e.name, message: e.message}));
      const after = invoke("add", {a: 1, b: 1});
      const out = {spin: await spin, sleep: await sleep, after: await after};
      out.ms = performance.now() - t0;
      return out;`);
    assert.deepEqual(r.spin, { name: "Timeout", message: "Command 'spin' timed out after 0.3s" });
    assert.equal(r.sleep.name, "Timeout");
    assert.equal(r.sleep.message, "Command 'sleep' timed out after 0.4s");
    assert.equal(r.after, 2);
    assert.ok(r.ms < 2500, `took ${r.ms} ms`);
  });
  test("the default timeout is 30 s and timeout 0 means none", async () => {
    // A 0-timeout call is cancelled through its signal; nothing else times it out.
    const r = await run<any>(`
      const ac = new AbortController();
      const p = invoke("sleep", {seconds: 0.6}, {timeout: 0, signal: ac.signal});
      return await p;`);
    assert.equal(r, "slept");
  });
  test("an AbortSignal cancels: rejects Cancelled and interrupts the handler", async () => {
    const r = await run<any>(`
      const ac = new AbortController();
      const t0 = performance.now();
      const p = invoke("sleep", {seconds: 30}, {signal: ac.signal}).catch((e) => ({name: e.name, message: e.message}));
      setTimeout(() => ac.abort(), 150);
      const res = await p;
      const next = await invoke("add", {a: 2, b: 2});
      return {res, next, ms: performance.now() - t0};`);
    assert.deepEqual(r.res, { name: "Cancelled", message: "Command 'sleep' was cancelled" });
    assert.equal(r.next, 4);
    assert.ok(r.ms < 2000, `took ${r.ms} ms`);
    const pre = await caught(`(() => { const ac = new AbortController(); ac.abort(); return invoke("add", {}, {signal: ac.signal}); })()`);
    assert.equal(pre.name, "Cancelled");
  });
  test("200 concurrent calls", async () => {
    const r = await run<number[]>(`return Promise.all(Array.from({length: 200}, (_, i) => invoke("add", {a: i, b: 1000})))`);
    assert.deepEqual(
      r,
      Array.from({ length: 200 }, (_, i) => i + 1000),
    );
  });
  test("a 1 MiB payload both ways", async () => {
    const r = await run<{ len: number; same: boolean }>(`
      const big = "é" + "x".repeat((1 << 20) - 2) + "😀";
      const back = await invoke("echo", {big});
      return {len: back.big.length, same: back.big === big};`);
    assert.deepEqual(r, { len: (1 << 20) + 1, same: true });
  });
  test("unicode crosses intact and is counted in code points by the backend", async () => {
    const s = "héllo wörld — 日本語 😀👩‍👩‍👧 \u0000 \u2028";
    assert.equal(await run(`return invoke("echo", {s: ${JSON.stringify(s)}}).then((r) => r.s)`), s);
    assert.equal(await run(`return invoke("codepoints", {text: "a😀b"})`), 3);
    assert.equal(await run(`return invoke("toUpperCase", {text: "straße ǆ"})`), "STRASSE Ǆ");
  });
  test("binary payloads: typed arrays in, bytes (Uint8Array) out", async () => {
    const r = await run<any>(`
      const data = new Uint8Array(300000).map((_, i) => i & 255);
      const res = await invoke("bytes", {data});
      return {isU8: res.reversed instanceof Uint8Array, len: res.length, first: res.reversed[0], last: res.reversed[res.reversed.length - 1]};`);
    assert.deepEqual(r, { isU8: true, len: 300000, first: (300000 - 1) & 255, last: 0 });
    const ab = await run<number>(`const res = await invoke("bytes", {data: new Uint16Array([1, 2]).buffer}); return res.length`);
    assert.equal(ab, 4);
  });
  test("streaming: onChunk / channel get each yielded value, the promise the return value", async () => {
    const r = await run<any>(`
      const chunks = [];
      const res = await invoke("stream", {n: 5}, {onChunk: (c) => chunks.push(c)});
      const ch = {got: [], onmessage(c) { this.got.push(c); }};
      const res2 = await invoke("stream", {n: 2}, {channel: ch});
      const list = await invoke("stream", {n: 3});
      return {chunks, res, got: ch.got, res2, list};`);
    assert.deepEqual(r, { chunks: [0, 1, 2, 3, 4], res: "done", got: [0, 1], res2: "done", list: [0, 1, 2] });
  });
  test("settled calls leave nothing pending (ids are one-shot)", async () => {
    await run(`await Promise.allSettled([invoke("add"), invoke("nope"), invoke("spin", {}, {timeout: 50})])`);
    assert.equal(app.server!.router.inFlight, 0);
  });
});

describe("events", () => {
  test("backend → page: listen, once, unlisten", async () => {
    const r = await run<any>(`
      const got = [], onceGot = [];
      const un = __TAURARO__.listen("progress", (e) => got.push(e.payload));
      __TAURARO__.once("progress", (e) => onceGot.push(e.payload));
      await invoke("emit", {event: "progress", payload: {done: 1}});
      await invoke("emit", {event: "progress", payload: {done: 2}});
      un();
      await invoke("emit", {event: "progress", payload: {done: 3}});
      await new Promise((r) => setTimeout(r, 50));
      return {got, onceGot};`);
    assert.deepEqual(r, { got: [{ done: 1 }, { done: 2 }], onceGot: [{ done: 1 }] });
  });
  test("page → backend listeners and to other tabs", async () => {
    const other = await browser.newPage();
    await other.goto(app.url!);
    await other.evaluate(() => {
      (globalThis as any).seen = [];
      (globalThis as any).__TAURARO__.listen("chat", (e: any) => (globalThis as any).seen.push(e.payload));
      return (globalThis as any).__TAURARO__.ready;
    });
    await run(`await __TAURARO__.emit("chat", {text: "hi ✓"})`);
    const events = await run<any[]>(`return invoke("events")`);
    assert.deepEqual(events.at(-1), { event: "chat", payload: { text: "hi ✓" } });
    await other.waitForFunction(() => (globalThis as any).seen.length === 1);
    assert.deepEqual(await other.evaluate(() => (globalThis as any).seen), [{ text: "hi ✓" }]);
    await other.close();
  });
});

describe("the original's wire forms", () => {
  test("ipc.postMessage invoke JSON: reply to handleInvokeResponse with the app's own id", async () => {
    const r = await run<any[]>(`
      window.invokeReplies.length = 0;
      window.ipc.postMessage(JSON.stringify({type: "invoke", id: 1, command: "add", args: {a: 1, b: 2}}));
      window.ipc.postMessage(JSON.stringify({type: "invoke", id: 2, command: "nope", args: {}}));
      await new Promise((res) => { const t = setInterval(() => { if (window.invokeReplies.length >= 2) { clearInterval(t); res(); } }, 10); });
      return window.invokeReplies.slice().sort((a, b) => a.id - b.id);`);
    assert.deepEqual(r[0], { id: 1, command: "add", success: true, data: 3 });
    assert.equal(r[1].id, 2);
    assert.equal(r[1].success, false);
    assert.equal(r[1].errorType, "CommandNotFound");
    assert.equal(typeof r[1].error, "string");
  });
  test("window.invoke replies also reach handleInvokeResponse", async () => {
    const r = await run<any>(`window.invokeReplies.length = 0; await invoke("add", {a: 5, b: 5}); return window.invokeReplies[0];`);
    assert.equal(r.command, "add");
    assert.equal(r.data, 10);
  });
  test("the action form: reply with action set to handleBackendResponse", async () => {
    const r = await run<any>(`
      window.backendReplies.length = 0;
      window.ipc.postMessage(JSON.stringify({id: 77, action: "toLowerCase", data: {text: "ABC"}}));
      await new Promise((res) => { const t = setInterval(() => { if (window.backendReplies.length) { clearInterval(t); res(); } }, 10); });
      return window.backendReplies[0];`);
    assert.deepEqual(r, { id: 77, command: "toLowerCase", action: "toLowerCase", success: true, data: "abc" });
  });
  test("raw window:* strings reach the window controller (serve mode: a page event)", async () => {
    const r = await run<any[]>(`
      const got = [];
      const un = __TAURARO__.listen("tauraro://window", (e) => got.push(e.payload.action));
      for (const s of ["window:minimize", "window:maximize", "window:drag_start"]) window.ipc.postMessage(s);
      __TAURARO__.window.minimize();
      await invoke("window", {action: "set_title", value: "New"});
      await new Promise((r) => setTimeout(r, 100));
      un();
      return got;`);
    assert.deepEqual(r, ["minimize", "toggle_maximize", "drag_start", "minimize", "set_title"]);
  });
  test("a real window controller gets the actions (and the drag start position)", async () => {
    const seen: unknown[] = [];
    const rec = (name: string) => (arg?: unknown) => void seen.push(arg === undefined ? name : [name, arg]);
    app.setWindow({
      minimize: rec("minimize"),
      toggleMaximize: rec("toggleMaximize"),
      maximize: rec("maximize"),
      restore: rec("restore"),
      close: rec("close"),
      startDrag: rec("startDrag"),
      setTitle: rec("setTitle"),
    });
    try {
      await page.mouse.move(30, 40);
      await page.mouse.down();
      await run(`window.ipc.postMessage("window:drag_start"); window.ipc.postMessage("window:maximize"); window.ipc.postMessage("window:close"); await invoke("window", {action: "restore"});`);
      await page.mouse.up();
      assert.equal(seen.length, 4);
      const [drag, ...rest] = seen as [[string, { screenX: number; screenY: number }], ...unknown[]];
      assert.equal(drag[0], "startDrag");
      assert.equal(typeof drag[1].screenX, "number");
      assert.deepEqual(rest, ["toggleMaximize", "close", "restore"]);
    } finally {
      app.setWindow(null);
    }
  });
});

describe("connection", () => {
  test("a dropped connection: in-flight calls reject Disconnected, the page reconnects", async () => {
    const r = await run<any>(`
      const p = invoke("sleep", {seconds: 1}).catch((e) => e.name);
      await new Promise((r) => setTimeout(r, 100));
      return {pending: true};`);
    assert.deepEqual(r, { pending: true });
    app.server!.router.closeAll();
    const after = await run<any>(`
      await new Promise((r) => setTimeout(r, 50));
      return await invoke("add", {a: 40, b: 2});`);
    assert.equal(after, 42);
    const d = await run<string>(`
      const p = invoke("sleep", {seconds: 2}).catch((e) => e.name);
      await new Promise((r) => setTimeout(r, 100));
      window.__dropped = p; return "ok";`);
    assert.equal(d, "ok");
    app.server!.router.closeAll();
    assert.equal(await run(`return await window.__dropped`), "Disconnected");
  });
});

describe("refusals seen from a browser", () => {
  let other: Server;
  let otherOrigin: string;
  before(async () => {
    other = createServer((_q, s) => s.end("<!DOCTYPE html><title>other</title>"));
    await new Promise<void>((r) => other.listen(0, "127.0.0.1", r));
    otherOrigin = `http://127.0.0.1:${(other.address() as any).port}`;
  });
  after(() => other.close());

  test("the same URL without its secret: the page loads, nothing can be invoked", async () => {
    const p = await browser.newPage();
    const { origin } = splitUrl(app.url!);
    await p.goto(origin + "/");
    const e = await p.evaluate(() => (globalThis as any).invoke("add", { a: 1, b: 2 }).then(() => null, (e: Error) => [e.name, (globalThis as any).__TAURARO__.connected]));
    assert.deepEqual(e, ["Unauthorized", false]);
    await p.close();
    // Nor with a guessed one.
    const p2 = await browser.newPage();
    await p2.goto(origin + "/#" + "A".repeat(43));
    const r = await p2.evaluate(() =>
      Promise.race([(globalThis as any).invoke("add", { a: 1, b: 2 }, { timeout: 1500 }).then(() => "answered", (e: Error) => e.name), new Promise((r) => setTimeout(() => r("no answer"), 2500))]),
    );
    assert.equal(r, "Timeout");
    assert.equal(await p2.evaluate(() => (globalThis as any).__TAURARO__.connected), false);
    await p2.close();
  });
  test("a page on another origin cannot use the bridge, even knowing the secret", async () => {
    const p = await browser.newPage();
    await p.goto(otherOrigin + "/");
    const { port, secret } = splitUrl(app.url!);
    const r = await p.evaluate(
      ({ port, secret }) =>
        new Promise((resolve) => {
          const ws = new WebSocket(`ws://127.0.0.1:${port}/__tauraro/ws`, ["tauraro-v1", "tauraro-auth." + secret]);
          ws.onopen = () => resolve("open");
          ws.onclose = () => resolve("refused");
        }),
      { port, secret },
    );
    assert.equal(r, "refused");
    const fetched = await p.evaluate((port) => fetch(`http://127.0.0.1:${port}/`).then((r) => "read " + r.status, () => "blocked"), port);
    assert.equal(fetched, "blocked");
    await p.close();
  });
  test("no page errors", () => {
    assert.deepEqual(pageErrors, []);
  });
});

describe("the ES module (tauraro/api)", () => {
  test("invoke, listen, emit, Channel work from a module script", async () => {
    const { dirname, join } = await import("node:path");
    const { fileURLToPath } = await import("node:url");
    const bridgeDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src", "bridge");
    const modApp = await startFixtureApp({
      html: `<!DOCTYPE html><html><head><script type="module">
        import { invoke, listen, emit, Channel, ready } from "/lib/bridge/page/api.js";
        const got = [];
        const ch = new Channel((c) => got.push(c));
        const heard = [];
        listen("tick", (e) => heard.push(e.payload));
        await ready();
        const sum = await invoke("add", { a: 1, b: 2 });
        const ret = await invoke("stream", { n: 3 }, { channel: ch });
        await invoke("emit", { event: "tick", payload: 7 });
        await emit("from-module", { ok: true });
        let err = null;
        try { await invoke("fail", { type: "ValueError", message: "no" }); } catch (e) { err = [e.name, e.message, e.command]; }
        globalThis.moduleResult = { sum, ret, got, heard, err, sameBridge: globalThis.__TAURARO__ !== undefined };
      </script></head><body></body></html>`,
      assets: { "/lib/bridge/": bridgeDir },
    });
    try {
      const p = await browser.newPage();
      await p.goto(modApp.url!);
      await p.waitForFunction(() => (globalThis as any).moduleResult !== undefined, null, { timeout: 10000 });
      assert.deepEqual(await p.evaluate(() => (globalThis as any).moduleResult), {
        sum: 3,
        ret: "done",
        got: [0, 1, 2],
        heard: [7],
        err: ["ValueError", "no", "fail"],
        sameBridge: true,
      });
      await p.close();
    } finally {
      await modApp.close();
    }
  });
});
