/**
 * The browser host: finds a Chromium-family browser and shows a WebViewTK app in it as an
 * app-mode window controlled over the DevTools protocol (a pipe, no port).
 *
 * - The CLI calls {@link runWindowed} (or {@link openAppWindow} for finer control).
 * - The bridge receives a {@link WindowController} and routes window requests to it with
 *   {@link applyPageWindowCommand} (raw `window:*` page messages) and {@link applyWindowControl}
 *   (the worker's `WindowControlMessage`).
 *
 * @module
 */
import { openChromiumWindow } from "./chromiumHost.js";
import type { AppWindow, OpenWindowOptions } from "./types.js";

export type {
  AppWindow,
  OpenWindowOptions,
  ScreenPoint,
  WindowBounds,
  WindowController,
  WindowHost,
  WindowSpec,
  WindowState,
} from "./types.js";
export { findBrowser, BrowserNotFoundError } from "./findBrowser.js";
export type { FindBrowserOptions } from "./findBrowser.js";
export { chromiumHost, BrowserLaunchError } from "./chromiumHost.js";
export { CdpConnection, CdpError } from "./cdp.js";
export {
  applyPageWindowCommand,
  applyWindowControl,
  isPageWindowCommand,
  PAGE_WINDOW_COMMANDS,
} from "./windowActions.js";
export type { PageWindowCommand } from "./windowActions.js";
export { runWindowed, exitCodeOf, servingLine } from "./runWindowed.js";
export type { RunWindowedOptions, RunWindowedResult } from "./runWindowed.js";

/**
 * Open `options.url` as an app window of a Chromium-family browser.
 *
 * @throws {BrowserNotFoundError} when no browser is installed or `browserPath` is not runnable
 * @throws {BrowserLaunchError} when the browser does not start or show the page
 */
export function openAppWindow(options: OpenWindowOptions): Promise<AppWindow> {
  return openChromiumWindow(options);
}
