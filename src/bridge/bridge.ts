/**
 * Running a WebViewTK app: the VM worker and the app server tied together. This is what
 * `tauraro run` calls; the window itself is the browser host's (`src/host`, `runWindowed`).
 *
 * ```ts
 * import { startApp, servingLine } from "../bridge/bridge.js";
 * import { runWindowed } from "../host/index.js";
 *
 * const app = await startApp({ file, argv, port });          // runs the program until it mounts
 * if (app.url === null) return process.exit(await app.exited); // it never called mount_and_run
 * if (serve) {
 *   console.log(servingLine(app));                           // Serving "Title" at http://127.0.0.1:PORT/#secret
 *   process.once("SIGINT", () => void app.close());
 *   process.once("SIGTERM", () => void app.close());
 * } else {
 *   await runWindowed({ url: app.url, window: app.page!, controllerSink: (c) => app.setWindow(c), stop: app.exited });
 *   await app.close();                                        // window closed: end the program
 * }
 * process.exitCode = await app.exited;
 * ```
 *
 * @module
 */

import { resolve as resolvePath } from "node:path";
import { startServer, type AppServer } from "./server.js";
import type { PageSpec } from "./vmProtocol.js";
import { eventWindowController, type WindowController } from "./window.js";
import { WorkerBackend } from "./workerBackend.js";

/** Options of {@link startApp}. */
export interface StartAppOptions {
  /** The program (made absolute). */
  file: string;
  /** sys.argv; default `[file]`. */
  argv?: string[];
  /** Port on 127.0.0.1; default 0 (any free port). */
  port?: number;
  /** Worker entry (default: the compiled `vmWorker.js`); for tests and benchmarks. */
  workerScript?: string | URL;
  /** Extra workerData for a custom worker entry. */
  workerExtra?: Record<string, unknown>;
  /** How long the program may take to end after `close()` before its thread is stopped (ms, default 3000). */
  shutdownGraceMs?: number;
  /** Refusals and malformed messages are reported here (default: not reported). */
  log?: (line: string) => void;
}

/** A started app. */
export interface RunningApp {
  /** The page, or null when the program ended without calling `mount_and_run`. */
  readonly page: PageSpec | null;
  /** `http://127.0.0.1:PORT/#<secret>` (null when not mounted). */
  readonly url: string | null;
  readonly secret: string | null;
  /** The server, for embedding (null when not mounted). */
  readonly server: AppServer | null;
  /**
   * Route window actions (page title bar, backend `window.minimize()`…) to a window; `null`
   * returns to serve mode, where they become the page event `tauraro://window`.
   */
  setWindow(controller: WindowController | null): void;
  /** Stop serving and end the program (serve loop returns, then a grace period); resolves with its exit code. */
  close(): Promise<number>;
  /** Resolves with the program's exit code once everything has stopped (after `close()` or when the program ends by itself). */
  readonly exited: Promise<number>;
}

/**
 * The line `tauraro run --serve` prints.
 *
 * @example
 * ```ts
 * console.log(servingLine(app)); // Serving "Todo" at http://127.0.0.1:41235/#Qm9…
 * ```
 */
export function servingLine(app: Pick<RunningApp, "page" | "url">): string {
  return `Serving ${JSON.stringify(app.page?.title ?? "")} at ${app.url ?? "(nothing)"}`;
}

/**
 * Run the program on a worker thread; when it mounts its page, serve it on 127.0.0.1. Resolves
 * once serving (or once the program ended, if it never mounted). Never blocks on Tauraro code.
 *
 * @example
 * ```ts
 * const app = await startApp({ file: "/home/me/app.tr", port: 0 });
 * console.log(servingLine(app));
 * setTimeout(() => app.close(), 60_000);
 * console.log("exit code", await app.exited);
 * ```
 */
export async function startApp(opts: StartAppOptions): Promise<RunningApp> {
  const file = resolvePath(opts.file);
  const backend = new WorkerBackend({
    file,
    argv: opts.argv ?? [opts.file],
    workerScript: opts.workerScript,
    extra: opts.workerExtra,
  });
  const mount = await backend.mounted;
  if (mount === null) {
    const code = backend.exited;
    return { page: null, url: null, secret: null, server: null, setWindow: () => {}, close: () => code, exited: code };
  }

  let server: AppServer;
  try {
    server = await startServer({ page: mount.page, backend, port: opts.port, log: opts.log });
  } catch (e) {
    await backend.terminate();
    throw e;
  }
  const serveMode = eventWindowController((event, payload) => server.router.broadcast(event, payload));

  let closing: Promise<number> | null = null;
  let resolveExited!: (code: number) => void;
  const exited = new Promise<number>((r) => (resolveExited = r));
  const close = (): Promise<number> => {
    if (closing === null) {
      closing = (async () => {
        const code = await backend.shutdown(opts.shutdownGraceMs ?? 3000);
        await server.close();
        resolveExited(code);
        return code;
      })();
    }
    return closing;
  };
  // The program may end by itself (sys.exit in a handler, an error in the serve loop).
  void backend.exited.then(() => close());

  return {
    page: mount.page,
    url: server.url,
    secret: server.secret,
    server,
    setWindow: (c) => server.setWindow(c ?? serveMode),
    close,
    exited,
  };
}
