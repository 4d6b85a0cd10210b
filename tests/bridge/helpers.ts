/** Shared setup for the bridge tests: real Chromium, real app servers, real processes. */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { startApp, type RunningApp } from "../../src/bridge/bridge.js";

const here = dirname(fileURLToPath(import.meta.url)); // dist/tests/bridge
/** The repository root. */
export const ROOT = join(here, "..", "..", "..");
/** The compiled JS fixture worker (JS handlers behind the real serve loop). */
export const FIXTURE_WORKER = join(here, "fixtures", "jsWorker.js");
/** Tauraro test apps (sources, not compiled). */
export const APPS = join(ROOT, "tests", "bridge", "apps");
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** Headless Chromium with the project's standard switches. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** An app served in-process whose handlers are the JS fixture's. */
export function startFixtureApp(extra?: { html?: string; assets?: Record<string, string> }, log?: (l: string) => void): Promise<RunningApp> {
  return startApp({ file: FIXTURE_WORKER, workerScript: FIXTURE_WORKER, workerExtra: extra, log });
}

/** Whether the CLI is built (the Tauraro end-to-end tests need `tauraro run --serve`). */
export function cliAvailable(): boolean {
  return existsSync(join(ROOT, "dist", "src", "cli", "main.js"));
}

/** A `tauraro run --serve --port 0 app.tr` process and the URL it printed. */
export interface ServeProcess {
  url: string;
  title: string;
  child: ChildProcess;
  /** Everything the process wrote so far. */
  output(): string;
  /** SIGTERM, then wait for the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Start `node bin/tauraro.cjs run --serve --port 0 <app>` and wait for its `Serving "…" at URL`
 * line.
 */
export function serveApp(app: string, appArgs: string[] = [], timeoutMs = 20000): Promise<ServeProcess> {
  const child = spawn(process.execPath, [join(ROOT, "bin", "tauraro.cjs"), "run", "--serve", "--port", "0", app, ...appArgs], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no "Serving" line within ${timeoutMs} ms; output:\n${out}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /Serving "((?:[^"\\]|\\.)*)" at (http:\/\/127\.0\.0\.1:\d+\/#[A-Za-z0-9_-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off("data", onData);
        child.stdout!.on("data", (d2: Buffer) => (out += d2.toString()));
        resolve({
          url: m[2]!,
          title: JSON.parse(`"${m[1]}"`) as string,
          child,
          output: () => out,
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
            const t = setTimeout(() => child.kill("SIGKILL"), 8000);
            const code = await exited;
            clearTimeout(t);
            return code;
          },
        });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`tauraro exited (${code}) before serving; output:\n${out}`));
    });
  });
}

/** URL pieces of an app URL. */
export function splitUrl(url: string): { origin: string; port: number; secret: string } {
  const u = new URL(url);
  return { origin: u.origin, port: Number(u.port), secret: u.hash.slice(1) };
}
