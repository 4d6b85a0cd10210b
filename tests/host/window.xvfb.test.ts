/**
 * The real thing: a headful app-mode window on a private X server (Xvfb), with a window manager
 * (openbox) when installed so minimize/maximize are real, and real mouse/keyboard input through
 * xdotool when installed.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startApp } from "../../src/bridge/bridge.js";
import { findBrowser, openAppWindow, runWindowed } from "../../src/host/index.js";
import type { AppWindow } from "../../src/host/index.js";
import { processGroupAlive } from "../../src/host/processTree.js";
import { have, processesMentioning, servePage, sleep, startXvfb, waitUntil } from "./helpers.js";
import type { XDisplay } from "./helpers.js";

const browser = findBrowser();
const skip =
  process.platform !== "linux"
    ? "Xvfb tests run on Linux only"
    : !have("Xvfb")
      ? "Xvfb is not installed (apt-get install xvfb)"
      : browser === null
        ? "no Chromium-family browser installed"
        : false;

let x: XDisplay;
let page: { url: string; close: () => Promise<void> };
before(async () => {
  if (skip !== false) return;
  x = await startXvfb();
  page = await servePage();
});
after(async () => {
  if (skip !== false) return;
  await page.close();
  await x.stop();
});

const xdo = (...args: (string | number)[]): string =>
  execFileSync("xdotool", args.map(String), { env: { ...process.env, DISPLAY: x.display }, encoding: "utf8" });

function open(title: string): Promise<AppWindow> {
  return openAppWindow({
    url: `${page.url}?${encodeURIComponent(title)}`,
    title,
    width: 640,
    height: 400,
    resizable: true,
    decorations: false,
    env: { DISPLAY: x.display },
  });
}

async function loaded(win: AppWindow): Promise<void> {
  await waitUntil(() => win.evaluate<boolean>("document.readyState === 'complete' || undefined"));
  await win.sized;
  // the resize is asynchronous under X: wait until the page area has the app's size
  await waitUntil(async () => {
    const [w, h] = await win.evaluate<number[]>("[innerWidth, innerHeight]");
    return w === 640 && h === 400 ? true : undefined;
  });
}

function assertGone(win: AppWindow): void {
  assert.equal(existsSync(win.profileDir), false, "profile dir removed");
  assert.equal(processGroupAlive(win.pid), false, "no live process in the browser's group");
  assert.deepEqual(processesMentioning(win.profileDir), [], "no process uses the profile");
}

test("headful window: page area sized, real window states, screenshot, close", { skip }, async (t) => {
  const win = await open("Xvfb states");
  try {
    await loaded(win);
    const png = await win.screenshot();
    writeFileSync("/tmp/tauraro-host-xvfb.png", png);
    assert.equal(png.readUInt32BE(16), 640); // PNG IHDR width
    assert.equal(png.readUInt32BE(20), 400); // PNG IHDR height

    if (x.windowManager === null) {
      t.diagnostic("no window manager installed (apt-get install openbox): window states not checked headful");
    } else {
      const seen: string[] = [];
      for (const step of ["minimize", "restore", "toggleMaximize", "toggleMaximize", "maximize", "restore"] as const) {
        await win[step]();
        seen.push((await win.getBounds()).windowState);
      }
      assert.deepEqual(seen, ["minimized", "normal", "maximized", "normal", "maximized", "normal"]);
      // maximized really fills the screen (1280×800 less what the WM keeps)
      // (the geometry may follow the state a moment later under a window manager)
      await win.maximize();
      const m = await waitUntil(async () => {
        const b = await win.getBounds();
        return b.width >= 1200 ? b : undefined;
      }, 3000);
      assert.ok(m !== undefined, `maximized bounds ${JSON.stringify(await win.getBounds())}`);
      await win.restore();
      const r = await waitUntil(async () => {
        const b = await win.getBounds();
        return b.width === 640 ? b : undefined;
      }, 3000);
      assert.ok(r !== undefined, `restored bounds ${JSON.stringify(await win.getBounds())}`);
    }
  } finally {
    await win.close();
  }
  assertGone(win);
});

test("dragging the app's title bar moves the window (real mouse via xdotool)", { skip: skip || (have("xdotool") ? false : "xdotool is not installed") }, async () => {
  const win = await open("Xvfb drag");
  try {
    await loaded(win);
    await sleep(200);
    const before = await win.getBounds();
    // a point on the page's own title bar (the 40px dark bar at the top of the page), in screen coordinates
    const [px, py] = await win.evaluate<number[]>("[screenX + (outerWidth - innerWidth) / 2 + 300, screenY + (outerHeight - innerHeight) + 20]");
    const sx = Math.round(px!);
    const sy = Math.round(py!);
    xdo("mousemove", sx, sy);
    await sleep(100);
    xdo("mousedown", 1);
    // what the bridge does when the title bar posts window:drag_start
    await win.startDrag({ screenX: sx, screenY: sy });
    for (let i = 1; i <= 20; i++) {
      xdo("mousemove", sx + i * 8, sy + i * 5);
      await sleep(15);
    }
    xdo("mouseup", 1);
    const moved = await waitUntil(async () => {
      const b = await win.getBounds();
      return b.left === before.left + 160 && b.top === before.top + 100 ? b : undefined;
    }, 3000);
    assert.ok(moved !== undefined, `window at ${JSON.stringify(await win.getBounds())}, expected ${before.left + 160},${before.top + 100}`);
    // after mouseup the window no longer follows the pointer
    xdo("mousemove", sx + 400, sy + 300);
    await sleep(200);
    const still = await win.getBounds();
    assert.equal(still.left, before.left + 160);
    assert.equal(still.top, before.top + 100);
  } finally {
    await win.close();
  }
  assertGone(win);
});

test("the user closing the window (Ctrl+W) resolves closed and cleans up", { skip: skip || (have("xdotool") ? false : "xdotool is not installed") }, async () => {
  const win = await open("Xvfb user close");
  await loaded(win);
  const id = xdo("search", "--name", "Host test").trim().split("\n")[0]!;
  xdo("windowactivate", "--sync", id);
  xdo("key", "--clearmodifiers", "ctrl+w");
  const ended = await Promise.race([win.closed.then(() => "closed"), sleep(10_000).then(() => "timeout")]);
  if (ended !== "closed") await win.close();
  assert.equal(ended, "closed");
  assertGone(win);
});

/** A page whose own title bar starts a window drag through the bridge, as CustomTitleBar does. */
const TITLEBAR_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bridge drag</title>
<style>html,body{margin:0;height:100%;font-family:sans-serif}#bar{height:40px;background:#1e1e1e;color:#fff;display:flex;align-items:center;padding:0 12px;user-select:none}</style>
</head><body><div id="bar">Drag me</div><p style="padding:20px">content</p>
<script>document.getElementById("bar").addEventListener("mousedown", () => tauraro.window.startDrag());</script>
</body></html>`;

test("through the bridge: a mousedown on the page's title bar drags the real window", { skip: skip || (have("xdotool") ? false : "xdotool is not installed") }, async () => {
  const app = await startApp({
    file: "/fixture.tr",
    workerScript: fileURLToPath(new URL("../bridge/fixtures/jsWorker.js", import.meta.url)),
    workerExtra: { html: TITLEBAR_PAGE },
  });
  assert.ok(app.url !== null && app.page !== null);
  let win: AppWindow | null = null;
  const run = runWindowed({
    url: app.url,
    window: app.page,
    env: { DISPLAY: x.display },
    handleSignals: false,
    controllerSink: (c) => app.setWindow(c),
    stop: app.exited,
    onOpen: (w) => (win = w),
  });
  const w = (await waitUntil(() => win ?? undefined, 20_000))!;
  try {
    await waitUntil(() => w.evaluate<boolean>("(window.tauraro && window.tauraro.connected) || undefined"), 10_000);
    await w.sized;
    await sleep(300);
    const before = await w.getBounds();
    const [px, py] = await w.evaluate<number[]>("[screenX + (outerWidth - innerWidth) / 2 + 200, screenY + (outerHeight - innerHeight) + 20]");
    const sx = Math.round(px!);
    const sy = Math.round(py!);
    xdo("mousemove", sx, sy);
    await sleep(100);
    xdo("mousedown", 1);
    await sleep(30); // the host only needs a few ms to start following the pointer
    for (let i = 1; i <= 20; i++) {
      xdo("mousemove", sx + i * 6, sy + i * 4);
      await sleep(15);
    }
    xdo("mouseup", 1);
    const moved = await waitUntil(async () => {
      const b = await w.getBounds();
      return b.left === before.left + 120 && b.top === before.top + 80 ? b : undefined;
    }, 3000);
    assert.ok(moved !== undefined, `window at ${JSON.stringify(await w.getBounds())}, expected ${before.left + 120},${before.top + 80}`);
    await w.evaluate("setTimeout(() => ipc.postMessage('window:close'), 10), true");
    assert.deepEqual(await run, { outcome: "closed" });
  } finally {
    await w.close();
    await app.close();
  }
  assertGone(w);
});
