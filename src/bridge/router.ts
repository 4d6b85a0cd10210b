/**
 * The bridge core: takes page frames from connections, routes invokes to the backend under the
 * router's own ids (mapped back to each page's ids), enforces timeouts, and delivers results,
 * chunks, events and window actions. It never waits on the backend.
 *
 * @module
 */

import type { Backend, BackendSink } from "./backend.js";
import {
  BridgeErrors,
  chunkMessage,
  containsBytes,
  encodeBinaryFrame,
  errorReply,
  eventMessage,
  parseBinaryFrame,
  parseTextFrame,
  successReply,
  successReplyObject,
  timeoutMessage,
  toJson,
  type ClientMessage,
  type InvokeRequest,
} from "./protocol.js";
import { Deadlines } from "./deadlines.js";
import type { Connection } from "./transport.js";
import { InterruptReason, type ErrorInfo } from "./vmProtocol.js";
import { applyWindowAction, type WindowController } from "./window.js";

const MAX_ID = 0x7fffffff; // ids go into an Int32 slot

interface Pending {
  id: number;
  pageId: number;
  command: string;
  action: string | undefined;
  timeout: number;
  session: Session;
  /** Deadline bookkeeping (see deadlines.ts): `done` once settled. */
  deadline: number;
  done: boolean;
}

/** One page connection, with its own id space and an outgoing batch. */
class Session {
  readonly byPageId = new Map<number, Pending>();
  private out: string[] = [];
  private scheduled = false;
  closed = false;
  constructor(readonly conn: Connection) {}

  send(text: string): void {
    if (this.closed) return;
    this.out.push(text);
    if (!this.scheduled) {
      this.scheduled = true;
      queueMicrotask(this.flush);
    }
  }
  sendBinary(frame: Uint8Array): void {
    if (this.closed) return;
    this.flush();
    this.conn.sendBinary(frame);
  }
  readonly flush = (): void => {
    this.scheduled = false;
    const out = this.out;
    if (out.length === 0 || this.closed) return;
    this.out = [];
    this.conn.sendText(out.length === 1 ? out[0]! : `[${out.join(",")}]`);
  };
}

/** Options of {@link Router}. */
export interface RouterOptions {
  backend: Backend;
  /** Receives window actions from pages and backend; may be replaced later with `setWindow`. */
  window: WindowController;
  /** Called for frames that are refused as malformed (for logging); optional. */
  onInvalid?: (error: string) => void;
}

/**
 * Routes between page connections and one backend.
 *
 * @example
 * ```ts
 * const router = new Router({ backend, window: eventWindowController((e, p) => router.broadcast(e, p)) });
 * transport.start((conn) => router.accept(conn));
 * ```
 */
export class Router implements BackendSink {
  private readonly calls = new Map<number, Pending>();
  private readonly sessions = new Set<Session>();
  private nextId = 1;
  private readonly backend: Backend;
  private win: WindowController;
  private readonly onInvalid: ((error: string) => void) | undefined;

  constructor(opts: RouterOptions) {
    this.backend = opts.backend;
    this.win = opts.window;
    this.onInvalid = opts.onInvalid;
    this.backend.setSink(this);
  }

  /** Replace the window controller (e.g. once the host window is open). */
  setWindow(c: WindowController): void {
    this.win = c;
  }

  /** Number of calls in flight (for tests and diagnostics). */
  get inFlight(): number {
    return this.calls.size;
  }

  /** Number of open page connections. */
  get connections(): number {
    return this.sessions.size;
  }

  /** Take a new authenticated connection. */
  accept(conn: Connection): void {
    const s = new Session(conn);
    this.sessions.add(s);
    conn.onFrame = (data) => {
      let msgs: ClientMessage[];
      try {
        msgs = typeof data === "string" ? parseTextFrame(data) : parseBinaryFrame(data);
      } catch (e) {
        this.onInvalid?.(String(e));
        return;
      }
      for (let i = 0; i < msgs.length; i++) {
        try {
          this.handle(s, msgs[i]!);
        } catch (e) {
          // Never let one message take the connection down.
          this.onInvalid?.(`internal error: ${(e as Error)?.stack ?? String(e)}`);
        }
      }
    };
    conn.onClose = () => this.drop(s);
  }

  /** Send an event to every page. */
  broadcast(event: string, payload: unknown): void {
    if (this.sessions.size === 0) return;
    if (containsBytes(payload)) {
      const frame = encodeBinaryFrame({ type: "event", event, payload });
      for (const s of this.sessions) s.sendBinary(frame);
      return;
    }
    let json: string;
    try {
      json = toJson(payload);
    } catch (e) {
      this.onInvalid?.(`event '${event}' payload cannot be sent as JSON: ${(e as Error).message}`);
      return;
    }
    const text = eventMessage(event, json);
    for (const s of this.sessions) s.send(text);
  }

  /** Close every connection and cancel what they had in flight. */
  closeAll(): void {
    for (const s of Array.from(this.sessions)) {
      s.conn.close(1001, "server closing");
      this.drop(s);
    }
  }

  // ---- page → backend

  private handle(s: Session, m: ClientMessage): void {
    switch (m.kind) {
      case "invoke":
        return this.invoke(s, m);
      case "cancel": {
        const p = s.byPageId.get(m.id);
        if (p === undefined) return; // already settled: nothing to do
        // The page's timer expired before ours: the same as our timeout (TimeoutError inside the handler).
        if (m.timeout === true) return this.onTimeout(p);
        this.finish(p);
        s.send(errorReply(p.pageId, p.command, bridgeError("Cancelled", `Command '${p.command}' was cancelled`), p.action));
        this.backend.cancel(p.id, InterruptReason.Cancel);
        return;
      }
      case "event":
        this.backend.event(m.event, m.payload);
        this.broadcast(m.event, m.payload);
        return;
      case "window":
        switch (m.action) {
          case "minimize":
            return this.settleWindow(this.win.minimize());
          case "maximize":
            return this.settleWindow(this.win.toggleMaximize());
          case "close":
            return this.settleWindow(this.win.close());
          case "drag_start":
            return this.settleWindow(this.win.startDrag(m.from));
        }
        return;
      case "invalid":
        this.onInvalid?.(m.error);
        if (m.id !== undefined) {
          s.send(errorReply(m.id, m.command, bridgeError(BridgeErrors.InvalidRequest, m.error), m.action));
        }
        return;
    }
  }

  private invoke(s: Session, m: InvokeRequest): void {
    if (s.byPageId.has(m.id)) {
      s.send(
        errorReply(m.id, m.command, bridgeError(BridgeErrors.InvalidRequest, `Command '${m.command}': id ${m.id} is already in use by a pending call`), m.action),
      );
      return;
    }
    const id = this.allocId();
    const p: Pending = { id, pageId: m.id, command: m.command, action: m.action, timeout: m.timeout, session: s, deadline: 0, done: false };
    this.calls.set(id, p);
    s.byPageId.set(m.id, p);
    if (m.timeout > 0) this.timeouts.add(p, m.timeout);
    this.backend.call(id, m.command, m.args, m.stream);
  }

  private allocId(): number {
    let id = this.nextId;
    while (this.calls.has(id)) id = id >= MAX_ID ? 1 : id + 1;
    this.nextId = id >= MAX_ID ? 1 : id + 1;
    return id;
  }

  private readonly timeouts = new Deadlines<Pending>((p) => this.onTimeout(p));

  private onTimeout(p: Pending): void {
    if (this.calls.get(p.id) !== p) return;
    this.finish(p);
    p.session.send(errorReply(p.pageId, p.command, bridgeError(BridgeErrors.Timeout, timeoutMessage(p.command, p.timeout)), p.action));
    this.backend.cancel(p.id, InterruptReason.Timeout);
  }

  private finish(p: Pending): void {
    this.calls.delete(p.id);
    p.session.byPageId.delete(p.pageId);
    p.done = true;
  }

  private drop(s: Session): void {
    if (!this.sessions.delete(s)) return;
    s.closed = true;
    for (const p of Array.from(s.byPageId.values())) {
      this.finish(p);
      this.backend.cancel(p.id, InterruptReason.Cancel);
    }
  }

  // ---- backend → pages (BackendSink)

  result(id: number, value: unknown, json: string | undefined): void {
    const p = this.calls.get(id);
    if (p === undefined) return; // timed out or cancelled meanwhile
    this.finish(p);
    if (json !== undefined) {
      p.session.send(successReply(p.pageId, p.command, json, p.action));
      return;
    }
    if (containsBytes(value)) {
      p.session.sendBinary(encodeBinaryFrame(successReplyObject(p.pageId, p.command, value, p.action)));
      return;
    }
    let text: string;
    try {
      text = successReply(p.pageId, p.command, toJson(value), p.action);
    } catch (e) {
      text = errorReply(
        p.pageId,
        p.command,
        bridgeError("TypeError", `Command '${p.command}' returned a value that cannot be sent as JSON: ${(e as Error).message}`),
        p.action,
      );
    }
    p.session.send(text);
  }

  error(id: number, error: ErrorInfo): void {
    const p = this.calls.get(id);
    if (p === undefined) return;
    this.finish(p);
    p.session.send(errorReply(p.pageId, p.command, error, p.action));
  }

  chunk(id: number, value: unknown): void {
    const p = this.calls.get(id);
    if (p === undefined) return;
    if (containsBytes(value)) {
      p.session.sendBinary(encodeBinaryFrame({ type: "chunk", id: p.pageId, data: value }));
      return;
    }
    let json: string;
    try {
      json = toJson(value);
    } catch (e) {
      this.onInvalid?.(`chunk of '${p.command}' cannot be sent as JSON: ${(e as Error).message}`);
      return;
    }
    p.session.send(chunkMessage(p.pageId, json));
  }

  emit(event: string, payload: unknown): void {
    this.broadcast(event, payload);
  }

  window(action: string, value: unknown): void {
    try {
      this.settleWindow(applyWindowAction(this.win, action, value));
    } catch (e) {
      this.onInvalid?.(`window action failed: ${(e as Error)?.message ?? String(e)}`);
    }
  }

  private settleWindow(r: void | Promise<void>): void {
    if (r instanceof Promise) r.catch((e) => this.onInvalid?.(`window action failed: ${(e as Error)?.message ?? String(e)}`));
  }
}

function bridgeError(name: string, message: string): ErrorInfo {
  return { name, message, traceback: "" };
}
