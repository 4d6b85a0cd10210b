/**
 * The contract between the bridge core (`router.ts`) and whatever runs the commands.
 *
 * `WorkerBackend` (`workerBackend.ts`) runs the Tauraro program on a worker thread. Ids are the
 * router's (positive Int32), unique among calls in flight.
 *
 * @module
 */

import type { ErrorInfo, InterruptReason } from "./vmProtocol.js";

/** Where a backend reports back (the router implements it). */
export interface BackendSink {
  /** Call `id` returned: `json` is its JSON text when the backend serialised it, else `value`. */
  result(id: number, value: unknown, json: string | undefined): void;
  /** Call `id` raised. */
  error(id: number, error: ErrorInfo): void;
  /** Call `id` (streaming) yielded a value. */
  chunk(id: number, value: unknown): void;
  /** Backend code emitted an event for the pages. */
  emit(event: string, payload: unknown): void;
  /** Backend code asked for a window action (`WindowControlMessage.action`). */
  window(action: string, value: unknown): void;
}

/** Runs commands; never blocks the caller. */
export interface Backend {
  /** Where results go; set once before the first call. */
  setSink(sink: BackendSink): void;
  /** Start call `id` (results arrive later through the sink, in any order). */
  call(id: number, command: string, args: unknown, stream: boolean): void;
  /** Drop call `id` (not started) or interrupt it (running). Its late result, if any, is ignored by the router. */
  cancel(id: number, reason: InterruptReason): void;
  /** Deliver a page event to backend listeners. */
  event(event: string, payload: unknown): void;
}
