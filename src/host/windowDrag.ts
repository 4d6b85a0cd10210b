/**
 * Moving a window by dragging the app's own title bar.
 *
 * Why not `app-region: drag`: Chromium honours that CSS only in windows whose frame the page
 * replaces (installed PWAs in window-controls-overlay or borderless mode, Electron/CEF frameless
 * windows). An `--app=URL` window keeps its frame and ignores it — checked on Chromium 156 under
 * X11: the mousedown on an `app-region: drag` element reaches the page and the window stays put.
 *
 * So the host moves the window itself: when the title bar reports `window:drag_start`, it installs
 * (through DevTools, in the page) capture-phase `mousemove`/`mouseup` listeners that report the
 * pointer's screen position through a DevTools binding; the host sets the window's `left/top` to
 * its position at the start plus the pointer's travel, with `Browser.setWindowBounds`. Only one
 * move is in flight at a time and the newest position wins, so a fast mouse never queues up
 * stale moves. The listeners remove themselves on mouseup (or when a move arrives with no button
 * held, or when the window loses focus).
 *
 * @module
 */
import type { CdpConnection } from "./cdp.js";
import type { ScreenPoint, WindowBounds } from "./types.js";

/** Name of the DevTools binding the page-side listeners call. */
export const DRAG_BINDING = "__tauraroWindowDrag";

/** The page-side half: installs the listeners once; returns false if the binding is missing. */
export const DRAG_SCRIPT = `(() => {
  const send = globalThis.${DRAG_BINDING};
  if (typeof send !== "function") return false;
  if (globalThis.__tauraroDragging) return true;
  globalThis.__tauraroDragging = true;
  const opts = { capture: true };
  const stop = (e) => {
    removeEventListener("mousemove", move, opts);
    removeEventListener("mouseup", stop, opts);
    removeEventListener("blur", stop);
    globalThis.__tauraroDragging = false;
    send(JSON.stringify(e && "screenX" in e ? { x: e.screenX, y: e.screenY, end: true } : { end: true }));
  };
  const move = (e) => {
    if ((e.buttons & 1) === 0) { stop(e); return; }
    send(JSON.stringify({ x: e.screenX, y: e.screenY }));
  };
  addEventListener("mousemove", move, opts);
  addEventListener("mouseup", stop, opts);
  addEventListener("blur", stop);
  return true;
})()`;

interface DragReport {
  x?: number;
  y?: number;
  end?: boolean;
}

/** What the dragger needs from the window it moves. */
export interface DragTarget {
  cdp: CdpConnection;
  /** Session of the attached page target. */
  sessionId: string;
  getBounds(): Promise<WindowBounds>;
  setBounds(bounds: Partial<WindowBounds>): Promise<void>;
}

/** Drives drags of one window. */
export class WindowDragger {
  private bindingReady: Promise<void> | null = null;
  private origin: { left: number; top: number; x: number; y: number } | null = null;
  private pointerStart: ScreenPoint | undefined;
  private startBounds: WindowBounds | null = null;
  private latest: { x: number; y: number } | null = null;
  private inFlight = false;
  private active = false;

  constructor(private readonly target: DragTarget) {
    target.cdp.on("Runtime.bindingCalled", (params: { name: string; payload: string }, sessionId) => {
      if (params.name !== DRAG_BINDING || sessionId !== target.sessionId) return;
      let report: DragReport;
      try {
        report = JSON.parse(params.payload) as DragReport;
      } catch {
        return;
      }
      this.onReport(report);
    });
  }

  /** Whether a drag is in progress. */
  get dragging(): boolean {
    return this.active;
  }

  /** Start following the pointer (see the module's description). */
  async start(from?: ScreenPoint): Promise<void> {
    const { cdp, sessionId } = this.target;
    this.bindingReady ??= cdp.send("Runtime.addBinding", { name: DRAG_BINDING }, sessionId).then(() => undefined);
    await this.bindingReady;
    let bounds = await this.target.getBounds();
    if (bounds.windowState === "maximized" || bounds.windowState === "fullscreen") {
      await this.target.setBounds({ windowState: "normal" });
      bounds = await this.target.getBounds();
    }
    if (bounds.windowState !== "normal") return;
    this.active = true;
    this.pointerStart = from;
    this.origin = from === undefined ? null : { left: bounds.left, top: bounds.top, x: from.screenX, y: from.screenY };
    this.startBounds = bounds;
    const r = await cdp.send<{ result: { value?: unknown } }>(
      "Runtime.evaluate",
      { expression: DRAG_SCRIPT, returnByValue: true },
      sessionId,
    );
    if (r.result.value !== true) this.active = false;
  }

  private onReport(report: DragReport): void {
    if (!this.active) return;
    if (typeof report.x === "number" && typeof report.y === "number") {
      if (this.origin === null && this.startBounds !== null) {
        // No mousedown position was given: the first reported position is the anchor.
        const start = this.pointerStart ?? { screenX: report.x, screenY: report.y };
        this.origin = { left: this.startBounds.left, top: this.startBounds.top, x: start.screenX, y: start.screenY };
      }
      this.latest = { x: report.x, y: report.y };
      this.pump();
    }
    if (report.end === true) this.active = false;
  }

  private pump(): void {
    if (this.inFlight || this.latest === null || this.origin === null) return;
    const { x, y } = this.latest;
    this.latest = null;
    const left = Math.round(this.origin.left + x - this.origin.x);
    const top = Math.round(this.origin.top + y - this.origin.y);
    this.inFlight = true;
    this.target
      .setBounds({ left, top })
      .catch(() => undefined)
      .finally(() => {
        this.inFlight = false;
        this.pump();
      });
  }
}
