/**
 * Turning window requests into {@link WindowController} calls: the raw strings the page's title
 * bar posts (`window:minimize` …) and the backend's `WindowControlMessage`s (`window.minimize()`
 * in Tauraro code).
 *
 * @module
 */
import type { WindowControlMessage } from "../bridge/vmProtocol.js";
import { assertNever } from "./assertNever.js";
import type { ScreenPoint, WindowController } from "./types.js";

/** The raw window messages the original toolkit's title bar posts. */
export const PAGE_WINDOW_COMMANDS = ["window:minimize", "window:maximize", "window:close", "window:drag_start"] as const;

/** One of {@link PAGE_WINDOW_COMMANDS}. */
export type PageWindowCommand = (typeof PAGE_WINDOW_COMMANDS)[number];

/** Whether a page message is one of the raw window commands. */
export function isPageWindowCommand(message: unknown): message is PageWindowCommand {
  return typeof message === "string" && (PAGE_WINDOW_COMMANDS as readonly string[]).includes(message);
}

/**
 * Act on a raw page window command. `window:maximize` toggles (maximized ↔ normal), as the
 * original's maximize button did; `from` is the pointer's screen position for `window:drag_start`.
 */
export function applyPageWindowCommand(controller: WindowController, command: PageWindowCommand, from?: ScreenPoint): Promise<void> {
  switch (command) {
    case "window:minimize":
      return controller.minimize();
    case "window:maximize":
      return controller.toggleMaximize();
    case "window:close":
      return controller.close();
    case "window:drag_start":
      return controller.startDrag(from);
    default:
      return assertNever(command, "window command");
  }
}

/** Act on a window request from backend code (`window.minimize()`, `window.set_title(t)` …). */
export function applyWindowControl(controller: WindowController, message: Pick<WindowControlMessage, "action" | "value">): Promise<void> {
  const action = message.action;
  switch (action) {
    case "minimize":
      return controller.minimize();
    case "maximize":
      return controller.maximize();
    case "toggle_maximize":
      return controller.toggleMaximize();
    case "restore":
      return controller.restore();
    case "close":
      return controller.close();
    case "set_title":
      return controller.setTitle(String(message.value ?? ""));
    default:
      return assertNever(action, "window action");
  }
}
