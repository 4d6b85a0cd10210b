/**
 * End to end with real Tauraro apps: `node bin/tauraro.cjs run --serve --port 0 app.tr` (the real
 * CLI, VM worker, webviewtk module, transport), opened in headless Chromium.
 *
 * Skipped (with the reason printed) only while the language has no `webviewtk` module at all.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import WebSocket from "ws";
import { APPS, ROOT, launchChromium, serveApp, splitUrl, type ServeProcess } from "./helpers.js";

function webviewtkMissing(): string | false {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "tauraro.cjs"), "-c", "import webviewtk"], { encoding: "utf8", timeout: 20000 });
  if (r.status === 0) return false;
  const out = `${r.stdout}${r.stderr}`;
  return /ModuleNotFoundError/.test(out) ? "the language has no `webviewtk` module yet" : false;
}
const skip = webviewtkMissing();
if (skip) console.log(`# skipping the Tauraro end-to-end tests: ${skip}`);

let browser: Browser;
before(async () => {
  if (!skip) browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

type Caught = { name: string; message: string; traceback: string; command: string } | null;

function helpers(page: () => Page) {
  return {
    run: <T>(body: string) => page().evaluate(`(async () => { ${body} })()`) as Promise<T>,
    inv: <T>(cmd: string, args?: unknown, opts?: unknown) =>
      page().evaluate(([c, a, o]) => (globalThis as any).invoke(c, a, o), [cmd, args, opts] as const) as Promise<T>,
    caught: (cmd: string, args?: unknown, opts?: unknown) =>
      page().evaluate(
        ([c, a, o]) =>
          (globalThis as any).invoke(c, a, o).then(
            () => null,
            (e: any) => ({ name: e.name, message: e.message, traceback: e.traceback, command: e.command }),
          ),
        [cmd, args, opts] as const,
      ) as Promise<Caught>,
  };
}

describe("commands.tr", { skip }, () => {
  let srv: ServeProcess;
  let page: Page;
  const { run, inv, caught } = helpers(() => page);
  before(async () => {
    srv = await serveApp(join(APPS, "commands.tr"));
    page = await browser.newPage();
    await page.goto(srv.url);
  });
  after(async () => {
    await page?.close();
    if (srv) assert.equal(await srv.stop(), 0, `exit code; output:\n${srv.output()}`);
  });

  test("the Serving line names the app", () => {
    assert.equal(srv.title, "Bridge test app");
    assert.match(srv.url, /^http:\/\/127\.0\.0\.1:\d+\/#[A-Za-z0-9_-]{43}$/);
  });

  test("the seven built-ins", async () => {
    assert.equal(await inv("add", { a: 2, b: 3 }), 5);
    assert.equal(await inv("add", {}), 0);
    assert.equal(await inv("add", { a: 0.5, b: 0.25 }), 0.75);
    assert.equal(await inv("multiply", { a: 6, b: 7 }), 42);
    assert.equal(await inv("multiply", {}), 1);
    assert.equal(await inv("toUpperCase", { text: "abc" }), "ABC");
    assert.equal(await inv("toUpperCase", {}), "");
    assert.equal(await inv("toLowerCase", { text: "ÀBC" }), "àbc");
    assert.deepEqual(await inv("reverseArray", { array: [1, "two", null] }), [null, "two", 1]);
    const e = await caught("reverseArray", {});
    assert.equal(e?.message, "Missing or invalid array parameter");
    const info = await inv<Record<string, string>>("getSystemInfo");
    assert.deepEqual(Object.keys(info).sort(), ["arch", "family", "os"]);
    assert.deepEqual(await inv("echo", { x: [1, { y: "z" }] }), { x: [1, { y: "z" }] });
  });

  test("every kind of callable", async () => {
    assert.equal(await inv("greet", { name: "Ada" }), "Hello, Ada!");
    assert.equal(await inv("area", { width: 3, height: 4 }), 12);
    assert.equal(await inv("area", { width: 3 }), 3);
    assert.equal(await inv("square", { x: 12 }), 144);
    assert.equal(await inv("counter"), 1);
    assert.equal(await inv("counter", { by: 5 }), 6); // closure state persists
    assert.equal(await inv("store_add", { item: "a" }), 1);
    assert.equal(await inv("store_add", { item: "b" }), 2);
    assert.deepEqual(await inv("store_all"), ["a", "b"]); // bound-method state persists
    assert.equal(await inv("double", { n: 21 }), 42);
    assert.equal(await inv("async_add", { a: 1, b: 2 }), 3);
  });

  test("named-parameter handlers: missing and unexpected keys", async () => {
    const missing = await caught("area", { height: 2 });
    assert.equal(missing?.name, "InvalidArguments");
    assert.match(missing!.message, /'area'/);
    assert.match(missing!.message, /'width'/);
    const extra = await caught("area", { width: 1, depth: 2 });
    assert.equal(extra?.name, "InvalidArguments");
    assert.match(extra!.message, /'area'/);
    assert.match(extra!.message, /'depth'/);
  });

  test("exceptions: name, message, .tr traceback, command", async () => {
    const v = await caught("fail_value", { v: 7 });
    assert.equal(v?.name, "ValueError");
    assert.equal(v?.message, "bad value: 7");
    assert.equal(v?.command, "fail_value");
    assert.match(v!.traceback, /^Traceback \(most recent call last\):/);
    assert.match(v!.traceback, /File ".*commands\.tr", line \d+, in fail_value/);
    assert.match(v!.traceback, /ValueError: bad value: 7\s*$/);
    const k = await caught("fail_key");
    assert.equal(k?.name, "KeyError");
    assert.equal(k?.message, "'missing'");
    const z = await caught("fail_zero");
    assert.equal(z?.name, "ZeroDivisionError");
    assert.match(z!.traceback, /in fail_zero[\s\S]*in helper_divide/);
    const c = await caught("fail_custom");
    assert.equal(c?.name, "AppError");
    assert.equal(c?.message, "custom failure");
  });

  test("unknown command", async () => {
    const e = await caught("no_such_command", {});
    assert.equal(e?.name, "CommandNotFound");
    assert.match(e!.message, /'no_such_command'/);
  });

  test("values cross as JSON; ints stay ints", async () => {
    // `big` is 2 ** 60 in the app (commands.tr): beyond 2 ** 53, yet exact here because a power of
    // two is a double; the JSON text carries every digit of the Tauraro int.
    assert.deepEqual(await inv("types"), { none: null, t: true, i: 12, f: 1.5, whole: 2, s: "é😀", l: [1, [2]], tup: [1, 2], d: { k: "v" }, big: 2 ** 60 });
    assert.deepEqual(await inv("kinds", { i: 12, f: 1.5, s: "x", b: true, n: null, l: [], d: {} }), {
      i: "int",
      f: "float",
      s: "str",
      b: "bool",
      n: "NoneType",
      l: "list",
      d: "dict",
    });
    const p = await inv<number>("power", { x: 12 });
    assert.equal(p, 144);
    const e = await caught("unsendable");
    assert.ok(e !== null);
    assert.match(e!.message, /\bset\b/);
  });

  test("unicode: code points, not UTF-16 units", async () => {
    assert.equal(await inv("length", { text: "a😀b" }), 3);
    assert.equal(await inv("length", { text: "👩‍👩‍👧" }), 5);
    assert.equal(await inv("upper", { text: "straße ǆ é" }), "STRASSE Ǆ É");
    const s = "日本語 — ünïcödé 😀 \u2028";
    assert.deepEqual(await inv("echo", { s }), { s });
  });

  test("a generator handler streams chunks", async () => {
    const r = await run<any>(`
      const chunks = [];
      const res = await invoke("count_lines", {n: 3}, {onChunk: (c) => chunks.push(c)});
      const list = await invoke("count_lines", {n: 2});
      return {chunks, res, list};`);
    assert.deepEqual(r, { chunks: ["line 0", "line 1", "line 2"], res: null, list: ["line 0", "line 1"] });
  });

  test("timeouts interrupt a spinning and a sleeping handler; finally blocks run; later calls answered", async () => {
    const before = await inv<number>("cleanups");
    const r = await run<any>(`
      const t0 = performance.now();
      const spin = invoke("spin", {}, {timeout: 500}).catch((e) => [e.name, e.message]);
      const sleep = invoke("sleepy", {seconds: 60}, {timeout: 500}).catch((e) => [e.name, e.message]);
      const next = invoke("greet", {name: "after"});
      const out = {spin: await spin, sleep: await sleep, next: await next};
      out.ms = performance.now() - t0;
      return out;`);
    assert.deepEqual(r.spin, ["Timeout", "Command 'spin' timed out after 0.5s"]);
    assert.deepEqual(r.sleep, ["Timeout", "Command 'sleepy' timed out after 0.5s"]);
    assert.equal(r.next, "Hello, after!");
    assert.ok(r.ms < 4000, `took ${r.ms} ms`);
    // Calls run in arrival order: `sleepy` was queued behind `spin`, and both deadlines passed while
    // `spin` was running, so `sleepy` was dropped before it started. Only spin's `finally` ran.
    assert.equal(await inv("cleanups"), before + 1);
    // A sleeping handler that is running when its deadline passes is interrupted inside
    // time.sleep; its `finally` runs and the next call is answered at once.
    const t0 = Date.now();
    const sleep = await caught("sleepy", { seconds: 60 }, { timeout: 300 });
    assert.deepEqual([sleep?.name, sleep?.message], ["Timeout", "Command 'sleepy' timed out after 0.3s"]);
    assert.equal(await inv("cleanups"), before + 2);
    assert.ok(Date.now() - t0 < 3000, `took ${Date.now() - t0} ms`);
  });

  test("the timeout message gives the actual seconds", async () => {
    const e = await caught("sleepy", { seconds: 5 }, { timeout: 1000 });
    assert.equal(e?.message, "Command 'sleepy' timed out after 1s");
  });

  test("200 concurrent calls", async () => {
    const r = await run<string[]>(`return Promise.all(Array.from({length: 200}, (_, i) => invoke("greet", {name: "n" + i})))`);
    assert.equal(r.length, 200);
    r.forEach((s, i) => assert.equal(s, `Hello, n${i}!`));
  });

  test("a 1 MiB payload", async () => {
    const r = await run<any>(`
      const text = "x".repeat(1 << 20);
      const back = await invoke("echo", {text});
      return {same: back.text === text, len: await invoke("length", {text})};`);
    assert.deepEqual(r, { same: true, len: 1 << 20 });
  });

  test("refusals: no secret, foreign origin, wrong secret", async () => {
    const { origin, port, secret } = splitUrl(srv.url);
    const p = await browser.newPage();
    await p.goto(origin + "/");
    assert.equal(await p.evaluate(() => (globalThis as any).invoke("greet", { name: "x" }).then(() => "answered", (e: Error) => e.name)), "Unauthorized");
    await p.close();
    const status = (headers: Record<string, string>, protocols: string[]) =>
      new Promise<number | string>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}/__tauraro/ws`, protocols, { headers });
        ws.once("open", () => {
          ws.close();
          resolve("open");
        });
        ws.once("unexpected-response", (_q, res) => resolve(res.statusCode ?? 0));
        ws.once("error", () => resolve("error"));
      });
    assert.equal(await status({ origin: "http://evil.example" }, ["tauraro-v1", `tauraro-auth.${secret}`]), 403);
    assert.equal(await status({ origin }, ["tauraro-v1", "tauraro-auth." + "A".repeat(43)]), 401);
    assert.equal(await status({ origin }, ["tauraro-v1"]), 401);
    assert.equal(await status({ origin }, ["tauraro-v1", `tauraro-auth.${secret}`]), "open");
  });
});

describe("override.tr", { skip }, () => {
  test("an app command replaces the built-in of the same name; the title is escaped in the page", async () => {
    const srv = await serveApp(join(APPS, "override.tr"));
    try {
      assert.equal(srv.title, 'Override <&> "app"');
      const page = await browser.newPage();
      await page.goto(srv.url);
      assert.equal(await page.title(), 'Override <&> "app"');
      const { inv } = helpers(() => page);
      assert.equal(await inv("add", { a: 2, b: 3 }), "custom add: 5");
      assert.equal(await inv("multiply", { a: 2, b: 3 }), 6);
      await page.close();
    } finally {
      assert.equal(await srv.stop(), 0);
    }
  });
});
