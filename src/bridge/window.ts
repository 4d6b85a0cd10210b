/**
 * Window control as the bridge sees it. The browser host's window (`src/host/types.ts`,
 * `AppWindow`) satisfies this interface as it is; without a window (`tauraro run --serve`) the
 * bridge uses {@link eventWindowController}.
 *
 * @module
 */

/** A pointer position in screen coordinates (`MouseEvent.screenX/screenY`). */
export interface ScreenPoint {
  screenX: number;
  screenY: number;
}

/**
 * Actions on the app window, requested by the page (title bar) or by backend code. Methods may
 * return a promise; a rejection is logged, never thrown at the page.
 */
export interface WindowController {
  minimize(): void | Promise<void>;
  /** Maximize, or restore when maximized (the page's `window:maximize`). */
  toggleMaximize(): void | Promise<void>;
  maximize(): void | Promise<void>;
  restore(): void | Promise<void>;
  /** Close the window (the app then ends). */
  close(): void | Promise<void>;
  /** Begin moving the window with the mouse; `from` is the pointer at mousedown when known. */
  startDrag(from?: ScreenPoint): void | Promise<void>;
  setTitle(title: string): void | Promise<void>;
}

/** Window actions in the form the worker sends them (`WindowControlMessage.action`) plus `drag_start`. */
export type WindowAction = "minimize" | "maximize" | "toggle_maximize" | "restore" | "close" | "set_title" | "drag_start";

/**
 * Apply a window action by name; returns what the controller returned.
 *
 * @example
 * ```ts
 * await applyWindowAction(controller, "toggle_maximize");
 * ```
 */
export function applyWindowAction(c: WindowController, action: string, value?: unknown): void | Promise<void> {
  switch (action) {
    case "minimize":
      return c.minimize();
    case "maximize":
      return c.maximize();
    case "toggle_maximize":
      return c.toggleMaximize();
    case "restore":
      return c.restore();
    case "close":
      return c.close();
    case "drag_start":
      return c.startDrag(value as ScreenPoint | undefined);
    case "set_title":
      return c.setTitle(String(value ?? ""));
  }
}

/**
 * The controller used without a native window: each action becomes the page event
 * `tauraro://window` `{action, value?}` (the page script closes the tab on `close` when the
 * browser allows it).
 *
 * @example
 * ```ts
 * const controller = eventWindowController((event, payload) => router.broadcast(event, payload));
 * ```
 */
export function eventWindowController(send: (event: string, payload: unknown) => void): WindowController {
  const fire = (action: string, value?: unknown) => send("tauraro://window", value === undefined ? { action } : { action, value });
  return {
    minimize: () => fire("minimize"),
    toggleMaximize: () => fire("toggle_maximize"),
    maximize: () => fire("maximize"),
    restore: () => fire("restore"),
    close: () => fire("close"),
    startDrag: () => fire("drag_start"),
    setTitle: (title) => fire("set_title", title),
  };
}
