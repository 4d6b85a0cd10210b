/**
 * The app server: HTTP on 127.0.0.1 serving the page (with the bridge script injected) and its
 * asset map, plus the bridge WebSocket. See `auth.ts` for who is let in.
 *
 * @module
 */

import { createReadStream, statSync } from "node:fs";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { nodeHttp } from "../lazyNode.js";
import type { AddressInfo } from "node:net";
import { checkHttp, makePolicy, newSecret, type AuthPolicy } from "./auth.js";
import { cleanUrlPath, contentType, resolveAsset } from "./assets.js";
import type { Backend } from "./backend.js";
import { injectBridge } from "./page/pageScript.js";
import { Router } from "./router.js";
import type { PageSpec } from "./vmProtocol.js";
import { eventWindowController, type WindowController } from "./window.js";
import { WsTransport } from "./wsTransport.js";

/** Options of {@link startServer}. */
export interface ServerOptions {
  page: PageSpec;
  backend: Backend;
  /** TCP port on 127.0.0.1; 0 or absent = any free port. */
  port?: number;
  /** Window actions go here; default: the `tauraro://window` page event (serve mode). */
  window?: WindowController;
  /** The secret (default: a fresh one). */
  secret?: string;
  /** Largest WebSocket frame accepted, bytes. */
  maxPayload?: number;
  /** Told about refused requests and malformed messages (default: nothing). */
  log?: (line: string) => void;
}

/** A running app server. */
export interface AppServer {
  /** `http://127.0.0.1:PORT/#<secret>`: the only way a page gets the secret. */
  readonly url: string;
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly port: number;
  readonly secret: string;
  readonly router: Router;
  /** Route window actions to this controller from now on. */
  setWindow(controller: WindowController): void;
  /** Stop: close connections (their calls are cancelled) and the listening socket. */
  close(): Promise<void>;
}

const COMMON_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Frame-Options": "SAMEORIGIN",
  "Content-Security-Policy": "frame-ancestors 'self'",
};

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...COMMON_HEADERS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end(text);
}

/**
 * Start the app server and wait until it listens.
 *
 * @example
 * ```ts
 * const server = await startServer({ page, backend, port: 0 });
 * console.log(`Serving "${page.title}" at ${server.url}`);
 * // … later
 * await server.close();
 * ```
 */
export async function startServer(opts: ServerOptions): Promise<AppServer> {
  const secret = opts.secret ?? newSecret();
  const html = Buffer.from(injectBridge(opts.page.html), "utf8");
  const assets = opts.page.assets;
  const log = opts.log;
  let policy: AuthPolicy | null = null;

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const refusal = checkHttp(policy!, req.headers);
    if (refusal !== null) {
      log?.(`refused ${req.method} ${req.url}: ${refusal.reason}`);
      return send(res, refusal.status, refusal.reason);
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return send(res, 405, "method not allowed");
    }
    const path = cleanUrlPath(req.url ?? "");
    if (path === null) return send(res, 404, "not found");
    if (path === "/" || path === "/index.html") {
      res.writeHead(200, {
        ...COMMON_HEADERS,
        "Content-Type": "text/html; charset=utf-8",
        "Content-Length": String(html.byteLength),
        "Cache-Control": "no-store",
      });
      res.end(req.method === "HEAD" ? undefined : html);
      return;
    }
    const file = resolveAsset(assets, path);
    if (file === null) {
      if (path === "/favicon.ico") {
        res.writeHead(204, { ...COMMON_HEADERS, "Cache-Control": "no-cache" });
        return void res.end();
      }
      return send(res, 404, "not found");
    }
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      return send(res, 404, "not found");
    }
    res.writeHead(200, {
      ...COMMON_HEADERS,
      "Content-Type": contentType(file),
      "Content-Length": String(size),
      "Cache-Control": "no-cache",
    });
    if (req.method === "HEAD") return void res.end();
    const stream = createReadStream(file);
    stream.on("error", () => res.destroy());
    stream.pipe(res);
  };

  const server: Server = nodeHttp().createServer({ keepAlive: true }, onRequest);
  server.on("clientError", (_err, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  policy = makePolicy(port, secret);
  const pol = policy;

  // eslint-disable-next-line prefer-const
  let router: Router;
  const serveModeWindow = eventWindowController((event, payload) => router.broadcast(event, payload));
  router = new Router({
    backend: opts.backend,
    window: opts.window ?? serveModeWindow,
    onInvalid: log ? (e) => log(`invalid message: ${e}`) : undefined,
  });
  const transport = new WsTransport({
    server,
    policy: () => pol,
    maxPayload: opts.maxPayload,
    onRefused: log ? (req, r) => log(`refused WebSocket ${req.url}: ${r.reason}`) : undefined,
  });
  transport.start((conn) => router.accept(conn));

  const origin = `http://127.0.0.1:${port}`;
  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/#${secret}`,
    origin,
    port,
    secret,
    router,
    setWindow: (c) => router.setWindow(c),
    close() {
      if (closing === null) {
        closing = (async () => {
          router.closeAll();
          await transport.close();
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          });
        })();
      }
      return closing;
    },
  };
}
