/**
 * The bridge and the host together, as `tauraro run app.tr` will run them: `startApp` (with the
 * bridge's JS fixture worker standing in for the Tauraro VM) → `runWindowed` → the page's title
 * bar messages reach the real window → `window:close` ends the run.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startApp } from "../../src/bridge/bridge.js";
import { findBrowser, runWindowed } from "../../src/host/index.js";
import type { AppWindow } from "../../src/host/index.js";
import { processGroupAlive } from "../../src/host/processTree.js";
import { waitUntil } from "./helpers.js";

const browser = findBrowser();
const skip = browser === null ? "no Chromium-family browser installed" : false;
const fixtureWorker = fileURLToPath(new URL("../bridge/fixtures/jsWorker.js", import.meta.url));

test("page window messages drive the real window; window:close ends the run", { skip }, async () => {
  const app = await startApp({ file: "/fixture.tr", workerScript: fixtureWorker });
  assert.ok(app.url !== null && app.page !== null);
  let win: AppWindow | null = null;
  const states: string[] = [];
  const run = runWindowed({
    url: app.url,
    window: app.page,
    headless: true,
    handleSignals: false,
    controllerSink: (c) => app.setWindow(c),
    stop: app.exited,
    onOpen: (w) => (win = w),
  });
  const w = (await waitUntil(() => win ?? undefined, 20_000))!;
  try {
    // the page's bridge is connected and invoke reaches a backend handler
    assert.equal(await waitUntil(() => w.evaluate<boolean>("(window.tauraro && window.tauraro.connected) || undefined"), 10_000), true);
    assert.equal(await w.evaluate("window.invoke('add', { a: 2, b: 40 })"), 42);
    const state = async (): Promise<string> => (await w.getBounds()).windowState;
    const until = (s: string) => waitUntil(async () => ((await state()) === s ? s : undefined), 3000);
    // the raw strings the original's title bar posts
    await w.evaluate("ipc.postMessage('window:minimize')");
    states.push((await until("minimized")) ?? (await state()));
    await w.restore();
    await w.evaluate("ipc.postMessage('window:maximize')");
    states.push((await until("maximized")) ?? (await state()));
    await w.evaluate("ipc.postMessage('window:maximize')");
    states.push((await until("normal")) ?? (await state()));
    // backend code asking for it (window.minimize() in Tauraro)
    await w.evaluate("window.invoke('window', { action: 'maximize' })");
    states.push((await until("maximized")) ?? (await state()));
    await w.evaluate("window.invoke('window', { action: 'set_title', value: 'From the backend' })");
    assert.equal(await waitUntil(() => w.evaluate<string>("document.title === 'From the backend' ? document.title : undefined"), 3000), "From the backend");
    assert.deepEqual(states, ["minimized", "maximized", "normal", "maximized"]);
    // the title bar's close button
    // (the browser may be gone before it answers this evaluation)
    await w.evaluate("setTimeout(() => ipc.postMessage('window:close'), 10), true");
    assert.deepEqual(await run, { outcome: "closed" });
  } finally {
    await w.close();
    await app.close();
  }
  assert.equal(existsSync(w.profileDir), false);
  assert.equal(processGroupAlive(w.pid), false);
  assert.equal(await app.exited, 0);
});
