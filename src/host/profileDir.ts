/**
 * The browser's temporary profile: a fresh directory per window, so every run starts clean
 * (no saved window placement, no restore-session prompt) and leaves nothing behind.
 *
 * @module
 */
import { lstatSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";

/** Prefix of every profile directory this host creates (under the system temp dir). */
export const PROFILE_PREFIX = "tauraro-browser-";

/** Create a new, empty profile directory and return its absolute path. */
export function createProfileDir(parent: string = tmpdir()): string {
  return mkdtempSync(join(parent, PROFILE_PREFIX));
}

/**
 * Remove a profile directory and everything in it. Never throws: a directory that is already
 * gone is fine, and a browser that is still flushing files gets a few retries.
 */
export function removeProfileDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  } catch {
    // best effort: nothing more can be done here
  }
}

/** Whether process `pid` exists on this machine. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Remove profiles left behind by runs that were killed outright (`kill -9` of `tauraro run`: the
 * browser then exits as it loses its DevTools pipe, but nobody removes its profile). A profile is
 * stale when its `SingletonLock` (a symlink to `host-pid`) names this host and a dead process, or
 * when it has no lock and is more than a day old. Returns the directories removed.
 */
export function sweepStaleProfiles(parent: string = tmpdir(), now: number = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  const host = hostname();
  for (const name of names) {
    if (!name.startsWith(PROFILE_PREFIX)) continue;
    const dir = join(parent, name);
    let stale = false;
    try {
      const lock = readlinkSync(join(dir, "SingletonLock"));
      const cut = lock.lastIndexOf("-");
      const pid = Number(lock.slice(cut + 1));
      stale = lock.slice(0, cut) === host && Number.isInteger(pid) && pid > 0 && !alive(pid);
    } catch {
      try {
        stale = now - lstatSync(dir).mtimeMs > 24 * 3600 * 1000;
      } catch {
        stale = false;
      }
    }
    if (stale) {
      removeProfileDir(dir);
      removed.push(dir);
    }
  }
  return removed;
}
