/**
 * The Chromium host against a real browser, headless (`--headless=new` keeps `--app` and emulates
 * window states, so every DevTools call is the real one). The headful run under Xvfb, with a window
 * manager, is in window.xvfb.test.ts.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import { findBrowser, openAppWindow } from "../../src/host/index.js";
import type { AppWindow } from "../../src/host/index.js";
import { processGroupAlive } from "../../src/host/processTree.js";
import { processesMentioning, servePage, waitUntil } from "./helpers.js";

const browser = findBrowser();
const skip = browser === null ? "no Chromium-family browser installed" : false;

let page: { url: string; close: () => Promise<void> };
before(async () => {
  page = await servePage();
});
after(async () => {
  await page.close();
});

function open(extra: Partial<Parameters<typeof openAppWindow>[0]> = {}): Promise<AppWindow> {
  return openAppWindow({ url: page.url, title: "Host test", width: 640, height: 400, resizable: true, decorations: true, headless: true, ...extra });
}

/** After `closed`: no profile, no live process of the browser's group, none naming the profile. */
function assertGone(win: AppWindow): void {
  assert.equal(win.isClosed, true);
  assert.equal(existsSync(win.profileDir), false, "profile dir removed");
  assert.equal(processGroupAlive(win.pid), false, "no live process in the browser's group");
  assert.deepEqual(processesMentioning(win.profileDir), [], "no process uses the profile");
}

test("opens the page in app mode, sized, controllable; close ends everything", { skip }, async () => {
  const win = await open();
  try {
    assert.match(win.profileDir, /tauraro-browser-/);
    assert.ok(existsSync(win.profileDir));
    const heading = await waitUntil(() => win.evaluate<string | null>("document.querySelector('h1')?.textContent ?? undefined"));
    assert.equal(heading, "Hello from the host test");
    await win.sized;
    // the page area is the app's width × height; the frame is outside it
    assert.deepEqual(await waitUntil(async () => {
      const s = await win.evaluate<number[]>("[innerWidth, innerHeight]");
      return s[0] === 640 && s[1] === 400 ? s : undefined;
    }), [640, 400]);

    const states: string[] = [];
    const state = async (): Promise<string> => (await win.getBounds()).windowState;
    states.push(await state());
    await win.minimize();
    states.push(await state());
    await win.restore();
    states.push(await state());
    await win.toggleMaximize();
    states.push(await state());
    await win.toggleMaximize();
    states.push(await state());
    await win.maximize();
    states.push(await state());
    await win.restore();
    states.push(await state());
    assert.deepEqual(states, ["normal", "minimized", "normal", "maximized", "normal", "maximized", "normal"]);

    await win.setBounds({ left: 40, top: 30 });
    const b = await win.getBounds();
    assert.equal(b.left, 40);
    assert.equal(b.top, 30);

    await win.setTitle("Renamed ✓");
    assert.equal(await win.evaluate("document.title"), "Renamed ✓");

    const png = await win.screenshot();
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    writeFileSync("/tmp/tauraro-host-headless.png", png);
  } finally {
    await win.close();
  }
  await win.closed;
  assertGone(win);
  // controlling a closed window is a no-op
  await win.minimize();
  await win.close();
});

test("the browser going away (crash, kill) resolves closed and cleans up", { skip }, async () => {
  const win = await open();
  process.kill(win.pid, "SIGKILL");
  await win.closed;
  assertGone(win);
});

test("an unusable browser is a launch error, and leaves no profile behind", { skip }, async () => {
  await assert.rejects(open({ browserPath: "/bin/false" }), { name: "BrowserLaunchError" });
  await assert.rejects(open({ browserPath: "/nonexistent/chrome" }), { name: "BrowserNotFoundError" });
});
