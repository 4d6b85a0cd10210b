/**
 * The backend that owns the VM worker thread: starts it, waits for `mount`, posts calls (batched
 * per turn, with an `Atomics.notify` wake-up), interrupts calls, and shuts it down.
 *
 * @module
 */

import { fileURLToPath } from "node:url";
import type { MessagePort, Worker } from "node:worker_threads";
import { nodeWorkerThreads } from "../lazyNode.js";
import type { Backend, BackendSink } from "./backend.js";
import {
  InterruptReason,
  SIGNAL_INTERRUPT,
  SIGNAL_LENGTH,
  SIGNAL_REASON,
  SIGNAL_RUNNING,
  SIGNAL_SEQ,
  type CallMessage,
  type MainToWorker,
  type MountMessage,
  type VmWorkerData,
  type WorkerToMain,
} from "./vmProtocol.js";

/** Options of {@link WorkerBackend}. */
export interface WorkerBackendOptions {
  /** Absolute path of the program. */
  file: string;
  /** sys.argv (argv[0] = the program path as given). */
  argv: string[];
  /** The worker entry (default: the compiled `vmWorker.js` next to this file). */
  workerScript?: string | URL;
  /** Extra `workerData` fields for custom worker scripts. */
  extra?: Record<string, unknown>;
}

const DEFAULT_WORKER = new URL("./vmWorker.js", import.meta.url);

/**
 * Runs the program on a worker thread and serves calls through it.
 *
 * @example
 * ```ts
 * const backend = new WorkerBackend({ file: "/abs/app.tr", argv: ["app.tr"] });
 * const mount = await backend.mounted; // null if the program ended without mount_and_run
 * ```
 */
export class WorkerBackend implements Backend {
  /** Resolves with the mount message, or null if the program ended before mounting. */
  readonly mounted: Promise<MountMessage | null>;
  /** Resolves with the program's exit code once the worker is gone. */
  readonly exited: Promise<number>;

  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal: Int32Array;
  private sink: BackendSink | null = null;
  private out: MainToWorker[] = [];
  private flushScheduled = false;
  private exitCode: number | null = null;
  private done = false;
  private resolveMounted!: (m: MountMessage | null) => void;

  constructor(opts: WorkerBackendOptions) {
    const sab = new SharedArrayBuffer(SIGNAL_LENGTH * 4);
    this.signal = new Int32Array(sab);
    const { port1, port2 } = new (nodeWorkerThreads().MessageChannel)();
    this.port = port1;
    const data: VmWorkerData & Record<string, unknown> = { ...opts.extra, file: opts.file, argv: opts.argv, signal: sab, port: port2 };
    const script = opts.workerScript ?? DEFAULT_WORKER;
    this.worker = new (nodeWorkerThreads().Worker)(typeof script === "string" ? script : fileURLToPath(script), {
      workerData: data,
      transferList: [port2],
      stdout: false,
      stderr: false,
    });
    this.mounted = new Promise((r) => (this.resolveMounted = r));
    this.port.on("message", this.onBatch);
    this.exited = new Promise((resolve) => {
      this.worker.on("error", (e) => {
        process.stderr.write(`tauraro: the VM worker failed: ${(e as Error)?.stack ?? String(e)}\n`);
        if (this.exitCode === null) this.exitCode = 1;
      });
      this.worker.on("exit", (code) => {
        this.done = true;
        // What the thread posted last (its final reply, its exit code) is in the port's queue but
        // its 'message' events may come after this one: take it all now, in order, before closing.
        this.drainPort();
        this.port.close();
        this.resolveMounted(null);
        resolve(this.exitCode ?? code);
      });
    });
  }

  private drainPort(): void {
    let r: { message: unknown } | undefined;
    while ((r = nodeWorkerThreads().receiveMessageOnPort(this.port)) !== undefined) this.onBatch(r.message as WorkerToMain | WorkerToMain[]);
  }

  private readonly onBatch = (m: WorkerToMain | WorkerToMain[]): void => {
    if (Array.isArray(m)) for (let i = 0; i < m.length; i++) this.onMessage(m[i]!);
    else this.onMessage(m);
  };

  private onMessage(m: WorkerToMain): void {
    const sink = this.sink;
    switch (m.type) {
      case "result":
        if (sink === null) return;
        if (m.ok) sink.result(m.id, m.value, m.json);
        else sink.error(m.id, m.error);
        return;
      case "chunk":
        sink?.chunk(m.id, m.value);
        return;
      case "emit":
        sink?.emit(m.event, m.payload);
        return;
      case "window":
        sink?.window(m.action, m.value);
        return;
      case "mount":
        this.resolveMounted(m);
        return;
      case "exit":
        this.exitCode = m.code;
        return;
    }
  }

  setSink(sink: BackendSink): void {
    this.sink = sink;
  }

  private enqueue(m: MainToWorker): void {
    this.out.push(m);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      queueMicrotask(this.flush);
    }
  }

  private readonly flush = (): void => {
    this.flushScheduled = false;
    const out = this.out;
    if (out.length === 0 || this.done) return;
    this.out = [];
    this.port.postMessage(out.length === 1 ? out[0] : out);
    Atomics.add(this.signal, SIGNAL_SEQ, 1);
    Atomics.notify(this.signal, SIGNAL_SEQ);
  };

  call(id: number, command: string, args: unknown, stream: boolean): void {
    const m: CallMessage = stream ? { type: "call", id, command, args, stream } : { type: "call", id, command, args };
    this.enqueue(m);
  }

  cancel(id: number, reason: InterruptReason): void {
    // Still in our outbox: simply never send it.
    const i = this.out.findIndex((m) => m.type === "call" && m.id === id);
    if (i >= 0) {
      this.out.splice(i, 1);
      return;
    }
    this.out.push({ type: "cancel", id, reason });
    this.flush(); // the cancel must be posted before SIGNAL_RUNNING is read
    const s = this.signal;
    if (Atomics.load(s, SIGNAL_RUNNING) === id) {
      this.interrupt(id, reason);
      this.watch(id, reason);
    }
  }

  /**
   * A handler may catch the interrupt and carry on (`except BaseException: pass` in a loop): ask
   * again every 250 ms for as long as that call is still the one running.
   */
  private watch(id: number, reason: InterruptReason): void {
    const timer = setInterval(() => {
      if (this.done || Atomics.load(this.signal, SIGNAL_RUNNING) !== id) clearInterval(timer);
      else if (Atomics.load(this.signal, SIGNAL_INTERRUPT) !== id) this.interrupt(id, reason);
    }, 250);
    timer.unref();
  }

  private interrupt(id: number, reason: InterruptReason): void {
    const s = this.signal;
    Atomics.store(s, SIGNAL_REASON, reason);
    Atomics.store(s, SIGNAL_INTERRUPT, id);
    Atomics.notify(s, SIGNAL_INTERRUPT);
    Atomics.notify(s, SIGNAL_SEQ);
  }

  event(event: string, payload: unknown): void {
    this.enqueue({ type: "event", event, payload });
  }

  /**
   * Ask the serve loop to return (the program then continues after `mount_and_run` and ends);
   * interrupt the running call; terminate the thread if it has not ended after `graceMs`.
   *
   * @example
   * ```ts
   * const code = await backend.shutdown(3000);
   * ```
   */
  async shutdown(graceMs = 3000): Promise<number> {
    if (!this.done) {
      this.out.length = 0;
      this.out.push({ type: "shutdown" });
      this.flush();
      const running = Atomics.load(this.signal, SIGNAL_RUNNING);
      if (running !== 0) this.interrupt(running, InterruptReason.Shutdown);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        this.exited.then(() => false),
        new Promise<boolean>((r) => (timer = setTimeout(() => r(true), graceMs))),
      ]);
      clearTimeout(timer);
      if (timedOut) {
        if (this.exitCode === null) this.exitCode = 1;
        await this.worker.terminate();
      }
    }
    return this.exited;
  }

  /** Stop the thread at once. */
  async terminate(): Promise<number> {
    if (!this.done) await this.worker.terminate();
    return this.exited;
  }
}
