/**
 * Assembled pages in real headless Chromium (playwright-core, the system's /usr/bin/chromium):
 * the offline CDN copies really apply (Tailwind, Bootstrap, Font Awesome, Chart.js), every
 * request is answered locally, the widget callback → UI update loop works (a counter), the
 * titlebar buttons post the window messages, and a screenshot of the widget gallery is written.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { addCustomJs, assemblePage, createWindowSpec, includeCdn, toPageUpdate, widget as W, type WidgetNode } from "../../src/webviewtk/index.js";

const CHROMIUM = "/usr/bin/chromium";
const skip = existsSync(CHROMIUM) ? false : "no /usr/bin/chromium";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

interface Served {
  url: string;
  server: Server;
  /** Widget events received, for assertions. */
  events: unknown[];
}

/**
 * Serve one assembled page at "/", its assets, and POST /invoke standing in for the bridge:
 * `__widget_event__` calls `onEvent`, whose result goes through toPageUpdate like the binding's.
 */
async function serve(html: string, assets: Record<string, string>, onEvent: (e: any) => unknown = () => null): Promise<Served> {
  const events: unknown[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").replace(/[?#].*$/, ""));
    if (req.method === "POST" && path === "/invoke") {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        const { command, args } = JSON.parse(body);
        let reply: unknown = null;
        if (command === "__widget_event__") {
          events.push(args);
          reply = toPageUpdate(onEvent(args));
        }
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(reply));
      });
      return;
    }
    if (path === "/") {
      res.writeHead(200, { "content-type": TYPES[".html"] });
      res.end(html);
      return;
    }
    const file = assets[path];
    if (!file) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server, events };
}

/** The stand-in for the bridge's page API: invoke over fetch, ipc.postMessage recorded. */
const FAKE_BRIDGE = `
window.__ipc = [];
window.ipc = { postMessage: function (m) { window.__ipc.push(m); } };
window.invoke = function (command, args) {
  return fetch("/invoke", { method: "POST", body: JSON.stringify({ command: command, args: args || {} }) }).then(function (r) { return r.json(); });
};`;

let browser: Browser;
before(async () => {
  if (skip) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});
after(async () => {
  await browser?.close();
});

/** Open a page; record every request that left the local server or failed. */
async function open(url: string, size = { width: 1100, height: 800 }): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: size });
  const problems: string[] = [];
  const origin = new URL(url).origin;
  page.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) problems.push(`external request: ${r.url()}`);
  });
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.goto(url, { waitUntil: "load" });
  return { page, problems };
}

test("offline CDN copies apply: Tailwind, Bootstrap, Font Awesome, Chart.js", { skip }, async () => {
  const win = createWindowSpec({ title: "Libraries" });
  includeCdn(win, "TAILWIND_CSS");
  includeCdn(win, "BOOTSTRAP_CSS");
  includeCdn(win, "FONT_AWESOME");
  includeCdn(win, "CHART_JS");
  win.customHtml = `
    <div id="tw" class="pt-[13px] bg-red-500 rounded-xl">tailwind</div>
    <button id="bs" class="btn btn-primary">bootstrap</button>
    <i id="fa" class="fa-solid fa-house"></i>
    <div style="width:300px;height:150px"><canvas id="chart"></canvas></div>`;
  addCustomJs(win, `window.__chart = new Chart(document.getElementById("chart"), { type: "bar", data: { labels: ["a", "b"], datasets: [{ data: [1, 2] }] }, options: { animation: false } });`);
  const { html, assets } = assemblePage(win, null);
  const s = await serve(html, assets);
  try {
    const { page, problems } = await open(s.url);
    await page.waitForFunction(`getComputedStyle(document.getElementById("tw")).paddingTop === "13px"`, undefined, { timeout: 10000 });
    const tw = await page.evaluate(`(() => { const s = getComputedStyle(document.getElementById("tw")); return { pad: s.paddingTop, bg: s.backgroundColor, radius: s.borderTopLeftRadius }; })()`) as any;
    assert.equal(tw.pad, "13px");
    assert.notEqual(tw.bg, "rgba(0, 0, 0, 0)");
    assert.equal(tw.radius, "12px");
    const bs = await page.evaluate(`getComputedStyle(document.getElementById("bs")).backgroundColor`);
    assert.equal(bs, "rgb(13, 110, 253)");
    await page.evaluate(`document.fonts.ready`);
    const fa = await page.evaluate(`(() => {
      const s = getComputedStyle(document.getElementById("fa"), "::before");
      return { family: getComputedStyle(document.getElementById("fa")).fontFamily, content: s.content, loaded: document.fonts.check('900 16px "Font Awesome 6 Free"'), width: document.getElementById("fa").getBoundingClientRect().width };
    })()`) as any;
    assert.match(fa.family, /Font Awesome 6 Free/);
    assert.notEqual(fa.content, "none");
    assert.equal(fa.loaded, true);
    assert.ok(fa.width > 5, `icon width ${fa.width}`);
    assert.equal(await page.evaluate(`typeof Chart`), "function");
    assert.equal(await page.evaluate(`window.__chart instanceof Chart && window.__chart.data.datasets[0].data.length`), 2);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    s.server.close();
  }
});

/** The widget gallery: the same tree examples/widget_gallery.tr builds. */
function gallery(count: number): WidgetNode {
  const T = (text: string, props: Record<string, unknown> = {}) => W("Text", { text, ...props });
  const section = (title: string, child: WidgetNode) =>
    W("Card", { child: W("Column", { spacing: 12, children: [T(title, { font_size: 13, font_weight: 700, color: "#6b7280", text_transform: "uppercase", letter_spacing: "0.06em" }), child] }) });
  return W("CustomTitleBar", {
    title: "Widget Gallery — WebViewTK",
    background_color: "#111827",
    child: W("Scaffold", {
      app_bar: W("AppBar", { title: "Widget Gallery", leading: "widgets", actions: [W("IconButton", { icon: "search" }), W("IconButton", { icon: "settings" })] }),
      floating_action_button: W("FloatingActionButton", { icon: "add", on_click: "cb_fab" }),
      body: W("Padding", {
        padding: 24,
        child: W("GridView", {
          columns: 3,
          spacing: 20,
          children: [
            section("Counter", W("Row", { spacing: 12, cross_axis_alignment: "center", children: [
              W("Button", { text: "−", on_click: "cb_dec", variant: "outlined" }),
              T(String(count), { id: "count", font_size: 28, font_weight: 700, min_width: 40, text_align: "center" }),
              W("Button", { text: "+", on_click: "cb_inc" }),
            ] })),
            section("Text", W("Column", { spacing: 4, children: [
              T("Headline", { font_size: 24, font_weight: 700 }),
              T("Body text with <escaped> markup & quotes \"\"", { color: "#374151" }),
              T("<em>raw html</em> allowed", { raw_html: true, color: "#2563eb" }),
            ] })),
            section("Buttons", W("Wrap", { spacing: 8, children: [
              W("Button", { text: "Filled" }), W("Button", { text: "Outlined", variant: "outlined" }), W("Button", { text: "Text", variant: "text" }),
              W("Button", { text: "Disabled", disabled: true }), W("Button", { text: "Save", icon: "save", background_color: "#16a34a" }),
            ] })),
            section("Inputs", W("Column", { spacing: 12, children: [
              W("TextField", { label: "Name", placeholder: "Ada Lovelace", on_change: "cb_name" }),
              W("TextField", { label: "Password", password: true, value: "secret" }),
              W("Row", { spacing: 16, children: [W("Checkbox", { value: true, label: "Checkbox" }), W("Switch", { value: true, label: "Switch" })] }),
              W("Slider", { value: 40 }),
              W("Dropdown", { items: ["Small", "Medium", "Large"], value: "Medium" }),
            ] })),
            section("List", W("Column", { children: [
              W("ListTile", { leading: "inbox", title: "Inbox", subtitle: "3 unread", trailing: T("3"), on_tap: "cb_tile" }),
              W("Divider", { indent: 56 }),
              W("ListTile", { leading: "star", title: "Starred", subtitle: "Pinned items" }),
              W("Divider", { indent: 56 }),
              W("ListTile", { leading: "send", title: "Sent", selected: true }),
            ] })),
            section("Layout", W("Column", { spacing: 8, children: [
              W("Row", { spacing: 8, children: [
                W("Expanded", { child: W("Container", { height: 40, background_color: "#bfdbfe", border_radius: 8 }) }),
                W("Expanded", { flex: 2, child: W("Container", { height: 40, background_color: "#93c5fd", border_radius: 8 }) }),
                W("SizedBox", { width: 40, height: 40, child: W("Container", { height: "100%", background_color: "#3b82f6", border_radius: 8 }) }),
              ] }),
              W("Stack", { children: [
                W("Container", { height: 70, background: "linear-gradient(135deg, #6366f1, #ec4899)", border_radius: 10 }),
                W("Positioned", { top: 8, right: 8, child: W("Icon", { name: "favorite", color: "#fff" }) }),
                W("Positioned", { bottom: 8, left: 12, child: T("Stack + Positioned", { color: "#fff", font_weight: 600 }) }),
              ] }),
            ] })),
            section("Gestures", W("Row", { spacing: 12, children: [
              W("InkWell", { on_tap: "cb_ink", border_radius: 10, child: W("Container", { padding: "12px 16px", border: "1px solid #e5e7eb", border_radius: 10, child: T("InkWell") }) }),
              W("GestureDetector", { on_double_tap: "cb_dbl", child: W("Container", { padding: "12px 16px", background_color: "#fef3c7", border_radius: 10, child: T("Double-tap me") }) }),
            ] })),
            section("Icons & images", W("Row", { spacing: 12, cross_axis_alignment: "center", children: [
              W("Icon", { name: "home", size: 32, color: "#2563eb" }), W("Icon", { name: "favorite", size: 32, color: "#e11d48" }),
              W("Icon", { name: "★", size: 28, color: "#f59e0b" }), W("CircularProgressIndicator", { size: 28 }),
            ] })),
            section("Center / Padding", W("Container", { height: 90, background_color: "#f1f5f9", border_radius: 10, child: W("Center", { child: W("Padding", { padding: [6, 12], child: T("centered", { color: "#0f172a" }) }) }) })),
          ],
        }),
      }),
    }),
  });
}

test("widget gallery: callbacks update the UI without reload; titlebar posts window messages; screenshot", { skip }, async () => {
  let count = 0;
  const win = createWindowSpec({ title: "Widget Gallery", nativeTitlebar: false });
  addCustomJs(win, FAKE_BRIDGE);
  const { html, assets } = assemblePage(win, gallery(count));
  const s = await serve(html, assets, (e) => {
    if (e.id === "cb_inc") count++;
    else if (e.id === "cb_dec") count--;
    else return null;
    return count === 3 ? W("Text", { text: "3", id: "count", font_size: 28, font_weight: 700, color: "#16a34a" }) : { set_text: { id: "count", text: String(count) } };
  });
  try {
    const { page, problems } = await open(s.url, { width: 1280, height: 860 });
    await page.evaluate(`document.fonts.ready`);
    await page.evaluate(`window.__loaded = true`);
    // Counter: + + − + + → 1 2 1 2 3 (the last reply is a re-rendered Text widget)
    const steps: [string, string][] = [["cb_inc", "1"], ["cb_inc", "2"], ["cb_dec", "1"], ["cb_inc", "2"], ["cb_inc", "3"]];
    for (const [id, shown] of steps) {
      await page.click(`[data-tr-on-click="${id}"]`);
      await page.waitForFunction(`document.getElementById("count").textContent === "${shown}"`, undefined, { timeout: 5000 });
    }
    assert.equal(await page.evaluate(`getComputedStyle(document.getElementById("count")).color`), "rgb(22, 163, 74)");
    assert.equal(await page.evaluate(`window.__loaded`), true, "no page reload");
    // Text input reaches on_change with the value; the InkWell tap and double tap reach theirs.
    await page.fill(`input[data-tr-on-change="cb_name"]`, "Ada");
    await page.click(`[data-tr-on-click="cb_ink"]`);
    await page.dblclick(`[data-tr-on-dblclick="cb_dbl"]`);
    await page.waitForFunction(`true`);
    for (let i = 0; i < 50 && !s.events.some((e: any) => e.id === "cb_dbl"); i++) await new Promise((r) => setTimeout(r, 20));
    const name = s.events.filter((e: any) => e.id === "cb_name").pop() as any;
    assert.equal(name.event, "change");
    assert.equal(name.value, "Ada");
    assert.ok(s.events.some((e: any) => e.id === "cb_ink" && e.event === "click"));
    assert.ok(s.events.some((e: any) => e.id === "cb_dbl" && e.event === "dblclick"));
    // Titlebar: drag region and buttons.
    const region = await page.evaluate(`(() => { const b = document.querySelector(".wv-titlebar"); const btn = document.querySelector(".wv-titlebar__btn"); return [getComputedStyle(b).getPropertyValue("app-region") || getComputedStyle(b).getPropertyValue("-webkit-app-region"), getComputedStyle(btn).getPropertyValue("app-region") || getComputedStyle(btn).getPropertyValue("-webkit-app-region"), b.getBoundingClientRect().height, document.querySelector(".wv-appbar").getBoundingClientRect().top]; })()`) as any[];
    assert.equal(region[0], "drag");
    assert.equal(region[1], "no-drag");
    assert.equal(region[2], 40);
    assert.equal(region[3], 40, "content starts below the bar");
    await page.screenshot({ path: join(tmpdir(), "webviewtk-widget-gallery.png") });
    await page.click(`[data-tr-window="minimize"]`);
    await page.click(`[data-tr-window="maximize"]`);
    await page.click(`[data-tr-window="close"]`);
    await page.mouse.move(300, 20);
    await page.mouse.down();
    await page.mouse.up();
    assert.deepEqual(await page.evaluate(`window.__ipc`), ["window:minimize", "window:maximize", "window:close", "window:drag_start"]);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    s.server.close();
  }
});
