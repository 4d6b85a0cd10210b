/**
 * End to end (`tauraro run --serve`, headless Chromium): handler shapes, value conversion,
 * streaming and interrupts of generators and nested calls, events both ways, window control in
 * serve mode, the include_* functions, escaping, SystemExit. The basics (every built-in, every
 * kind of callable, errors, timeouts, 200 calls, 1 MiB, unicode, refusals) are in
 * tests/bridge/tauraro.test.ts; this file covers what the binding adds.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { ROOT, launchChromium, serveApp, type ServeProcess } from "../bridge/helpers.js";

const APPS = join(ROOT, "tests", "apps");

type Caught = { name: string; message: string; traceback: string; command: string } | null;

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

describe("handlers.tr", () => {
  let srv: ServeProcess;
  let page: Page;
  const pageErrors: string[] = [];
  const inv = <T>(cmd: string, args?: unknown, opts?: unknown) =>
    page.evaluate(([c, a, o]) => (globalThis as any).invoke(c, a, o), [cmd, args, opts] as const) as Promise<T>;
  const caught = (cmd: string, args?: unknown, opts?: unknown) =>
    page.evaluate(
      ([c, a, o]) =>
        (globalThis as any).invoke(c, a, o).then(
          () => null,
          (e: any) => ({ name: e.name, message: e.message, traceback: e.traceback, command: e.command }),
        ),
      [cmd, args, opts] as const,
    ) as Promise<Caught>;
  const run = <T>(body: string) => page.evaluate(`(async () => { ${body} })()`) as Promise<T>;

  before(async () => {
    srv = await serveApp(join(APPS, "handlers.tr"));
    page = await browser.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(srv.url);
  });
  after(async () => {
    await page?.close();
    if (srv) {
      assert.equal(await srv.stop(), 0, `exit code; output:\n${srv.output()}`);
      assert.match(srv.output(), /mount_and_run returned/, "the program continues after mount_and_run when the app closes");
    }
  });

  test("a single parameter with a default is taken by name; without one it gets the dict", async () => {
    assert.equal(await inv("summary", {}), "range 30d");
    assert.equal(await inv("summary", { range: "7d" }), "range 7d");
    const e = await caught("summary", { rng: 1 });
    assert.equal(e?.name, "InvalidArguments");
    assert.equal(e?.message, "Command 'summary': unexpected argument 'rng'");
    assert.equal(await inv("square", { x: 12 }), 144);
    assert.equal(await inv("hello", { name: "Bo" }), "Hi Bo");
    assert.equal(await inv("static", { x: "s" }), "static s");
    assert.equal(await inv("cls", { x: "c" }), "Greeter c");
    assert.equal(await inv("builtin_len", { a: 1, b: 2 }), 2);
  });

  test("keyword-only, no-parameter, *args, **kwargs and mixed handlers", async () => {
    assert.equal(await inv("kwonly", { name: "Ada" }), "Hello, Ada");
    assert.equal(await inv("kwonly", { name: "Ada", greeting: "Sannu" }), "Sannu, Ada");
    assert.equal(await inv("hello_named", { name: "Cy" }), "Hi Cy");
    const missing = await caught("kwonly", {});
    assert.deepEqual([missing?.name, missing?.message], ["InvalidArguments", "Command 'kwonly': missing required argument 'name'"]);
    assert.equal(await inv("no_params"), "nothing needed");
    const extra = await caught("no_params", { x: 1 });
    assert.deepEqual([extra?.name, extra?.message], ["InvalidArguments", "Command 'no_params': unexpected argument 'x'"]);
    assert.equal(await inv("star_args", { a: 1 }), 1);
    assert.deepEqual(await inv("star_kwargs", { b: 1, a: 2 }), ["a", "b"]);
    assert.deepEqual(await inv("mixed", { a: 1, z: 0 }), [1, 2, 3, ["z"]]);
    const notObject = await caught("mixed", [1, 2]);
    assert.deepEqual([notObject?.name, notObject?.message], ["InvalidArguments", "Command 'mixed' takes named arguments: expected an object, got array"]);
  });

  test("async def: awaiting coroutines works; awaiting what needs an event loop says so", async () => {
    assert.equal(await inv("nested_async", { n: 2 }), 200);
    const e = await caught("needs_loop");
    assert.equal(e?.name, "RuntimeError");
    assert.match(e!.message, /needs_loop.*event loop/);
  });

  test("values: JSON kinds in, tuples out as arrays, json.dumps key rules", async () => {
    assert.deepEqual(await inv("arg_types", { i: 1, f: 1.5, w: 2.0, s: "x", n: null, l: [], d: {}, b: false }), {
      i: "int",
      f: "float",
      w: "int",
      s: "str",
      n: "NoneType",
      l: "list",
      d: "dict",
      b: "bool",
    });
    assert.deepEqual(await inv("returns", { kind: "tuple" }), [1, [2, 3], [4]]);
    assert.equal(await inv("returns", { kind: "float" }), 2.5);
    assert.deepEqual(await inv("returns", { kind: "int_keys" }), { "1": "c", "2.5": "b", null: "d" });
    assert.equal(await inv("returns", { kind: "bigint" }), 2 ** 70);
  });

  test("values JSON cannot carry are errors naming the type", async () => {
    const cases: [string, string, string | RegExp][] = [
      ["tuple_key", "TypeError", "keys must be str, int, float, bool or None, not tuple"],
      ["nan", "ValueError", "Out of range float values are not JSON compliant: nan"],
      ["circular", "ValueError", "Circular reference detected"],
      ["object", "TypeError", "Object of type Greeter is not JSON serializable"],
      ["widget", "TypeError", "Object of type Widget is not JSON serializable"],
    ];
    for (const [kind, name, message] of cases) {
      const e = await caught("returns", { kind });
      assert.equal(e?.name, name, kind);
      assert.equal(e?.message, message, kind);
      assert.equal(e?.command, "returns");
      // Raised while converting the result, outside the handler's frames: no empty header.
      assert.equal(e?.traceback, `${name}: ${message}\n`, kind);
    }
  });

  test("bytes cross as binary both ways", async () => {
    const r = await run<unknown[]>(`
      const out = await invoke("returns", {kind: "bytes"});
      const info = await invoke("byte_len", {data: new Uint8Array([5, 6, 7])});
      return [out instanceof Uint8Array, Array.from(out), info];`);
    assert.deepEqual(r, [true, [0, 1, 255], ["bytes", 3, 5, 7]]);
  });

  test("tracebacks start at the handler and keep chained exceptions", async () => {
    const e = await caught("chained");
    assert.equal(e?.name, "ValueError");
    assert.equal(e?.message, "wrapped");
    const tb = e!.traceback;
    assert.doesNotMatch(tb, /<module>|mount_and_run/);
    assert.match(tb, /^Traceback \(most recent call last\):\n {2}File ".*handlers\.tr", line \d+, in chained\n {4}\{\}\["missing"\]\nKeyError: 'missing'\n/);
    assert.match(tb, /The above exception was the direct cause of the following exception:/);
    assert.match(tb, /raise ValueError\("wrapped"\) from e\nValueError: wrapped\n$/);
  });

  test("print in a handler reaches stdout at once", async () => {
    assert.equal(await inv("shout", { text: "hey-from-page" }), true);
    const t0 = Date.now();
    while (!/handler says hey-from-page/.test(srv.output()) && Date.now() - t0 < 3000) await new Promise((r) => setTimeout(r, 20));
    assert.match(srv.output(), /handler says hey-from-page\n/);
  });

  test("timeouts interrupt a spin in a nested call and in a streaming generator; finally runs", async () => {
    const before = await inv<number>("cleanups");
    const r = await run<any>(`
      const chunks = [];
      const a = invoke("spin_deep", {}, {timeout: 300}).catch((e) => [e.name, e.message]);
      const c = invoke("summary", {range: "after"});
      const out = {a: await a, c: await c};
      // (one after the other: a call's timeout counts from when the page sent it)
      out.b = await invoke("spin_generator", {}, {timeout: 300, onChunk: (c) => chunks.push(c)}).catch((e) => [e.name, e.message]);
      out.chunks = chunks;
      return out;`);
    assert.deepEqual(r.a, ["Timeout", "Command 'spin_deep' timed out after 0.3s"]);
    assert.deepEqual(r.b, ["Timeout", "Command 'spin_generator' timed out after 0.3s"]);
    assert.deepEqual(r.chunks, ["first"]);
    assert.equal(r.c, "range after");
    assert.equal(await inv("cleanups"), before + 2);
  });

  test("a timeout raises TimeoutError inside a sleeping handler (finally runs); the next call is answered at once", async () => {
    const before = await inv<number>("cleanups");
    const r = await run<any>(`
      const t0 = performance.now();
      const a = invoke("sleepy", {seconds: 60}, {timeout: 300}).catch((e) => [e.name, e.message]);
      const b = invoke("summary", {range: "next"});
      const out = {a: await a, b: await b};
      out.ms = performance.now() - t0;
      return out;`);
    assert.deepEqual(r.a, ["Timeout", "Command 'sleepy' timed out after 0.3s"]);
    assert.equal(r.b, "range next");
    assert.ok(r.ms < 3000, `took ${r.ms} ms`);
    assert.equal(await inv("cleanups"), before + 1);
    assert.match((await inv<string>("seen")) ?? "", /^(TimeoutError|KeyboardInterrupt): Command 'sleepy' /);
    assert.equal(await inv("sleepy", { seconds: 0.01 }), "slept");
  });

  test("the exception a timed-out handler sees is always TimeoutError", async () => {
    // Page and server both time the call; whichever timer fires first, the handler must see
    // TimeoutError (the page's cancel says "reason": "timeout") and the page the name Timeout.
    const seen: string[] = [];
    const names: string[] = [];
    for (let i = 0; i < 5; i++) {
      const e = await caught("sleepy", { seconds: 60 }, { timeout: 100 });
      names.push(e?.name ?? "resolved");
      seen.push(await inv<string>("seen"));
    }
    assert.deepEqual(names, Array(5).fill("Timeout"));
    assert.deepEqual(seen, Array(5).fill("TimeoutError: Command 'sleepy' timed out"));
  });

  test("events: backend emit reaches page listeners; page emit reaches backend listeners", async () => {
    const r = await run<any>(`
      const got = [];
      const un1 = await __TAURARO__.listen("pong", (e) => got.push(e.payload));
      const un2 = await __TAURARO__.listen("pong2", (e) => got.push(e.payload));
      const res = await invoke("ping", {n: 7});
      for (let i = 0; i < 50 && got.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      await __TAURARO__.emit("hello", {from: "page", n: 1});
      await __TAURARO__.emit("hello", "second");
      return {res, got};`);
    assert.equal(r.res, "sent");
    assert.deepEqual(r.got, [{ n: 7, text: "é😀" }, [1, 2]]);
    let events: unknown[] = [];
    for (let i = 0; i < 50; i++) {
      events = await inv<unknown[]>("events");
      if (events.length >= 2) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.deepEqual(events, [{ from: "page", n: 1 }, "second"]);
  });

  test("window control from Tauraro code becomes the tauraro://window page event in serve mode", async () => {
    const r = await run<any>(`
      const got = [];
      await __TAURARO__.listen("tauraro://window", (e) => got.push(e.payload));
      await invoke("control", {action: "minimize"});
      await invoke("control", {action: "maximize"});
      await invoke("control", {action: "title", title: "New <title>"});
      for (let i = 0; i < 50 && got.length < 3; i++) await new Promise((r) => setTimeout(r, 20));
      return got;`);
    assert.equal(r.length, 3, JSON.stringify(r));
    assert.equal(r[0].action, "minimize");
    assert.equal(r[1].action, "maximize");
    assert.equal(r[2].action, "set_title");
  });

  test("include_cdn (key, CDN[...] and list), include_*_file relative to the app, custom CSS/JS/HTML; all offline", async () => {
    const r = await run<any>(`
      const w = (id) => getComputedStyle(document.getElementById(id)).width;
      return {
        cssFile: w("css-file-probe"), customCss: w("custom-css-probe"),
        jsFile: window.jsFileRan, customJs: window.customJsRan,
        htmlFile: document.getElementById("html-file-probe").textContent.trim(),
        customHtml: document.getElementById("custom-html").innerHTML,
        jquery: typeof jQuery, lodash: typeof _,
        bootstrap: [...document.querySelectorAll('link[rel=stylesheet]')].some((l) => /bootstrap/.test(l.href) && l.href.startsWith(location.origin)),
        external: [...document.querySelectorAll('link[href], script[src]')].filter((e) => !(e.href || e.src).startsWith(location.origin) && !(e.href || e.src).startsWith("data:")).length,
        customHtmlFirst: document.body.firstElementChild.id,
      };`);
    assert.deepEqual(r, {
      cssFile: "77px",
      customCss: "123px",
      jsFile: true,
      customJs: 1,
      htmlFile: "from fragment.html",
      customHtml: "custom <b>html</b>",
      jquery: "function",
      lodash: "function",
      bootstrap: true,
      external: 0,
      customHtmlFirst: "custom-html",
    });
  });

  test("escaping: the title and widget text", async () => {
    assert.equal(srv.title, 'Handlers <test> & "quotes"');
    assert.equal(await page.title(), 'Handlers <test> & "quotes"');
    assert.equal(await page.evaluate("document.getElementById(\"esc\").textContent"), "<script>alert(1)</script> & <b>x</b>");
    assert.equal(await page.evaluate("document.querySelectorAll(\"#root script, #root b\").length"), 0);
  });

  test("EdgeInsets, reprs, CDN both ways", async () => {
    assert.deepEqual(await inv("edge"), ["8px 8px 8px 8px", "4px 1rem 4px 1rem", "2px 6px 2px 6px", "1px 0px 0px 50%", "0px 0px 0px 0px", "1px 2px 3px 4px"]);
    const [text, win, same, contains] = await inv<[string, string, boolean, boolean]>("reprs");
    assert.equal(text, "Text(text='hi', id='t')");
    assert.match(win, /^<webviewtk\.Window '/);
    assert.deepEqual([same, contains], [true, true]);
  });

  test("no page errors", () => {
    assert.deepEqual(pageErrors, []);
  });
});

describe("exit.tr", () => {
  let code: number | null = null;
  let reply = "";
  let output = "";

  test("SystemExit in a handler ends the program (mount_and_run re-raises it after serving stops)", async () => {
    const srv = await serveApp(join(APPS, "exit.tr"));
    const exited = new Promise<number | null>((r) => srv.child.once("exit", (c) => r(c)));
    const page = await browser.newPage();
    try {
      await page.goto(srv.url);
      reply = await page.evaluate(() =>
        (globalThis as any).invoke("quit", { code: 7 }).then(
          () => "resolved",
          (err: any) => err.name,
        ),
      );
      code = await exited; // ends by itself: no signal sent
      output = srv.output();
      assert.match(output, /quitting with 7/);
      assert.doesNotMatch(output, /not reached/);
      assert.notEqual(reply, "resolved");
    } finally {
      await page.close();
      await srv.stop();
    }
  });

  test("…with its exit code, after the call got its SystemExit reply", () => {
    // The worker's last messages (this reply, the exit code) are taken from the port when the
    // thread ends (workerBackend.ts drains it), so neither is lost.
    assert.equal(reply, "SystemExit");
    assert.equal(code, 7, output);
  });
});
