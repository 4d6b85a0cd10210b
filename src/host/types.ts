/**
 * Contracts of the browser host: what a window looks like to the rest of Tauraro.
 *
 * The bridge only ever sees a {@link WindowController}; the CLI only sees a {@link WindowHost}
 * and the {@link AppWindow} it opens. The Chromium implementation lives in `chromiumHost.ts`;
 * another host (a different browser engine, a test double) implements the same interfaces.
 *
 * @module
 */

/** Window states as the DevTools protocol names them (`Browser.WindowState`). */
export type WindowState = "normal" | "minimized" | "maximized" | "fullscreen";

/** Outer bounds of a window in screen pixels, plus its state. */
export interface WindowBounds {
  left: number;
  top: number;
  width: number;
  height: number;
  windowState: WindowState;
}

/** A point in screen coordinates (CSS pixels, as `MouseEvent.screenX/screenY` report them). */
export interface ScreenPoint {
  screenX: number;
  screenY: number;
}

/** What the app asked for with `Window(...)`: enough to open its window. */
export interface WindowSpec {
  /** Window title; the page's `<title>` normally says the same. */
  title: string;
  /** Width of the page area in CSS pixels (the frame is added around it). */
  width: number;
  /** Height of the page area in CSS pixels (the frame is added around it). */
  height: number;
  /** Whether the user may resize the window. Advisory: app-mode Chromium cannot forbid it. */
  resizable: boolean;
  /** false when the app draws its own title bar. Advisory: app-mode Chromium always has a frame. */
  decorations: boolean;
}

/** Everything needed to open one app window. */
export interface OpenWindowOptions extends WindowSpec {
  /** The page to show (the bridge's URL, secret included). */
  url: string;
  /** Executable to use instead of searching for one (the CLI's `--browser PATH`). */
  browserPath?: string;
  /**
   * Run the browser headless (`--headless=new`). For tests and screenshots; window states are
   * then emulated by the browser but the DevTools calls are the same.
   */
  headless?: boolean;
  /** Extra command-line switches appended after ours. */
  extraArgs?: string[];
  /** Extra environment for the browser process (e.g. `DISPLAY`). */
  env?: NodeJS.ProcessEnv;
  /** Receives the browser's stderr lines (default: dropped; Chromium is noisy). */
  onBrowserLog?: (line: string) => void;
  /** Milliseconds to wait for the page target before giving up (default 20000). */
  startTimeoutMs?: number;
}

/**
 * What the bridge drives when the page posts `window:minimize` and friends, or when backend code
 * calls `window.minimize()`. Every method resolves once the browser has acted (or immediately if
 * the window is already gone: controlling a closed window is a no-op, never an error).
 */
export interface WindowController {
  /** Minimize (iconify) the window. */
  minimize(): Promise<void>;
  /** Maximize the window. */
  maximize(): Promise<void>;
  /** Maximized → normal, anything else → maximized (what a title bar's middle button does). */
  toggleMaximize(): Promise<void>;
  /** Back to the normal state (from minimized or maximized). */
  restore(): Promise<void>;
  /** Close the window; the browser exits and {@link AppWindow.closed} resolves. */
  close(): Promise<void>;
  /** Change the window's title (sets `document.title`, which the app window shows). */
  setTitle(title: string): Promise<void>;
  /**
   * Begin moving the window with the mouse: from now until the button is released the window
   * follows the pointer. Call it on the title bar's mousedown (`window:drag_start`); `from` is the
   * pointer's screen position at mousedown, when known.
   */
  startDrag(from?: ScreenPoint): Promise<void>;
  /** Current outer bounds and state. */
  getBounds(): Promise<WindowBounds>;
  /** Move/resize (`left/top/width/height`, state normal) or change state (`windowState` alone). */
  setBounds(bounds: Partial<WindowBounds>): Promise<void>;
}

/** An open app window. */
export interface AppWindow extends WindowController {
  /** Resolves once the window is closed, the browser has exited and its profile is removed. */
  readonly closed: Promise<void>;
  /**
   * Settles once the page area has been sized to the app's `width × height` (the frame is
   * measured after the page has loaded; window managers apply the size asynchronously).
   */
  readonly sized: Promise<void>;
  /** Whether {@link closed} has resolved. */
  readonly isClosed: boolean;
  /** Process id of the browser (leader of its own process group). */
  readonly pid: number;
  /** Executable that was launched. */
  readonly browserPath: string;
  /** Temporary profile directory (removed when the window closes). */
  readonly profileDir: string;
  /** Evaluate a JS expression in the page and return its JSON value (awaits promises). */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** PNG screenshot of the page area. */
  screenshot(): Promise<Buffer>;
}

/** Something that can open app windows (the swappable part the CLI depends on). */
export interface WindowHost {
  /** Open a window on `options.url`; rejects if no browser could be started. */
  open(options: OpenWindowOptions): Promise<AppWindow>;
}
