/**
 * A minimal Chrome DevTools Protocol client over `--remote-debugging-pipe`.
 *
 * With that switch the browser reads commands from its fd 3 and writes replies and events to its
 * fd 4; every message is one JSON object followed by a NUL byte. No port is opened, so no other
 * local process can reach the browser's DevTools.
 *
 * @module
 */
import type { Readable, Writable } from "node:stream";

/** A DevTools message as it arrives: a reply (with `id`) or an event (with `method`). */
interface Incoming {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: string };
  sessionId?: string;
}

/** An error reply from the browser, or a command that could not be delivered. */
export class CdpError extends Error {
  override name = "CdpError";
  constructor(
    /** The command that failed. */
    readonly method: string,
    message: string,
    /** The protocol's error code (`-32000` …), or 0 when the connection was lost. */
    readonly code: number,
  ) {
    super(`${method}: ${message}`);
  }
}

/** Listener of one protocol event; `sessionId` says which attached target sent it. */
export type CdpListener = (params: any, sessionId: string | undefined) => void;

interface Pending {
  method: string;
  resolve: (value: any) => void;
  reject: (error: Error) => void;
}

/** A DevTools connection to one browser. */
export class CdpConnection {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<CdpListener>>();
  private chunks: Buffer[] = [];
  private closedFlag = false;
  private resolveClosed!: () => void;

  /** Resolves when the pipe is closed (the browser exited or {@link close} was called). */
  readonly closed: Promise<void> = new Promise<void>((r) => (this.resolveClosed = r));

  /**
   * @param out the stream to the browser's fd 3 (commands)
   * @param input the stream from the browser's fd 4 (replies and events)
   */
  constructor(
    private readonly out: Writable,
    private readonly input: Readable,
  ) {
    input.on("data", (chunk: Buffer) => this.onData(chunk));
    input.on("end", () => this.markClosed("the browser closed the DevTools pipe"));
    input.on("close", () => this.markClosed("the browser closed the DevTools pipe"));
    input.on("error", () => this.markClosed("the DevTools pipe failed"));
    out.on("error", () => this.markClosed("the DevTools pipe failed"));
  }

  /** Whether the connection is closed. */
  get isClosed(): boolean {
    return this.closedFlag;
  }

  /**
   * Send a command and resolve with its `result`.
   *
   * @param method e.g. `"Browser.getWindowForTarget"`
   * @param params the command's parameters
   * @param sessionId the session of an attached target, for page-level domains
   * @throws {CdpError} on an error reply or when the connection closes first
   */
  send<T = any>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    if (this.closedFlag) return Promise.reject(new CdpError(method, "the DevTools connection is closed", 0));
    const id = ++this.nextId;
    const message = sessionId === undefined ? { id, method, params } : { id, method, params, sessionId };
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { method, resolve, reject });
      this.out.write(JSON.stringify(message) + "\0");
    });
  }

  /** Listen to an event (e.g. `"Target.targetDestroyed"`); returns a function that unsubscribes. */
  on(event: string, listener: CdpListener): () => void {
    let set = this.listeners.get(event);
    if (set === undefined) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /**
   * Resolve with the params of the first `event` for which `predicate` holds.
   * Rejects after `timeoutMs` or when the connection closes.
   */
  waitFor<T = any>(event: string, predicate: (params: T, sessionId?: string) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const cleanup = (): void => {
        settled = true;
        off();
        clearTimeout(timer);
      };
      const off = this.on(event, (params, sessionId) => {
        if (!settled && predicate(params, sessionId)) {
          cleanup();
          resolve(params);
        }
      });
      const timer = setTimeout(() => {
        cleanup();
        reject(new CdpError(event, `not received within ${timeoutMs} ms`, 0));
      }, timeoutMs);
      void this.closed.then(() => {
        if (settled) return;
        cleanup();
        reject(new CdpError(event, "the DevTools connection closed", 0));
      });
    });
  }

  /** Close the pipe from our side (the browser exits when it loses its DevTools pipe). */
  close(): void {
    this.out.end();
    this.markClosed("the DevTools connection was closed");
  }

  private onData(chunk: Buffer): void {
    let start = 0;
    let end = chunk.indexOf(0, start);
    while (end !== -1) {
      const part = chunk.subarray(start, end);
      const whole = this.chunks.length === 0 ? part : Buffer.concat([...this.chunks, part]);
      this.chunks = [];
      this.dispatch(whole.toString("utf8"));
      start = end + 1;
      end = chunk.indexOf(0, start);
    }
    if (start < chunk.length) this.chunks.push(chunk.subarray(start));
  }

  private dispatch(text: string): void {
    let message: Incoming;
    try {
      message = JSON.parse(text) as Incoming;
    } catch {
      return; // not ours to crash on; the browser never sends this
    }
    if (typeof message.id === "number") {
      const pending = this.pending.get(message.id);
      if (pending === undefined) return;
      this.pending.delete(message.id);
      if (message.error !== undefined) pending.reject(new CdpError(pending.method, message.error.message, message.error.code));
      else pending.resolve(message.result ?? {});
      return;
    }
    if (typeof message.method === "string") {
      const set = this.listeners.get(message.method);
      if (set === undefined) return;
      for (const listener of [...set]) {
        try {
          listener(message.params ?? {}, message.sessionId);
        } catch {
          // a faulty listener must not stop the others nor the pipe
        }
      }
    }
  }

  private markClosed(reason: string): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    for (const [, p] of this.pending) p.reject(new CdpError(p.method, reason, 0));
    this.pending.clear();
    this.resolveClosed();
  }
}
