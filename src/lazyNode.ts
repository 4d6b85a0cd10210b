/**
 * Node built-ins and packages that only some programs or commands need, loaded on first use:
 * a plain `tauraro run script.py` then starts without compiling crypto, http, ws and the like
 * (about 14 ms of every start-up otherwise).
 */
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

function lazy<T>(id: string): () => T {
  let m: T | undefined;
  return () => (m ??= load(id) as T);
}

export const nodeCrypto = lazy<typeof import("node:crypto")>("node:crypto");
export const nodeChildProcess = lazy<typeof import("node:child_process")>("node:child_process");
export const nodeHttp = lazy<typeof import("node:http")>("node:http");
export const nodeWorkerThreads = lazy<typeof import("node:worker_threads")>("node:worker_threads");
export const nodeReadline = lazy<typeof import("node:readline")>("node:readline");
export const wsPackage = lazy<typeof import("ws")>("ws");
