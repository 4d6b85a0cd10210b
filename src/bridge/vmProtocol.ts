/**
 * Messages between the bridge (main thread) and the Tauraro VM (worker thread).
 *
 * The worker runs the app's program; when the program calls `mount_and_run` it posts a
 * `MountMessage` and from then on serves `CallMessage`s in arrival order. All values that
 * cross are plain JSON-compatible JS values (already converted from/to Tauraro values on the
 * worker side), so the main thread never needs the language runtime.
 *
 * Wake-ups: the worker sleeps on `Atomics.wait(signal, SIGNAL_SEQ, seen)` when idle. After every
 * `postMessage` to the worker the main thread does `Atomics.add(signal, SIGNAL_SEQ, 1)` and
 * `Atomics.notify(signal, SIGNAL_SEQ)`. To interrupt a running call (timeout or cancellation) the
 * main thread stores the call id in `signal[SIGNAL_INTERRUPT]` and notifies `SIGNAL_SEQ`; the
 * worker raises an exception inside the running handler if its id matches.
 *
 * Transport: messages travel on a dedicated `MessagePort` (`VmWorkerData.port`), not on
 * `parentPort`, so nothing else in the worker can steal them. Either side may post one message or
 * an array of messages (a batch, handled in order); both sides batch what they produce within one
 * turn to keep the per-call cost low.
 *
 * Interrupts, precisely (the worker side is `src/bridge/vmServe.ts`):
 * - the worker stores the id of the call whose Tauraro code is executing in `signal[SIGNAL_RUNNING]`
 *   (0 when none; for `async def` handlers, the call whose coroutine is being stepped);
 * - the main thread, to stop call X, posts `{type:"cancel", id:X}` and THEN, if
 *   `signal[SIGNAL_RUNNING] === X`, stores X in `SIGNAL_INTERRUPT`, the reason in `SIGNAL_REASON`,
 *   and notifies both `SIGNAL_SEQ` and `SIGNAL_INTERRUPT` (a call not yet started is dropped when
 *   the worker dequeues it, because the worker drains the port after setting SIGNAL_RUNNING);
 * - an interrupt is pending iff `signal[SIGNAL_INTERRUPT] !== 0 && signal[SIGNAL_INTERRUPT] ===
 *   signal[SIGNAL_RUNNING]`. Compiled loops and `time.sleep` check that (cheap: two Int32 reads;
 *   `vmServe.interruptPending()`), and raise a Tauraro exception inside the handler after clearing
 *   the slot with `Atomics.compareExchange(signal, SIGNAL_INTERRUPT, X, 0)` (so it is raised once).
 *   `time.sleep` waits with `Atomics.wait(signal, SIGNAL_INTERRUPT, current, ms)` so an interrupt
 *   wakes it at once (`vmServe.sleep()` does exactly this).
 * - Shutdown: the main thread posts `{type:"shutdown"}`, interrupts the running call with reason
 *   Shutdown, and terminates the worker if it has not exited after a grace period.
 *
 * Output: a worker that sits in a synchronous loop never runs its event loop, so Node's
 * `process.stdout` stream in the worker would stall after the first write. The worker entry
 * (`vmWorker.ts`) replaces `process.stdout.write`/`process.stderr.write` with `fs.writeSync`.
 */

/** Index in the shared Int32Array: bumped on every message posted to the worker. */
export const SIGNAL_SEQ = 0;
/** Index in the shared Int32Array: id of the call to interrupt (0 = none). */
export const SIGNAL_INTERRUPT = 1;
/** Index in the shared Int32Array: why the call is interrupted (see InterruptReason). */
export const SIGNAL_REASON = 2;
/** Index in the shared Int32Array: id of the call the worker is executing (0 = none). Written by the worker only. */
export const SIGNAL_RUNNING = 3;
/** Length of the shared Int32Array. */
export const SIGNAL_LENGTH = 4;

export const enum InterruptReason {
  None = 0,
  Timeout = 1,
  Cancel = 2,
  Shutdown = 3,
}

/** Data the worker gets at start-up (workerData). */
export interface VmWorkerData {
  /** Absolute path of the program to run. */
  file: string;
  /** sys.argv for the program (argv[0] is the program path as given). */
  argv: string[];
  /** SharedArrayBuffer of SIGNAL_LENGTH Int32 slots. */
  signal: SharedArrayBuffer;
  /** The worker's end of the message channel (transferred); all MainToWorker / WorkerToMain messages use it. */
  port: import("node:worker_threads").MessagePort;
}

/** What the page needs to show the app window. */
export interface PageSpec {
  title: string;
  width: number;
  height: number;
  resizable: boolean;
  /** false when the app draws its own title bar (native_titlebar=False or decorations=False). */
  decorations: boolean;
  /** The complete HTML document (bridge script not included: the bridge injects it). */
  html: string;
  /** Local files the page may load: URL path (e.g. "/assets/tailwind.js") → absolute file path. */
  assets: Record<string, string>;
}

// ---- worker → main ----

export interface MountMessage {
  type: "mount";
  page: PageSpec;
  /** Names of every registered command (built-ins included). */
  commands: string[];
}

export interface ResultMessage {
  type: "result";
  id: number;
  ok: true;
  /**
   * The result as a JSON-compatible value; `Uint8Array`s stand for `bytes` and are sent to the
   * page as binary. Omitted when `json` is given.
   */
  value?: unknown;
  /** The result already serialised as JSON text (the worker's fast path; never contains bytes). */
  json?: string;
}

export interface ErrorInfo {
  /** Tauraro exception type (`ValueError`) or bridge error (`CommandNotFound`, `InvalidArguments`, `Timeout`, `Cancelled`). */
  name: string;
  message: string;
  /** Python-style traceback text (`Traceback (most recent call last): …`), may be empty. */
  traceback: string;
}

export interface ErrorMessage {
  type: "result";
  id: number;
  ok: false;
  error: ErrorInfo;
}

/** One value yielded by a streaming (generator) handler, for call `id`, sent before its result. */
export interface ChunkMessage {
  type: "chunk";
  id: number;
  value: unknown;
}

/** An event emitted by backend code (`emit(window, "event", payload)`), sent to every page. */
export interface EmitMessage {
  type: "emit";
  event: string;
  payload: unknown;
}

/** Window control requested by backend code (`window.minimize()` etc.). */
export interface WindowControlMessage {
  type: "window";
  action: "minimize" | "maximize" | "toggle_maximize" | "restore" | "close" | "set_title";
  value?: unknown;
}

/** The program finished (normally or by an uncaught exception); `stderr` already printed. */
export interface ExitMessage {
  type: "exit";
  code: number;
}

export type WorkerToMain =
  | MountMessage
  | ResultMessage
  | ErrorMessage
  | ChunkMessage
  | EmitMessage
  | WindowControlMessage
  | ExitMessage;

// ---- main → worker ----

export interface CallMessage {
  type: "call";
  id: number;
  command: string;
  /** JSON-compatible value (an object unless the page sent something else); `Uint8Array` = bytes. */
  args: unknown;
  /**
   * The page asked for a stream: a generator handler's yielded values go out as ChunkMessages and
   * its return value is the result. Without it, a generator handler's result is the list of its
   * yielded values.
   */
  stream?: boolean;
}

/**
 * Call `id` is no longer wanted (timed out, cancelled by the page, or its page went away): if it
 * has not started, the worker drops it without running it; the main thread has already answered
 * the page. See "Interrupts" above for a call that is running.
 */
export interface CancelMessage {
  type: "cancel";
  id: number;
  reason: InterruptReason;
}

/** An event sent by the page (`emit("name", payload)` page-side) to backend listeners. */
export interface PageEventMessage {
  type: "event";
  event: string;
  payload: unknown;
}

/** The window closed or the host is stopping: the worker's serve loop returns. */
export interface ShutdownMessage {
  type: "shutdown";
}

export type MainToWorker = CallMessage | CancelMessage | PageEventMessage | ShutdownMessage;
