import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { createProfileDir, PROFILE_PREFIX, removeProfileDir, sweepStaleProfiles } from "../../src/host/profileDir.js";

test("create and remove a profile dir", () => {
  const dir = createProfileDir();
  assert.ok(existsSync(dir));
  assert.ok(dir.includes(PROFILE_PREFIX));
  mkdirSync(join(dir, "Default", "Cache"), { recursive: true });
  removeProfileDir(dir);
  assert.equal(existsSync(dir), false);
  removeProfileDir(dir); // already gone: fine
});

test("sweeping removes profiles of dead browsers only", (t) => {
  const parent = mkdtempSync(join(tmpdir(), "tauraro-sweep-"));
  t.after(() => rmSync(parent, { recursive: true, force: true }));
  const make = (name: string, lock?: string): string => {
    const dir = join(parent, PROFILE_PREFIX + name);
    mkdirSync(dir);
    if (lock !== undefined) symlinkSync(lock, join(dir, "SingletonLock"));
    return dir;
  };
  const dead = make("dead", `${hostname()}-2147483646`);
  const live = make("live", `${hostname()}-${process.pid}`);
  const otherHost = make("other", `not-${hostname()}-2147483646`);
  const fresh = make("fresh");
  const old = make("old");
  const dayAgo = (Date.now() - 25 * 3600 * 1000) / 1000;
  utimesSync(old, dayAgo, dayAgo);
  const unrelated = join(parent, "something-else");
  mkdirSync(unrelated);
  const removed = sweepStaleProfiles(parent).sort();
  assert.deepEqual(removed, [dead, old].sort());
  for (const d of [live, otherHost, fresh, unrelated]) assert.ok(existsSync(d), d);
});
