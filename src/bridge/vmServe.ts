/**
 * The worker side of the bridge: the synchronous serve loop that runs inside the Tauraro
 * program's `mount_and_run`, and the interrupt / sleep / emit helpers the language runtime and the
 * `webviewtk` module use. See `vmProtocol.ts` for the contract with the main thread.
 *
 * Usage from the `webviewtk` module (on the worker thread):
 * ```ts
 * import { serve, BridgeError } from "../bridge/vmServe.js";
 * serve({ page, commands: [...registry.keys()] }, {
 *   dispatch(command, args, call) {
 *     const fn = registry.get(command);
 *     if (!fn) throw new BridgeError("CommandNotFound", `Command '${command}' not found`);
 *     return toJson(callPython(fn, fromJson(args)), call); // JSON-compatible JS; Uint8Array for bytes (set call.hasBytes)
 *   },
 *   describeError: (e) => ({ name: pyTypeName(e), message: pyStr(e), traceback: formatTraceback(e) }),
 *   onEvent: (event, payload) => fireListeners(event, payload),
 * });
 * // returns when the window closes (shutdown); mount_and_run then returns.
 * ```
 *
 * When the program is not running under the bridge (plain `tauraro run script.tr` on the main
 * thread), `inBridgeWorker()` is false, `interruptPending()` is always false, and `sleep()` is an
 * ordinary blocking sleep.
 *
 * @module
 */

import { writeSync } from "node:fs";
import type { MessagePort } from "node:worker_threads";
import { nodeWorkerThreads } from "../lazyNode.js";
import {
  InterruptReason,
  SIGNAL_INTERRUPT,
  SIGNAL_REASON,
  SIGNAL_RUNNING,
  SIGNAL_SEQ,
  type CallMessage,
  type ErrorInfo,
  type MainToWorker,
  type PageSpec,
  type VmWorkerData,
  type WorkerToMain,
} from "./vmProtocol.js";

let signal: Int32Array | null = null;
let port: MessagePort | null = null;
let serving = false;
let stopRequested = false;
/** The call being executed (for interrupt messages). */
let current: { id: number; command: string } | null = null;

/** Results are posted together when calls come in a burst, but never held longer than this. */
const MAX_HOLD_MS = 1;
const outbox: WorkerToMain[] = [];
let outboxSince = 0;

/**
 * An error the bridge reports by name (`CommandNotFound`, `InvalidArguments`, …), with no traceback.
 *
 * @example
 * ```ts
 * throw new BridgeError("InvalidArguments", `Command 'area': missing argument 'width'`);
 * ```
 */
export class BridgeError extends Error {
  constructor(
    readonly bridgeName: string,
    message: string,
    readonly traceback = "",
  ) {
    super(message);
    this.name = bridgeName;
  }
}

/** Per-call information given to `dispatch`. */
export interface CallContext {
  readonly id: number;
  readonly command: string;
  /** The page listens for chunks: call `chunk(value)` for each value a generator yields, and return its return value. Otherwise return the list of yielded values. */
  readonly stream: boolean;
  /** Set to true when the returned value contains `Uint8Array`s (bytes): they travel as binary. */
  hasBytes: boolean;
  /** Send one chunk of a streaming result to the page now (JSON-compatible value). */
  chunk(value: unknown): void;
}

/** What the language side supplies to {@link serve}. */
export interface ServeHooks {
  /**
   * Run a command and return its result as a JSON-compatible JS value (`Uint8Array` for bytes,
   * with `call.hasBytes = true`). Throw a {@link BridgeError} for bridge errors and let Tauraro
   * exceptions propagate (they go through `describeError`). May return {@link DEFERRED} and settle
   * later with `settle(call.id, …)` (`async def` handlers).
   */
  dispatch(command: string, args: unknown, call: CallContext): unknown;
  /** Name, message and traceback of an exception thrown by `dispatch`. */
  describeError(err: unknown, call: CallContext): ErrorInfo;
  /** A page emitted an event. */
  onEvent?(event: string, payload: unknown): void;
  /**
   * Called when no message is waiting: run ready async work; return the ms until the next timer
   * (−1 = none). The loop then sleeps that long at most.
   */
  idle?(): number;
}

/** Returned by `dispatch` when the result will come later through {@link settle}. */
export const DEFERRED: unique symbol = Symbol("tauraro.deferred");

/**
 * Set up the worker side (called once by the worker entry with its `workerData`): remembers the
 * signal array and port, and makes `process.stdout`/`process.stderr` synchronous (the worker never
 * returns to its event loop while serving, so stream writes would stall).
 *
 * @example
 * ```ts
 * import { workerData } from "node:worker_threads";
 * initWorker(workerData as VmWorkerData);
 * ```
 */
export function initWorker(data: VmWorkerData): void {
  signal = new Int32Array(data.signal);
  port = data.port;
  for (const [stream, fd] of [
    [process.stdout, 1],
    [process.stderr, 2],
  ] as const) {
    (stream as unknown as { write: unknown }).write = (chunk: unknown, enc?: unknown, cb?: unknown): boolean => {
      const callback = typeof enc === "function" ? enc : cb;
      const buf = typeof chunk === "string" ? Buffer.from(chunk, typeof enc === "string" ? (enc as BufferEncoding) : "utf8") : (chunk as Uint8Array);
      writeAll(fd, buf);
      if (typeof callback === "function") queueMicrotask(callback as () => void);
      return true;
    };
  }
}

/** Write all of `buf` to `fd`, waiting briefly when a non-blocking pipe is full. */
export function writeAll(fd: number, buf: Uint8Array): void {
  let off = 0;
  let spins = 0;
  while (off < buf.byteLength) {
    try {
      off += writeSync(fd, buf, off, buf.byteLength - off);
      spins = 0;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN" || ++spins > 5000) throw e;
      Atomics.wait(sleeper, 0, 0, 1);
    }
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** True when this thread is a bridge worker (set up by {@link initWorker}). */
export function inBridgeWorker(): boolean {
  return port !== null;
}

/** True while {@link serve} is running. */
export function isServing(): boolean {
  return serving;
}

function post(m: WorkerToMain): void {
  if (outbox.length === 0) outboxSince = performance.now();
  outbox.push(m);
}

/** Post what is held in the outbox now. */
export function flushOutbox(): void {
  const n = outbox.length;
  if (n === 0 || port === null) return;
  port.postMessage(n === 1 ? outbox[0] : outbox.slice());
  outbox.length = 0;
}

/** Post a message to the main thread at once (after anything held). */
export function postNow(m: WorkerToMain): void {
  post(m);
  flushOutbox();
}

/**
 * True when the call being executed has been asked to stop (timeout, page cancel, shutdown).
 * Cheap enough for every loop iteration. The runtime then calls {@link takeInterrupt} and raises.
 *
 * @example
 * ```ts
 * while (cond()) { body(); if (interruptPending()) raiseInterrupt(takeInterrupt()); }
 * ```
 */
export function interruptPending(): boolean {
  const s = signal;
  if (s === null) return false;
  const x = Atomics.load(s, SIGNAL_INTERRUPT);
  return x !== 0 && x === s[SIGNAL_RUNNING];
}

/**
 * Consume a pending interrupt and return its reason (`InterruptReason.None` if there is none).
 * After this, `interruptPending()` is false until the main thread asks again.
 *
 * @example
 * ```ts
 * const reason = takeInterrupt(); // InterruptReason.Timeout → raise TimeoutError inside the handler
 * ```
 */
export function takeInterrupt(): InterruptReason {
  const s = signal;
  if (s === null) return InterruptReason.None;
  const x = Atomics.load(s, SIGNAL_INTERRUPT);
  if (x === 0 || x !== s[SIGNAL_RUNNING]) return InterruptReason.None;
  const reason = Atomics.load(s, SIGNAL_REASON) as InterruptReason;
  Atomics.compareExchange(s, SIGNAL_INTERRUPT, x, 0);
  return reason === InterruptReason.None ? InterruptReason.Cancel : reason;
}

/**
 * Clear an interrupt request that no longer applies (the call it named has finished). The runtime
 * calls this when `signal[SIGNAL_INTERRUPT]` is set but {@link takeInterrupt} found nothing, so
 * later loops stop taking the slow path.
 */
export function clearStaleInterrupt(): void {
  const s = signal;
  if (s === null) return;
  const x = Atomics.load(s, SIGNAL_INTERRUPT);
  if (x !== 0 && x !== s[SIGNAL_RUNNING]) Atomics.compareExchange(s, SIGNAL_INTERRUPT, x, 0);
}

/** The command whose handler is executing, or null. */
export function runningCommand(): string | null {
  return current === null ? null : current.command;
}

/**
 * Make {@link serve} return after the current call (e.g. a handler called `sys.exit()`).
 *
 * @example
 * ```ts
 * if (isSystemExit(e)) { stopServing(); exitCode = codeOf(e); }
 * ```
 */
export function stopServing(): void {
  stopRequested = true;
}

/**
 * The text for an interrupt reason, for the exception the runtime raises.
 *
 * @example
 * ```ts
 * interruptMessage(InterruptReason.Timeout, "slow"); // "Command 'slow' timed out"
 * ```
 */
export function interruptMessage(reason: InterruptReason, command?: string): string {
  const what = command ? `Command '${command}'` : "The call";
  switch (reason) {
    case InterruptReason.Timeout:
      return `${what} timed out`;
    case InterruptReason.Shutdown:
      return `${what} was interrupted: the app is closing`;
    default:
      return `${what} was cancelled`;
  }
}

/**
 * Sleep `seconds`, waking early if the running call is interrupted (then returns false; the
 * caller raises). Results held in the outbox are posted first. Use it for `time.sleep`.
 *
 * @example
 * ```ts
 * if (!sleep(2.5)) raiseInterrupt(takeInterrupt());
 * ```
 */
export function sleep(seconds: number): boolean {
  flushOutbox();
  const end = performance.now() + Math.max(0, seconds) * 1000;
  const s = signal;
  for (;;) {
    if (s !== null && interruptPending()) return false;
    const left = end - performance.now();
    if (left <= 0) return true;
    if (s === null) Atomics.wait(sleeper, 0, 0, left);
    else Atomics.wait(s, SIGNAL_INTERRUPT, Atomics.load(s, SIGNAL_INTERRUPT), left);
  }
}

/**
 * Send an event to every page (`listen(event, cb)` page-side).
 *
 * @example
 * ```ts
 * emit("progress", { done: 3, total: 10 });
 * ```
 */
export function emit(event: string, payload: unknown): void {
  postNow({ type: "emit", event, payload });
}

/**
 * Ask for a window action (`window.minimize()` etc. in Tauraro code).
 *
 * @example
 * ```ts
 * windowControl("set_title", "Editing report.txt");
 * ```
 */
export function windowControl(action: "minimize" | "maximize" | "toggle_maximize" | "restore" | "close" | "set_title", value?: unknown): void {
  postNow(value === undefined ? { type: "window", action } : { type: "window", action, value });
}

/**
 * Report the program's end (the worker entry calls it once, just before the thread ends).
 *
 * @example
 * ```ts
 * reportExit(0);
 * ```
 */
export function reportExit(code: number): void {
  postNow({ type: "exit", code });
}

/**
 * Mark which call's Tauraro code is executing (for `async def` handlers stepped by the language's
 * event loop; `serve` does it for ordinary calls). 0 = none.
 */
export function setRunning(id: number): void {
  if (signal !== null) Atomics.store(signal, SIGNAL_RUNNING, id);
}

/**
 * Settle a call whose `dispatch` returned {@link DEFERRED}: `ok` with a JSON-compatible value,
 * or an error.
 *
 * @example
 * ```ts
 * settle(call.id, true, 42);
 * settle(call.id, false, describeError(exc));
 * ```
 */
export function settle(id: number, ok: true, value: unknown, hasBytes?: boolean): void;
export function settle(id: number, ok: false, error: ErrorInfo): void;
export function settle(id: number, ok: boolean, v: unknown, hasBytes = false): void {
  if (ok) postResult(id, v, hasBytes, "");
  else post({ type: "result", id, ok: false, error: v as ErrorInfo });
}

function postResult(id: number, v: unknown, hasBytes: boolean, command: string): void {
  if (hasBytes) {
    post({ type: "result", id, ok: true, value: v });
    return;
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(v);
  } catch (e) {
    post({
      type: "result",
      id,
      ok: false,
      error: { name: "TypeError", message: `Command '${command}' returned a value that cannot be sent as JSON: ${(e as Error).message}`, traceback: "" },
    });
    return;
  }
  post({ type: "result", id, ok: true, json: json === undefined ? "null" : json });
}

/**
 * Post `mount` and serve calls until the main thread sends `shutdown`; then return. Calls are
 * handled one at a time in arrival order. Must run on a bridge worker (after {@link initWorker}).
 *
 * @example
 * ```ts
 * serve({ page, commands: ["greet"] }, { dispatch, describeError });
 * ```
 */
export function serve(mount: { page: PageSpec; commands: string[] }, hooks: ServeHooks): void {
  const s = signal;
  const p = port;
  if (s === null || p === null) throw new Error("serve() must run on a bridge worker (initWorker was not called)");
  if (serving) throw new Error("serve() is already running");
  serving = true;
  stopRequested = false;
  postNow({ type: "mount", page: mount.page, commands: mount.commands });

  const queue: MainToWorker[] = [];
  let head = 0;
  const cancelled = new Set<number>();
  const accept = (m: MainToWorker): void => {
    if (m.type === "cancel") cancelled.add(m.id);
    else queue.push(m);
  };
  const drain = (): void => {
    let r: { message: unknown } | undefined;
    while ((r = nodeWorkerThreads().receiveMessageOnPort(p)) !== undefined) {
      const m = r.message as MainToWorker | MainToWorker[];
      if (Array.isArray(m)) for (let i = 0; i < m.length; i++) accept(m[i]!);
      else accept(m);
    }
  };

  try {
    for (;;) {
      if (stopRequested) return;
      if (head >= queue.length) {
        if (head > 0) {
          queue.length = 0;
          head = 0;
        }
        drain();
        if (queue.length === 0) {
          flushOutbox();
          const next = hooks.idle ? hooks.idle() : -1;
          flushOutbox();
          const seen = Atomics.load(s, SIGNAL_SEQ);
          drain();
          if (queue.length === 0) {
            // Forget cancels of calls that were never seen (they were answered in the outbox).
            if (cancelled.size > 0) cancelled.clear();
            Atomics.wait(s, SIGNAL_SEQ, seen, next < 0 ? undefined : next);
          }
          continue;
        }
      }
      const m = queue[head++]!;
      if (m.type === "call") {
        runCall(m, hooks, s, drain, cancelled);
        if (head >= queue.length || performance.now() - outboxSince > MAX_HOLD_MS) flushOutbox();
      } else if (m.type === "event") {
        try {
          hooks.onEvent?.(m.event, m.payload);
        } catch (e) {
          process.stderr.write(`error in event listener for '${m.event}': ${(e as Error)?.stack ?? String(e)}\n`);
        }
      } else if (m.type === "shutdown") {
        return;
      }
    }
  } finally {
    flushOutbox();
    Atomics.store(s, SIGNAL_RUNNING, 0);
    serving = false;
  }
}

function runCall(m: CallMessage, hooks: ServeHooks, s: Int32Array, drain: () => void, cancelled: Set<number>): void {
  const id = m.id;
  if (cancelled.size > 0 && cancelled.delete(id)) return;
  Atomics.store(s, SIGNAL_RUNNING, id);
  current = { id, command: m.command };
  // A cancel posted before the main thread could see SIGNAL_RUNNING is in the port now.
  drain();
  if (cancelled.size > 0 && cancelled.delete(id)) {
    Atomics.store(s, SIGNAL_RUNNING, 0);
    current = null;
    return;
  }
  const ctx: CallContext = {
    id,
    command: m.command,
    stream: m.stream === true,
    hasBytes: false,
    chunk(value: unknown) {
      postNow({ type: "chunk", id, value });
    },
  };
  try {
    const v = hooks.dispatch(m.command, m.args, ctx);
    if (v !== DEFERRED) postResult(id, v, ctx.hasBytes, m.command);
  } catch (e) {
    let info: ErrorInfo;
    if (e instanceof BridgeError) info = { name: e.bridgeName, message: e.message, traceback: e.traceback };
    else {
      try {
        info = hooks.describeError(e, ctx);
      } catch (e2) {
        info = { name: "InternalError", message: String((e2 as Error)?.message ?? e2), traceback: "" };
      }
    }
    post({ type: "result", id, ok: false, error: info });
  } finally {
    Atomics.store(s, SIGNAL_RUNNING, 0);
    Atomics.compareExchange(s, SIGNAL_INTERRUPT, id, 0);
    current = null;
  }
}
