/**
 * `runWindowed`: what `tauraro run app.tr` does once the bridge is up. The signal tests run it in
 * a child process (its own process group, as in a terminal) with a real headless browser.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BrowserNotFoundError, exitCodeOf, findBrowser, runWindowed, servingLine } from "../../src/host/index.js";
import type { WindowController, WindowHost } from "../../src/host/index.js";
import { processGroupAlive } from "../../src/host/processTree.js";
import { processesMentioning, servePage } from "./helpers.js";

const browser = findBrowser();
const skip = browser === null ? "no Chromium-family browser installed" : false;
const hostIndex = fileURLToPath(new URL("../../src/host/index.js", import.meta.url));
const spec = { title: "Run test", width: 500, height: 300, resizable: true, decorations: true };

let page: { url: string; close: () => Promise<void> };
let scratch: string;
before(async () => {
  page = await servePage();
  scratch = mkdtempSync(join(tmpdir(), "tauraro-runwindowed-"));
});
after(async () => {
  await page.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A program that does what the CLI will: runWindowed, then exit with exitCodeOf. */
function childScript(env: Record<string, string> = {}): string {
  const file = join(scratch, `run-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    file,
    `import { runWindowed, exitCodeOf } from ${JSON.stringify(hostIndex)};
const r = await runWindowed({
  url: process.argv[2],
  window: ${JSON.stringify(spec)},
  headless: process.argv[3] === "headless",
  env: ${JSON.stringify(env)},
  onOpen: (w) => console.log("OPEN " + JSON.stringify({ pid: w.pid, profileDir: w.profileDir })),
});
console.log("RESULT " + JSON.stringify(r));
process.exit(exitCodeOf(r));
`,
  );
  return file;
}

/** Run the child until it says OPEN, send `signal` to its process group, collect the end. */
export async function signalRun(signal: NodeJS.Signals, mode: "headless" | "headful", env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [childScript(env), page.url, mode], { stdio: ["ignore", "pipe", "pipe"], detached: true });
  let out = "";
  let err = "";
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  const opened = new Promise<{ pid: number; profileDir: string }>((resolve, reject) => {
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /OPEN (\{.*\})/.exec(out);
      if (m !== null) resolve(JSON.parse(m[1]!));
    });
    child.once("exit", () => reject(new Error(`child exited before opening: ${out}\n${err}`)));
  });
  const win = await opened;
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  process.kill(-child.pid!, signal); // what a terminal does on Ctrl-C: the whole foreground group
  const code = await exited;
  const result = JSON.parse(/RESULT (\{.*\})/.exec(out)?.[1] ?? "null");
  return { code, result, win, err };
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  test(`${signal} closes the window and ends cleanly (exit 0, no browser, no profile)`, { skip }, async () => {
    const { code, result, win, err } = await signalRun(signal, "headless");
    assert.equal(code, 0, err);
    assert.deepEqual(result, { outcome: "signal", signal });
    assert.equal(existsSync(win.profileDir), false);
    assert.equal(processGroupAlive(win.pid), false);
    assert.deepEqual(processesMentioning(win.profileDir), []);
  });
}

test("closing the window ends the run; the controller is handed over and taken back", { skip }, async () => {
  const sunk: (WindowController | null)[] = [];
  const run = runWindowed({
    url: page.url,
    window: spec,
    headless: true,
    handleSignals: false,
    controllerSink: (c) => {
      sunk.push(c);
      if (c !== null) setTimeout(() => void c.close(), 300); // as the page's window:close would
    },
  });
  const result = await run;
  assert.deepEqual(result, { outcome: "closed" });
  assert.equal(exitCodeOf(result), 0);
  assert.equal(sunk.length, 2);
  assert.notEqual(sunk[0], null);
  assert.equal(sunk[1], null);
});

test("stop (the program ended) closes the window", { skip }, async () => {
  let profileDir = "";
  const result = await runWindowed({
    url: page.url,
    window: spec,
    headless: true,
    handleSignals: false,
    stop: new Promise((r) => setTimeout(r, 500)),
    onOpen: (w) => (profileDir = w.profileDir),
  });
  assert.deepEqual(result, { outcome: "stopped" });
  assert.equal(existsSync(profileDir), false);
});

test("no browser: serve instead, say so, print the URL line", async () => {
  const nothing: WindowHost = {
    open: () => Promise.reject(new BrowserNotFoundError("no Chromium-family browser found")),
  };
  const out: string[] = [];
  const errs: string[] = [];
  const result = await runWindowed({
    url: "http://127.0.0.1:1234/#secret",
    window: { ...spec, title: 'My "App"' },
    host: nothing,
    handleSignals: false,
    stop: Promise.resolve(),
    print: (l) => out.push(l),
    warn: (l) => errs.push(l),
  });
  assert.deepEqual(result, { outcome: "served", reason: "no Chromium-family browser found" });
  assert.deepEqual(out, [servingLine('My "App"', "http://127.0.0.1:1234/#secret")]);
  assert.equal(out[0], 'Serving "My \\"App\\"" at http://127.0.0.1:1234/#secret');
  assert.match(errs.join("\n"), /no Chromium-family browser found; serving the app instead/);
});

test("an explicit --browser that does not exist is an error, not a fallback", async () => {
  await assert.rejects(
    runWindowed({ url: page.url, window: spec, browserPath: "/nonexistent/browser", handleSignals: false, print: () => undefined, warn: () => undefined }),
    { name: "BrowserNotFoundError" },
  );
});
