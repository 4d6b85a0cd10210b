/**
 * The VM worker's entry: runs the app's program on this thread. The program's `mount_and_run`
 * (the `webviewtk` module) calls `serve()` from `vmServe.ts`, which posts `mount` and serves calls
 * until shutdown; then the program continues and ends, and the exit code is reported.
 *
 * Interrupts: compiled loops test `SIG[1]` (the runtime's view of `signal[SIGNAL_INTERRUPT]`) and
 * call `interruptHooks.onInterrupt()`, which raises inside the running handler — `TimeoutError`
 * for a timeout, `KeyboardInterrupt` for a cancel or shutdown (so `except Exception:` does not
 * swallow it) — or clears a stale request.
 *
 * @module
 */

import { workerData } from "node:worker_threads";
import { interruptHooks, setSignalArray, T } from "../lang/runtime/index.js";
import { pyErr } from "../lang/runtime/errors.js";
import { runFile } from "../lang/run.js";
import { clearStaleInterrupt, initWorker, interruptMessage, reportExit, runningCommand, takeInterrupt } from "./vmServe.js";
import { InterruptReason, type VmWorkerData } from "./vmProtocol.js";

const data = workerData as VmWorkerData;
initWorker(data);
setSignalArray(new Int32Array(data.signal));
interruptHooks.onInterrupt = () => {
  const reason = takeInterrupt();
  if (reason === InterruptReason.None) {
    clearStaleInterrupt();
    return;
  }
  const message = interruptMessage(reason, runningCommand() ?? undefined);
  throw pyErr(reason === InterruptReason.Timeout ? T.TimeoutError! : T.KeyboardInterrupt!, message);
};

let code = 1;
try {
  code = runFile(data.file, data.argv).code;
} finally {
  reportExit(code);
}
