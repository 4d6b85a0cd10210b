/**
 * End to end (`tauraro run --serve`, headless Chromium): widget callbacks running Tauraro code and
 * updating the page — clicks, text input, submit, checkbox values, tap handlers that take the event,
 * async callbacks, failing callbacks, re-rendered fragments with fresh closures (and their old ids
 * dropped), escaping, and the CustomTitleBar buttons reaching the window controller (in serve mode
 * the `tauraro://window` page event).
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { ROOT, launchChromium, serveApp, type ServeProcess } from "../bridge/helpers.js";

const APPS = join(ROOT, "tests", "apps");

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

describe("widgets.tr", () => {
  let srv: ServeProcess;
  let page: Page;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const text = (id: string) => page.locator(`#${id}`).textContent();
  /** Wait until the element's text is `want` (callbacks answer asynchronously). */
  const waitText = async (id: string, want: string) => {
    await page.waitForFunction(([i, w]) => (globalThis as any).document.getElementById(i)?.textContent === w, [id, want] as const, { timeout: 5000 });
    assert.equal(await text(id), want);
  };

  before(async () => {
    srv = await serveApp(join(APPS, "widgets.tr"));
    page = await browser.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    await page.goto(srv.url);
  });
  after(async () => {
    await page?.close();
    if (srv) assert.equal(await srv.stop(), 0, `exit code; output:\n${srv.output()}`);
  });

  test("a counter: on_click runs Tauraro code, state persists, the page updates", async () => {
    await page.click("#inc");
    await waitText("count", "1");
    await page.click("#inc");
    await page.click("#inc");
    await waitText("count", "3");
  });

  test("on_change gets the text (code points), on_submit on Enter", async () => {
    await page.fill("#name", "Zoë😀");
    await waitText("echo", "name=Zoë😀 len=4");
    await page.press("#name", "Enter");
    await waitText("submitted", "Zoë😀");
  });

  test("a checkbox's on_change gets a bool", async () => {
    await page.click("#check input, input#check");
    await waitText("checked", "bool:True");
  });

  test("a tap handler with one parameter gets the event dict", async () => {
    await page.click("#gesture");
    await waitText("event", "click@gesture");
  });

  test("an async def callback", async () => {
    await page.click("#async-btn");
    await waitText("async", "async ok");
  });

  test("a failing callback reports its exception and traceback in the console; the page goes on", async () => {
    await page.click("#fail");
    await page.waitForFunction(() => true);
    for (let i = 0; i < 100 && !consoleErrors.some((e) => /Traceback/.test(e)); i++) await new Promise((r) => setTimeout(r, 20));
    assert.ok(consoleErrors.some((e) => /ValueError: callback failed on purpose/.test(e)), consoleErrors.join("\n"));
    assert.ok(consoleErrors.some((e) => /File ".*widgets\.tr", line \d+, in fails/.test(e)), consoleErrors.join("\n"));
    const before = Number(await text("count"));
    await page.click("#inc");
    await waitText("count", String(before + 1));
  });

  test("a returned widget replaces its element; its fresh closures work; the old ids are dropped", async () => {
    const ids: string[] = [];
    for (let n = 0; n < 3; n++) {
      await waitText("panel-text", `panel ${n}`);
      ids.push((await page.getAttribute("#panel-bump", "data-tr-on-click"))!);
      await page.click("#panel-bump");
    }
    await waitText("panel-text", "panel 3");
    assert.equal(new Set(ids).size, 3, `a new callback id per render: ${ids}`);
    // The first id belongs to the initial page (kept); the second was only in a replaced fragment.
    const stale = await page.evaluate(
      (id) => (globalThis as any).invoke("__widget_event__", { id, event: "click", value: null, target: null }).then(() => "answered", (e: any) => `${e.name}: ${e.message}`),
      ids[1]!,
    );
    assert.match(stale, /^CommandNotFound: .*no widget callback/);
  });

  test("text from callbacks and from the tree is escaped", async () => {
    await page.click("#escape-btn");
    await waitText("escaped", "<img src=x onerror=alert(1)> & done");
    assert.equal(await page.locator("#escaped img").count(), 0);
    assert.equal(await text("static-text"), `<b>not bold</b> "quoted" & 'single'`);
    assert.equal(await page.title(), "Widgets <&> test");
    assert.equal(await page.locator(".wv-titlebar__title").textContent(), "Widgets <&> test");
  });

  test("the CustomTitleBar buttons reach the window controller (serve mode: the tauraro://window event)", async () => {
    await page.evaluate(() => {
      const g = globalThis as any;
      g.__windowEvents = [];
      g.__TAURARO__.listen("tauraro://window", (e: any) => g.__windowEvents.push(e.payload.action));
    });
    for (const action of ["minimize", "maximize", "close"]) await page.click(`.wv-titlebar__btn--${action}`);
    await page.waitForFunction(() => (globalThis as any).__windowEvents.length >= 3, null, { timeout: 5000 });
    assert.deepEqual(await page.evaluate(() => (globalThis as any).__windowEvents), ["minimize", "toggle_maximize", "close"]);
    // The page is still served after "close" in serve mode.
    const before = Number(await text("count"));
    await page.click("#inc");
    await waitText("count", String(before + 1));
  });

  test("no page errors", () => {
    assert.deepEqual(pageErrors, []);
  });
});
