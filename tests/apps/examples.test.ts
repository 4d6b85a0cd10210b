/**
 * Every app in examples/ served with `tauraro run --serve`, opened in headless Chromium, clicked
 * through, and photographed (PNG files in $TMPDIR/tauraro-examples/ for a person to look at).
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { ROOT, launchChromium, serveApp, type ServeProcess } from "../bridge/helpers.js";

const SHOTS = join(tmpdir(), "tauraro-examples");
mkdirSync(SHOTS, { recursive: true });

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/** Serve an example, open it at the window's size, run `body`, and check it ended cleanly. */
function example(file: string, size: { width: number; height: number }, body: (page: Page, shot: (name: string) => Promise<void>) => Promise<void>) {
  return async () => {
    const srv: ServeProcess = await serveApp(join(ROOT, "examples", file));
    const page = await browser.newPage({ viewport: size });
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    try {
      await page.goto(srv.url);
      await page.waitForLoadState("networkidle");
      const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${file.replace(/\.tr$/, "")}-${name}.png`) }).then(() => {});
      await shot("start");
      await body(page, shot);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
      assert.equal(await srv.stop(), 0, srv.output());
    }
  };
}

const textOf = (page: Page, sel: string) => page.locator(sel).first().textContent().then((t) => (t ?? "").trim());
async function waitText(page: Page, sel: string, re: RegExp): Promise<string> {
  let t = "";
  for (let i = 0; i < 100; i++) {
    t = await textOf(page, sel);
    if (re.test(t)) return t;
    await page.waitForTimeout(30);
  }
  assert.match(t, re, sel);
  return t;
}

describe("examples", () => {
  test(
    "spa_demo: the seven built-ins from buttons; the title bar's buttons",
    example("spa_demo.tr", { width: 1040, height: 760 }, async (page, shot) => {
      await page.click("#btn-add");
      await waitText(page, "#mathResult", /^Result: 30$/);
      await page.click("#btn-multiply");
      await waitText(page, "#mathResult", /^Result: 200$/);
      await page.click("#btn-upper");
      await waitText(page, "#stringResult", /^HELLO TAURARO!$/);
      await page.click("#btn-lower");
      await waitText(page, "#stringResult", /^hello tauraro!$/);
      await page.click("#btn-reverse");
      await waitText(page, "#arrayResult", /5, 4, 3, 2, 1/);
      await page.click("#btn-sysinfo");
      await waitText(page, "#systemResult", /OS:.*Architecture:.*Family:/);
      await page.click("#btn-echo");
      await waitText(page, "#echoResult", /"user": "Ada"/);
      await shot("clicked");
      const actions = await page.evaluate(async () => {
        const g = globalThis as any;
        const got: string[] = [];
        g.__TAURARO__.listen("tauraro://window", (e: any) => got.push(e.payload.action));
        g.document.querySelector(".wv-titlebar__btn--minimize").click();
        g.document.querySelector(".wv-titlebar__btn--maximize").click();
        for (let i = 0; i < 50 && got.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
        return got;
      });
      assert.deepEqual(actions, ["minimize", "toggle_maximize"]);
    }),
  );

  test(
    "backend_demo: dict, named-parameter, bound-method, closure and lambda handlers",
    example("backend_demo.tr", { width: 1000, height: 780 }, async (page, shot) => {
      await page.selectOption("#lang", "ha");
      await page.click("#btn-greet");
      await waitText(page, "#greet-out", /"greeting": "Sannu, Ada!"/);
      await page.click("#btn-area");
      await waitText(page, "#area-out", /"area": 60/);
      await page.selectOption("#shape", "hexagon");
      await page.click("#btn-area");
      await waitText(page, "#area-out", /^ValueError: unknown shape 'hexagon'$/);
      await page.click("#btn-analyze");
      await waitText(page, "#stats", /characters67words14/);
      await page.click("#btn-shout");
      await waitText(page, "#text-out", /^"NEVER ODD OR EVEN\..*!"$/);
      await page.click("#btn-recent");
      await waitText(page, "#text-out", /Never odd or even/);
      await page.click("#btn-bump");
      await waitText(page, "#text-out", /^1$/);
      await page.click("#btn-bump");
      await waitText(page, "#text-out", /^2$/);
      await shot("clicked");
    }),
  );

  test(
    "todo: add, toggle, filter, clear and delete through widget callbacks",
    example("todo.tr", { width: 760, height: 680 }, async (page, shot) => {
      const ids = () => page.evaluate(() => [...(globalThis as any).document.querySelectorAll('[id^="todo-check-"]')].map((e: any) => e.id));
      assert.deepEqual(await ids(), ["todo-check-1", "todo-check-2", "todo-check-3"]);
      await page.fill("#new-todo", "Buy milk");
      await page.press("#new-todo", "Enter");
      await page.waitForSelector("#todo-check-4");
      await waitText(page, "#todo-card", /3 items left/);
      await shot("added");
      await page.click("#todo-check-2");
      await waitText(page, "#todo-card", /2 items left/);
      await page.getByText("Active", { exact: true }).click();
      await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('[id^="todo-check-"]').length === 2);
      assert.deepEqual(await ids(), ["todo-check-3", "todo-check-4"]);
      await page.getByText("All", { exact: true }).click();
      await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('[id^="todo-check-"]').length === 4);
      await page.getByText("Clear done", { exact: true }).click();
      await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('[id^="todo-check-"]').length === 2);
      await page.getByText("Delete").first().click();
      await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('[id^="todo-check-"]').length === 1);
      assert.deepEqual(await ids(), ["todo-check-4"]);
      await shot("edited");
    }),
  );

  test(
    "widget_gallery: every interactive widget calls back",
    example("widget_gallery.tr", { width: 1280, height: 860 }, async (page, shot) => {
      await page.getByText("+", { exact: true }).first().click();
      await waitText(page, "#count", /^1$/);
      await page.getByText("−", { exact: true }).first().click();
      await waitText(page, "#count", /^0$/);
      await page.getByPlaceholder("Ada Lovelace").fill("Grace");
      await waitText(page, "#greeting", /^Hello, Grace!$/);
      await page.locator(".wv-switch").first().click();
      await page.waitForFunction(() => /rgb\(15, 23, 42\)/.test((globalThis as any).document.getElementById("preview").style.backgroundColor));
      await page.locator("input[type=range]").first().fill("73");
      await waitText(page, "#volume", /^73%$/);
      await page.locator("select").first().selectOption("Large");
      await waitText(page, "#size", /^Selected: Large$/);
      await page.getByText("Starred", { exact: true }).click();
      await waitText(page, "#tile-status", /^Opened Starred \(1 taps\)$/);
      await page.locator("#likes").click();
      await waitText(page, "#likes", /♥ 1/);
      await page.locator("#likes").click();
      await waitText(page, "#likes", /♥ 2/);
      await page.locator("#dbl-box").dblclick();
      await waitText(page, "#dbl-text", /^Double-tapped!$/);
      await page.getByText("InkWell: +1").click();
      await waitText(page, "#count", /^1$/);
      await page.locator(".wv-fab").first().click();
      await waitText(page, "#count", /^2$/);
      await shot("clicked");
    }),
  );

  test(
    "dashboard: KPIs, charts and orders from Tauraro handlers; range buttons",
    example("dashboard.tr", { width: 1280, height: 860 }, async (page, shot) => {
      await waitText(page, "#kpi-revenue", /^\$[\d,]+$/);
      const thirty = await textOf(page, "#kpi-revenue");
      assert.equal(await page.locator("#orders tr").count(), 8);
      await page.locator("#ranges button").first().click();
      await page.waitForFunction((t) => (globalThis as any).document.getElementById("kpi-revenue").textContent.trim() !== t, thirty);
      assert.match(await textOf(page, "#kpi-orders"), /^[\d,]+$/);
      const charts = await page.evaluate(() => Object.keys((globalThis as any).Chart?.instances ?? {}).length);
      assert.equal(charts, 2);
      await page.waitForTimeout(400); // chart animation
      await shot("7days");
    }),
  );
});
