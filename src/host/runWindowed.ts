/**
 * `tauraro run app.tr` after the bridge is up: show the app in a window, hand its controller to
 * the bridge, and wait until the window is closed (or Ctrl-C / SIGTERM / SIGHUP, which close it).
 * Without a browser, fall back to serving: say so and print the URL, then wait for a signal.
 *
 * The caller (the CLI) starts the bridge, calls {@link runWindowed}, stops the bridge, and exits
 * with {@link exitCodeOf} the result.
 *
 * @module
 */
import { chromiumHost } from "./chromiumHost.js";
import { BrowserNotFoundError } from "./findBrowser.js";
import type { AppWindow, WindowController, WindowHost, WindowSpec } from "./types.js";
import { assertNever } from "./assertNever.js";

/** Signals that close the window and end the run. */
const STOP_SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/** Options of {@link runWindowed}. */
export interface RunWindowedOptions {
  /** The app's URL as the bridge serves it (secret included). */
  url: string;
  /** Title and size from `Window(...)`; a bridge `PageSpec` fits as it is. */
  window: WindowSpec;
  /** `--browser PATH`. */
  browserPath?: string;
  /**
   * Receives the window's controller once it is open (route the page's `window:*` messages and
   * the backend's window requests to it), and `null` once the window is closed.
   */
  controllerSink?: (controller: WindowController | null) => void;
  /** Settles when the run must end without the user closing the window (the program exited). */
  stop?: Promise<unknown>;
  /** Handle SIGINT/SIGTERM/SIGHUP (default true). */
  handleSignals?: boolean;
  /** The host that opens the window (default: Chromium-family browser). */
  host?: WindowHost;
  /** Standard output (the fallback's URL line). Default: `process.stdout`. */
  print?: (line: string) => void;
  /** Standard error (why there is no window). Default: `process.stderr`. */
  warn?: (line: string) => void;
  /** Passed on to the host: headless browser, extra switches, environment. */
  headless?: boolean;
  extraArgs?: string[];
  env?: NodeJS.ProcessEnv;
  /** Called with the window once it is open (tests, screenshots). */
  onOpen?: (window: AppWindow) => void;
}

/** How a windowed run ended. */
export type RunWindowedResult =
  /** The user (or the page, or the backend) closed the window. */
  | { outcome: "closed" }
  /** A signal arrived; the window was closed in response. */
  | { outcome: "signal"; signal: NodeJS.Signals }
  /** `options.stop` settled; the window was closed in response. */
  | { outcome: "stopped" }
  /** No window could be opened; the app was served at its URL until a signal or `stop`. */
  | { outcome: "served"; reason: string; signal?: NodeJS.Signals };

/**
 * The process exit code for a result: 0 for every orderly end (window closed, signal handled,
 * program finished); the CLI may prefer the program's own code for `stopped`.
 */
export function exitCodeOf(result: RunWindowedResult): number {
  switch (result.outcome) {
    case "closed":
    case "signal":
    case "stopped":
    case "served":
      return 0;
    default:
      return assertNever(result, "run result");
  }
}

/** The line printed when the app is served instead of shown (same form as `--serve`). */
export function servingLine(title: string, url: string): string {
  return `Serving ${JSON.stringify(title)} at ${url}`;
}

/** Resolves with the first of `signals` received, until `dispose` is called. */
function onceSignal(signals: readonly NodeJS.Signals[]): { received: Promise<NodeJS.Signals>; dispose: () => void } {
  let handler: ((s: NodeJS.Signals) => void) | null = null;
  const received = new Promise<NodeJS.Signals>((resolve) => {
    handler = (s) => resolve(s);
    for (const s of signals) process.on(s, handler);
  });
  return {
    received,
    dispose: () => {
      if (handler !== null) for (const s of signals) process.off(s, handler);
    },
  };
}

/** Open the app window and wait until it is closed; see the module's description. */
export async function runWindowed(options: RunWindowedOptions): Promise<RunWindowedResult> {
  const host = options.host ?? chromiumHost;
  const print = options.print ?? ((l: string) => void process.stdout.write(l + "\n"));
  const warn = options.warn ?? ((l: string) => void process.stderr.write(l + "\n"));
  const signals = options.handleSignals === false ? null : onceSignal(STOP_SIGNALS);
  const never = new Promise<never>(() => undefined);
  const stop = options.stop === undefined ? never : options.stop.then(() => "stop" as const, () => "stop" as const);
  const signal = signals === null ? never : signals.received;
  try {
    let win: AppWindow;
    try {
      win = await host.open({
        url: options.url,
        title: options.window.title,
        width: options.window.width,
        height: options.window.height,
        resizable: options.window.resizable,
        decorations: options.window.decorations,
        browserPath: options.browserPath,
        headless: options.headless,
        extraArgs: options.extraArgs,
        env: options.env,
      });
    } catch (e) {
      if (options.browserPath !== undefined && e instanceof BrowserNotFoundError) throw e; // an explicit choice that fails is an error
      const reason = e instanceof BrowserNotFoundError ? "no Chromium-family browser found" : `the browser could not be started: ${(e as Error).message.split("\n")[0]}`;
      warn(`tauraro: ${reason}; serving the app instead (open the URL in a browser, Ctrl-C to stop).`);
      print(servingLine(options.window.title, options.url));
      const ended = await Promise.race([signal, stop]);
      return ended === "stop" ? { outcome: "served", reason } : { outcome: "served", reason, signal: ended };
    }
    options.onOpen?.(win);
    options.controllerSink?.(win);
    try {
      const ended = await Promise.race([win.closed.then(() => "closed" as const), signal, stop]);
      if (ended === "closed") return { outcome: "closed" };
      await win.close();
      return ended === "stop" ? { outcome: "stopped" } : { outcome: "signal", signal: ended };
    } finally {
      options.controllerSink?.(null);
    }
  } finally {
    signals?.dispose();
  }
}
