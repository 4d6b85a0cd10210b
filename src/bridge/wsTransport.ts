/**
 * The WebSocket transport: authenticated upgrades on `WS_PATH` of an HTTP server become
 * `Connection`s. Refused upgrades get a plain HTTP error and are closed before any WebSocket
 * exists.
 *
 * @module
 */

import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import type { WebSocket, RawData, WebSocketServer } from "ws";
import { wsPackage } from "../lazyNode.js";
import { checkUpgrade, type AuthPolicy, type Refusal } from "./auth.js";
import { cleanUrlPath } from "./assets.js";
import { WS_PATH, WS_PROTOCOL } from "./protocol.js";
import type { Connection, Transport } from "./transport.js";

/** Options of {@link WsTransport}. */
export interface WsTransportOptions {
  server: Server;
  /** Read when each upgrade arrives (the port is known only once listening). */
  policy: () => AuthPolicy;
  /** Largest accepted frame, bytes (default 256 MiB). */
  maxPayload?: number;
  /** Told about every refused upgrade (for logging). */
  onRefused?: (req: IncomingMessage, refusal: NonNullable<Refusal>) => void;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  const text = { 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found" }[status] ?? "Error";
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`);
  socket.destroy();
}

class WsConnection implements Connection {
  onFrame: (data: string | Uint8Array) => void = () => {};
  onClose: () => void = () => {};
  constructor(private readonly ws: WebSocket) {
    ws.on("message", (data: RawData, isBinary: boolean) => {
      if (isBinary) {
        const buf = Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;
        this.onFrame(buf);
      } else {
        this.onFrame(data.toString());
      }
    });
    ws.on("close", () => this.onClose());
    ws.on("error", () => ws.terminate());
  }
  sendText(text: string): void {
    if (this.ws.readyState === 1) this.ws.send(text);
  }
  sendBinary(data: Uint8Array): void {
    if (this.ws.readyState === 1) this.ws.send(data, { binary: true });
  }
  close(code?: number, reason?: string): void {
    this.ws.close(code, reason);
  }
}

/**
 * WebSocket transport on an existing HTTP server.
 *
 * @example
 * ```ts
 * const transport = new WsTransport({ server: httpServer, policy: () => policy });
 * transport.start((conn) => router.accept(conn));
 * ```
 */
export class WsTransport implements Transport {
  private readonly wss: WebSocketServer;
  private accept: ((conn: Connection) => void) | null = null;

  constructor(private readonly opts: WsTransportOptions) {
    this.wss = new (wsPackage().WebSocketServer)({
      noServer: true,
      perMessageDeflate: false,
      maxPayload: opts.maxPayload ?? 256 * 1024 * 1024,
      handleProtocols: (protocols) => (protocols.has(WS_PROTOCOL) ? WS_PROTOCOL : false),
    });
    opts.server.on("upgrade", this.onUpgrade);
  }

  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on("error", () => socket.destroy());
    if (cleanUrlPath(req.url ?? "") !== WS_PATH) return refuse(socket, 404, "not found");
    const refusal = checkUpgrade(this.opts.policy(), req.headers);
    if (refusal !== null) {
      this.opts.onRefused?.(req, refusal);
      return refuse(socket, refusal.status, refusal.reason);
    }
    if (this.accept === null) return refuse(socket, 403, "not accepting connections");
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      if (this.accept === null) return ws.terminate();
      this.accept(new WsConnection(ws));
    });
  };

  start(accept: (conn: Connection) => void): void {
    this.accept = accept;
  }

  close(): Promise<void> {
    this.accept = null;
    this.opts.server.off("upgrade", this.onUpgrade);
    for (const ws of this.wss.clients) ws.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }
}
