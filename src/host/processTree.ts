/**
 * Ending a browser and every process it started.
 *
 * On POSIX the browser is spawned as the leader of its own process group (`detached`), so its
 * renderers, GPU process and zygotes share its group id and one `kill(-pid)` reaches them all.
 * On Windows, `taskkill /T` ends the tree.
 *
 * @module
 */
import { nodeChildProcess } from "../lazyNode.js";
import { readdirSync, readFileSync } from "node:fs";

/** Send `signal` to the process group led by `pid` (or the tree, on Windows). Never throws. */
export function killProcessTree(pid: number, signal: NodeJS.Signals = "SIGKILL"): void {
  if (process.platform === "win32") {
    nodeChildProcess().spawnSync("taskkill", ["/PID", String(pid), "/T", "/F"], { stdio: "ignore", windowsHide: true });
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/**
 * Live (non-zombie) members of the process group `pgid`, read from `/proc` (Linux), or `null`
 * where there is no `/proc`. Zombies are left out: in containers whose init never reaps, a
 * browser's helpers stay zombies forever, yet they hold no resources and do nothing.
 */
export function liveGroupMembers(pgid: number): number[] | null {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return null;
  }
  const out: number[] = [];
  for (const name of entries) {
    if (!/^[0-9]+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    // pid (comm) state ppid pgrp …  — comm may contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const state = fields[0];
    const pgrp = Number(fields[2]);
    if (pgrp === pgid && state !== "Z" && state !== "X") out.push(Number(name));
  }
  return out;
}

/** Whether any live process of the group led by `pid` remains (the process itself on Windows). */
export function processGroupAlive(pid: number): boolean {
  if (process.platform === "linux") {
    const members = liveGroupMembers(pid);
    if (members !== null) return members.length > 0;
  }
  try {
    process.kill(process.platform === "win32" ? pid : -pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
