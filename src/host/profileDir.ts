/**
 * The browser's temporary profile: a fresh directory per window, so every run starts clean
 * (no saved window placement, no restore-session prompt) and leaves nothing behind.
 *
 * @module
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
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
