/**
 * The Chromium-family window host: an `--app=URL` window with its own temporary profile,
 * controlled over `--remote-debugging-pipe` (no port is opened).
 *
 * Life cycle: launch → wait for the page target → `Browser.getWindowForTarget` gives the window →
 * size the page area to the app's `width × height` → controllable. The window counts as closed
 * when the page target is destroyed, the DevTools pipe closes or the browser exits (whichever
 * comes first); then the browser is asked to quit, its process group is killed if it lingers, the
 * profile directory is removed, and only then does `closed` resolve. If Node exits first (an
 * uncaught error, `process.exit`), an `exit` hook kills the group and removes the profile.
 *
 * @module
 */
import { nodeChildProcess } from "../lazyNode.js";
import type { ChildProcess } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { chromiumArgs } from "./browserArgs.js";
import { CdpConnection } from "./cdp.js";
import { BrowserNotFoundError, findBrowser } from "./findBrowser.js";
import { killProcessTree, processGroupAlive } from "./processTree.js";
import { createProfileDir, removeProfileDir, sweepStaleProfiles } from "./profileDir.js";
import type { AppWindow, OpenWindowOptions, ScreenPoint, WindowBounds, WindowHost, WindowState } from "./types.js";
import { WindowDragger } from "./windowDrag.js";

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Raised when the browser could not be started or never showed its page. */
export class BrowserLaunchError extends Error {
  override name = "BrowserLaunchError";
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Resolve with `p`'s value, or with `fallback` after `ms` milliseconds. */
function within<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/** Keeps the last lines a process wrote, for error messages. */
class LineTail {
  private readonly lines: string[] = [];
  private partial = "";
  constructor(
    private readonly keep: number,
    private readonly sink?: (line: string) => void,
  ) {}
  push(chunk: Buffer): void {
    const parts = (this.partial + chunk.toString("utf8")).split("\n");
    this.partial = parts.pop() ?? "";
    for (const line of parts) {
      this.sink?.(line);
      this.lines.push(line);
      if (this.lines.length > this.keep) this.lines.shift();
    }
  }
  text(): string {
    return [...this.lines, this.partial].filter((l) => l !== "").join("\n");
  }
}

/** One app window in a Chromium-family browser. */
class ChromiumWindow implements AppWindow {
  readonly closed: Promise<void>;
  private resolveClosed!: () => void;
  private closedFlag = false;
  private shuttingDown: Promise<void> | null = null;
  private processExited: Promise<void>;
  private exitHook: () => void;
  private dragger: WindowDragger | null = null;
  /** Settles once the page area has been sized to the app's width × height (or that failed). */
  sized: Promise<void> = Promise.resolve();

  constructor(
    private readonly proc: ChildProcess,
    private readonly cdp: CdpConnection,
    readonly browserPath: string,
    readonly profileDir: string,
    readonly targetId: string,
    readonly windowId: number,
    readonly sessionId: string,
  ) {
    this.closed = new Promise<void>((r) => (this.resolveClosed = r));
    this.processExited = new Promise<void>((r) => {
      if (proc.exitCode !== null || proc.signalCode !== null) r();
      else proc.once("exit", () => r());
    });
    this.exitHook = () => {
      killProcessTree(this.pid, "SIGKILL");
      removeProfileDir(this.profileDir);
    };
    process.on("exit", this.exitHook);
    const gone = (): void => void this.shutdown();
    cdp.on("Target.targetDestroyed", (p: { targetId: string }) => {
      if (p.targetId === targetId) gone();
    });
    cdp.on("Target.detachedFromTarget", (p: { targetId?: string; sessionId: string }) => {
      if (p.sessionId === sessionId) gone();
    });
    void cdp.closed.then(gone);
    void this.processExited.then(gone);
  }

  get pid(): number {
    return this.proc.pid ?? -1;
  }

  get isClosed(): boolean {
    return this.closedFlag;
  }

  // ---- WindowController ----

  async minimize(): Promise<void> {
    await this.setBounds({ windowState: "minimized" });
  }

  async maximize(): Promise<void> {
    await this.setBounds({ windowState: "maximized" });
  }

  async restore(): Promise<void> {
    await this.setBounds({ windowState: "normal" });
  }

  async toggleMaximize(): Promise<void> {
    if (this.closedFlag) return;
    const { windowState } = await this.getBounds();
    await this.setBounds({ windowState: windowState === "maximized" ? "normal" : "maximized" });
  }

  async close(): Promise<void> {
    await this.shutdown();
  }

  async setTitle(title: string): Promise<void> {
    await this.quiet(this.evaluate(`void (document.title = ${JSON.stringify(String(title))})`), undefined);
  }

  async startDrag(from?: ScreenPoint): Promise<void> {
    if (this.closedFlag) return;
    this.dragger ??= new WindowDragger({
      cdp: this.cdp,
      sessionId: this.sessionId,
      getBounds: () => this.getBounds(),
      setBounds: (b) => this.setBounds(b),
    });
    await this.quiet(this.dragger.start(from), undefined);
  }

  async getBounds(): Promise<WindowBounds> {
    const r = await this.cdp.send<{ bounds: WindowBounds }>("Browser.getWindowBounds", { windowId: this.windowId });
    return r.bounds;
  }

  async setBounds(bounds: Partial<WindowBounds>): Promise<void> {
    if (this.closedFlag || this.cdp.isClosed) return;
    const { windowState, ...rect } = bounds;
    const hasRect = Object.keys(rect).length > 0;
    if (windowState !== undefined && windowState !== "normal" && hasRect) {
      throw new RangeError(`window state '${windowState}' cannot be combined with a position or size`);
    }
    if (hasRect) {
      // Position and size apply only in the normal state.
      const current = await this.quiet(this.getBounds(), null);
      if (current !== null && current.windowState !== "normal") {
        await this.quiet(this.cdp.send("Browser.setWindowBounds", { windowId: this.windowId, bounds: { windowState: "normal" } }), undefined);
        await this.settle("normal");
      }
      await this.quiet(this.cdp.send("Browser.setWindowBounds", { windowId: this.windowId, bounds: rect }), undefined);
      return;
    }
    if (windowState === undefined) return;
    await this.quiet(this.cdp.send("Browser.setWindowBounds", { windowId: this.windowId, bounds: { windowState } }), undefined);
    await this.settle(windowState);
  }

  /**
   * Under a window manager the state changes asynchronously after `Browser.setWindowBounds`
   * answers: wait (3 s at most: a busy machine delays the window manager) until the browser
   * reports it, so that a following toggle or drag sees the new state.
   */
  private async settle(state: WindowState): Promise<void> {
    for (let i = 0; i < 120 && !this.closedFlag; i++) {
      const b = await this.quiet(this.getBounds(), null);
      if (b === null || b.windowState === state) return;
      await sleep(25);
    }
  }

  // ---- AppWindow extras ----

  async evaluate<T = unknown>(expression: string): Promise<T> {
    const r = await this.cdp.send<{ result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      "Runtime.evaluate",
      { expression, returnByValue: true, awaitPromise: true },
      this.sessionId,
    );
    if (r.exceptionDetails !== undefined) {
      throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    }
    return r.result.value as T;
  }

  async screenshot(): Promise<Buffer> {
    const r = await this.cdp.send<{ data: string }>("Page.captureScreenshot", { format: "png" }, this.sessionId);
    return Buffer.from(r.data, "base64");
  }

  /**
   * Make the page area `width × height` CSS pixels: `--window-size` sets the outer size, so add
   * what the frame takes (measured, since it differs between platforms and browsers).
   */
  async fitContent(width: number, height: number): Promise<void> {
    // While the first document is still loading its viewport may not have its final size yet
    // (it reports the outer size): measure once it is parsed, or after 2 s at the latest.
    // A navigation that replaces the document meanwhile rejects the evaluation: measure again.
    let m: number[] | null = null;
    for (let attempt = 0; attempt < 5 && m === null && !this.closedFlag; attempt++) {
      m = await this.quiet(
        this.evaluate<number[]>(`new Promise((done) => {
          const measure = () => done([innerWidth, innerHeight]);
          if (document.readyState !== "loading") return requestAnimationFrame(measure);
          document.addEventListener("DOMContentLoaded", () => requestAnimationFrame(measure), { once: true });
          setTimeout(measure, 2000);
        })`),
        null,
      );
      if (m === null) await sleep(50);
    }
    if (m === null || m.length !== 2) return;
    const [iw, ih] = m as [number, number];
    if (!(iw > 0 && ih > 0)) return;
    const b = await this.getBounds();
    const dw = b.width - iw;
    const dh = b.height - ih;
    if (dw < 0 || dh < 0 || dw > 400 || dh > 400 || (dw === 0 && dh === 0)) return;
    if (b.windowState !== "normal") return;
    await this.setBounds({ width: Math.round(width + dw), height: Math.round(height + dh) });
  }

  // ---- shutdown ----

  private quiet<T>(p: Promise<T>, fallback: T): Promise<T> {
    return p.catch(() => fallback);
  }

  private shutdown(): Promise<void> {
    this.shuttingDown ??= this.runShutdown();
    return this.shuttingDown;
  }

  private async runShutdown(): Promise<void> {
    if (!this.cdp.isClosed) {
      // Ask nicely: the browser closes its windows and exits.
      await within(this.cdp.send("Browser.close"), 2000, undefined);
    }
    const bothGone = Promise.all([this.processExited, this.cdp.closed]).then(() => undefined);
    await within(bothGone, 5000, undefined);
    if (processGroupAlive(this.pid)) {
      killProcessTree(this.pid, "SIGTERM");
      await within(this.processExited, 1500, undefined);
      for (let i = 0; i < 20 && processGroupAlive(this.pid); i++) await sleep(50);
      if (processGroupAlive(this.pid)) killProcessTree(this.pid, "SIGKILL");
    }
    // Helpers (renderers, the zygote) may still be going away: wait for the whole group.
    for (let i = 0; i < 40 && processGroupAlive(this.pid); i++) await sleep(25);
    if (processGroupAlive(this.pid)) killProcessTree(this.pid, "SIGKILL");
    this.cdp.close();
    removeProfileDir(this.profileDir);
    process.off("exit", this.exitHook);
    this.closedFlag = true;
    this.resolveClosed();
  }
}

/** Wait for the first page target of a fresh browser. */
async function waitForPageTarget(cdp: CdpConnection, timeoutMs: number): Promise<TargetInfo> {
  const created = cdp.waitFor<{ targetInfo: TargetInfo }>("Target.targetCreated", (p) => p.targetInfo.type === "page", timeoutMs);
  created.catch(() => undefined);
  await cdp.send("Target.setDiscoverTargets", { discover: true });
  const { targetInfos } = await cdp.send<{ targetInfos: TargetInfo[] }>("Target.getTargets");
  const existing = targetInfos.find((t) => t.type === "page");
  if (existing !== undefined) return existing;
  return (await created).targetInfo;
}

/**
 * Launch a browser in app mode on `options.url` and return the controllable window.
 *
 * @throws {BrowserNotFoundError} when no browser is installed (or `browserPath` is not runnable)
 * @throws {BrowserLaunchError} when the browser exits or does not show the page in time
 */
export async function openChromiumWindow(options: OpenWindowOptions): Promise<AppWindow> {
  const browserPath = findBrowser({ override: options.browserPath });
  if (browserPath === null) throw new BrowserNotFoundError("no Chromium-family browser found (Chromium, Google Chrome, Microsoft Edge); use --browser PATH");
  sweepStaleProfiles();
  const profileDir = createProfileDir();
  const args = chromiumArgs({
    url: options.url,
    profileDir,
    width: options.width,
    height: options.height,
    title: options.title,
    headless: options.headless === true,
    isRoot: process.getuid?.() === 0,
    extraArgs: options.extraArgs,
  });
  let proc: ChildProcess;
  try {
    proc = nodeChildProcess().spawn(browserPath, args, {
      stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
      detached: process.platform !== "win32",
      env: { ...process.env, ...options.env },
      windowsHide: false,
    });
  } catch (e) {
    removeProfileDir(profileDir);
    throw new BrowserLaunchError(`could not start ${browserPath}: ${(e as Error).message}`);
  }
  const tail = new LineTail(30, options.onBrowserLog);
  proc.stderr?.on("data", (c: Buffer) => tail.push(c));
  const cdp = new CdpConnection(proc.stdio[3] as Writable, proc.stdio[4] as Readable);
  const emergency = (): void => {
    if (proc.pid !== undefined) killProcessTree(proc.pid, "SIGKILL");
    removeProfileDir(profileDir);
  };
  process.on("exit", emergency);
  const failed = new Promise<never>((_, reject) => {
    proc.once("error", (e) => reject(new BrowserLaunchError(`could not start ${browserPath}: ${e.message}`)));
    proc.once("exit", (code, signal) =>
      reject(new BrowserLaunchError(`${browserPath} exited (${signal ?? `code ${code}`}) before showing the page\n${tail.text()}`)),
    );
  });
  failed.catch(() => undefined);
  try {
    const timeoutMs = options.startTimeoutMs ?? 20_000;
    const target = await Promise.race([waitForPageTarget(cdp, timeoutMs), failed]);
    const { windowId } = await cdp.send<{ windowId: number }>("Browser.getWindowForTarget", { targetId: target.targetId });
    const { sessionId } = await cdp.send<{ sessionId: string }>("Target.attachToTarget", { targetId: target.targetId, flatten: true });
    const win = new ChromiumWindow(proc, cdp, browserPath, profileDir, target.targetId, windowId, sessionId);
    process.off("exit", emergency);
    // In the background: the controller is usable at once, the page area gets its size shortly.
    win.sized = win.fitContent(options.width, options.height).catch(() => undefined);
    return win;
  } catch (e) {
    emergency();
    process.off("exit", emergency);
    cdp.close();
    if (e instanceof BrowserLaunchError) throw e;
    throw new BrowserLaunchError(`${browserPath} did not show the page: ${(e as Error).message}\n${tail.text()}`);
  }
}

/** The {@link WindowHost} backed by a Chromium-family browser. */
export const chromiumHost: WindowHost = {
  open: openChromiumWindow,
};
