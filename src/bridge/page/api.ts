/**
 * The Tauraro WebViewTK page API as a typed ES module, for apps built with a bundler:
 *
 * ```ts
 * import { invoke, listen, emit, Channel } from "tauraro/api";
 * ```
 *
 * It uses the bridge the app server injected (`window.__TAURARO__`); when the page was loaded
 * without it (e.g. the bundle runs before it, or in a page that is not served by Tauraro), it
 * installs the same bridge itself. Every function here is a thin typed wrapper over that one
 * bridge.
 *
 * @module
 */

import { installBridge, type BridgeEvent, type InvokeOptions, type TauraroBridge } from "./client.js";
import { PAGE_CONFIG } from "./pageScript.js";

export type { BridgeEvent, InvokeOptions, TauraroBridge } from "./client.js";

/** Removes a listener registered with {@link listen} or {@link once}. */
export type UnlistenFn = () => void;

/** Error names the bridge itself produces (others are Tauraro exception names such as `ValueError`). */
export type BridgeErrorName =
  | "CommandNotFound"
  | "InvalidArguments"
  | "InvalidRequest"
  | "Timeout"
  | "Cancelled"
  | "Disconnected"
  | "Unauthorized";

/** What a failed `invoke` rejects with. */
export interface InvokeError extends Error {
  /** The Tauraro exception type (`ValueError`, `KeyError`, …) or a {@link BridgeErrorName}. */
  name: string;
  /** The command that failed. */
  command: string | null;
  /** Python-style traceback of the `.tr` frames (empty for bridge errors). */
  traceback: string;
}

function bridge(): TauraroBridge {
  const g = globalThis as unknown as { __TAURARO__?: TauraroBridge };
  return g.__TAURARO__ ?? installBridge(globalThis, PAGE_CONFIG);
}

/**
 * Call the backend command registered as `command` (with `register_command(window, name, fn)`).
 * Resolves with the handler's return value; rejects with an {@link InvokeError}.
 *
 * @param command the command name
 * @param args the arguments: an object whose keys become the handler's `args` dict (or its keyword
 *   arguments); `ArrayBuffer`s and typed arrays arrive as `bytes`
 * @param options `timeout` (ms, default 30000, 0 = none), `signal` (an AbortSignal that cancels the
 *   call), `onChunk` (receives what a generator handler yields)
 *
 * @example
 * ```ts
 * const greeting = await invoke<string>("greet", { name: "Ada" });
 * try {
 *   await invoke("divide", { a: 1, b: 0 }, { timeout: 5000 });
 * } catch (e) {
 *   if ((e as InvokeError).name === "ZeroDivisionError") console.log((e as InvokeError).traceback);
 * }
 * ```
 */
export function invoke<T = unknown>(command: string, args: Record<string, unknown> | unknown = {}, options: InvokeOptions = {}): Promise<T> {
  return bridge().invoke<T>(command, args, options);
}

/**
 * Listen to an event emitted by the backend (`emit(window, "progress", value)`) or by any page.
 * Returns a function that removes the listener.
 *
 * @example
 * ```ts
 * const unlisten = listen<{ done: number }>("progress", (e) => bar.value = e.payload.done);
 * // later
 * unlisten();
 * ```
 */
export function listen<T = unknown>(event: string, handler: (event: BridgeEvent<T>) => void): UnlistenFn {
  return bridge().listen<T>(event, handler);
}

/**
 * Like {@link listen}, but the handler runs for the next event only.
 *
 * @example
 * ```ts
 * once("loaded", () => spinner.remove());
 * ```
 */
export function once<T = unknown>(event: string, handler: (event: BridgeEvent<T>) => void): UnlistenFn {
  return bridge().once<T>(event, handler);
}

/**
 * Send an event to the backend's listeners and to every page's {@link listen}ers.
 *
 * @example
 * ```ts
 * await emit("search-changed", { query: input.value });
 * ```
 */
export function emit(event: string, payload?: unknown): Promise<void> {
  return bridge().emit(event, payload);
}

/**
 * Receives the values a generator handler yields, as they are produced. Pass it as
 * `options.channel` (or pass a function as `options.onChunk`); the `invoke` promise resolves with
 * the generator's return value once it is exhausted.
 *
 * @example
 * ```ts
 * const lines = new Channel<string>();
 * lines.onmessage = (line) => log.append(line + "\n");
 * await invoke("tail_log", { path: "app.log" }, { channel: lines });
 * ```
 */
export class Channel<T = unknown> {
  /** Called with each chunk, in order. */
  onmessage: ((chunk: T) => void) | undefined;

  /**
   * @example
   * ```ts
   * const ch = new Channel<number>((n) => console.log("got", n));
   * ```
   */
  constructor(onmessage?: (chunk: T) => void) {
    this.onmessage = onmessage;
  }
}

/**
 * Control the app window (a native window when run with `tauraro run`; in `--serve` mode the
 * actions become a `tauraro://window` event for the page).
 *
 * @example
 * ```ts
 * closeButton.onclick = () => appWindow.close();
 * titleBar.onmousedown = () => appWindow.startDrag();
 * ```
 */
export const appWindow = {
  /**
   * Minimize the window.
   * @example
   * ```ts
   * appWindow.minimize();
   * ```
   */
  minimize(): void {
    bridge().window.minimize();
  },
  /**
   * Maximize the window, or restore it when it is maximized.
   * @example
   * ```ts
   * appWindow.toggleMaximize();
   * ```
   */
  toggleMaximize(): void {
    bridge().window.toggleMaximize();
  },
  /**
   * Close the window (this ends the app).
   * @example
   * ```ts
   * appWindow.close();
   * ```
   */
  close(): void {
    bridge().window.close();
  },
  /**
   * Start moving the window with the mouse (for custom title bars).
   * @example
   * ```ts
   * bar.addEventListener("mousedown", () => appWindow.startDrag());
   * ```
   */
  startDrag(): void {
    bridge().window.startDrag();
  },
};

/**
 * Resolves once the bridge is connected to the backend (calls made earlier are queued anyway).
 *
 * @example
 * ```ts
 * await ready();
 * status.textContent = "connected";
 * ```
 */
export function ready(): Promise<void> {
  return bridge().ready;
}
