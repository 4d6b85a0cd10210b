/** Shared fixtures of the host tests: a local page server, a private X display, process checks. */
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Poll `check` every 25 ms until it returns a non-undefined value or `ms` pass. */
export async function waitUntil<T>(check: () => T | undefined | Promise<T | undefined>, ms = 5000): Promise<T | undefined> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined || Date.now() > end) return v;
    await sleep(25);
  }
}

/** The test page: a dark title bar and some text. */
export const TEST_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Host test</title>
<style>
  html, body { margin: 0; height: 100%; font-family: sans-serif; background: #f4f6fb; }
  #bar { height: 40px; background: #1e1e1e; color: #fff; display: flex; align-items: center; padding: 0 12px; }
  main { padding: 24px; } h1 { color: #2456c8; }
</style></head>
<body><div id="bar">Tauraro host test — title bar</div>
<main><h1>Hello from the host test</h1><p>Unicode: ünïcødé ✓ 日本語</p></main></body></html>`;

/** Serve `html` on 127.0.0.1; returns its URL and a close function. */
export async function servePage(html = TEST_PAGE): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", connection: "close" });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Whether an executable is on PATH. */
export function have(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

/** Live processes whose command line mentions `text` (zombies have no command line). */
export function processesMentioning(text: string): number[] {
  const out: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^[0-9]+$/.test(name)) continue;
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, "utf8");
      if (cmd.includes(text)) out.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** A private X server (and a window manager when one is installed). */
export interface XDisplay {
  display: string;
  /** Whether a window manager runs (needed for real minimize/maximize). */
  windowManager: string | null;
  stop(): Promise<void>;
}

function stopChild(p: ChildProcess | null): Promise<void> {
  if (p === null || p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise<void>((r) => {
    p.once("exit", () => r());
    p.kill("SIGTERM");
  });
}

/** Start `Xvfb :N` on a free display number, plus openbox when installed. */
export async function startXvfb(): Promise<XDisplay> {
  let n = 90 + Math.floor(Math.random() * 400);
  while (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) n++;
  const display = `:${n}`;
  const xvfb = spawn("Xvfb", [display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"], { stdio: "ignore" });
  const up = await waitUntil(() => (existsSync(`/tmp/.X11-unix/X${n}`) ? true : undefined), 10_000);
  if (up !== true) {
    await stopChild(xvfb);
    throw new Error(`Xvfb ${display} did not start`);
  }
  let wm: ChildProcess | null = null;
  let windowManager: string | null = null;
  if (have("openbox")) {
    wm = spawn("openbox", [], { stdio: "ignore", env: { ...process.env, DISPLAY: display } });
    windowManager = "openbox";
    // Wait until the WM has claimed the screen (it sets _NET_SUPPORTING_WM_CHECK on the root).
    if (have("xprop")) {
      await waitUntil(() => {
        const r = spawnSync("xprop", ["-root", "_NET_SUPPORTING_WM_CHECK"], { env: { ...process.env, DISPLAY: display }, encoding: "utf8" });
        return r.stdout.includes("window id") ? true : undefined;
      }, 15_000);
    } else {
      await sleep(700);
    }
  }
  return {
    display,
    windowManager,
    stop: async () => {
      await stopChild(wm);
      await stopChild(xvfb);
    },
  };
}
