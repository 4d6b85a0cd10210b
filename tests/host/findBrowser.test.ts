import { test } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { browserInstallPaths, BrowserNotFoundError, findBrowser } from "../../src/host/findBrowser.js";

/** A temp dir with executables (and non-executables) of the given names. */
function binDir(files: Record<string, boolean>): string {
  const dir = mkdtempSync(join(tmpdir(), "tauraro-findbrowser-"));
  for (const [name, executable] of Object.entries(files)) {
    const p = join(dir, name);
    writeFileSync(p, "#!/bin/sh\nexit 0\n");
    chmodSync(p, executable ? 0o755 : 0o644);
  }
  return dir;
}

test("finds a chromium on PATH", (t) => {
  const dir = binDir({ chromium: true });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.equal(findBrowser({ env: { PATH: dir }, platform: "linux" }), join(dir, "chromium"));
});

/** Only the files actually created in these temp dirs count (not the machine's own browsers). */
function onlyIn(...dirs: string[]): (p: string) => boolean {
  return (p) => dirs.some((d) => p.startsWith(d + "/")) && existsSync(p) && statSync(p).isFile() && (statSync(p).mode & 0o111) !== 0;
}

test("PATH order and name preference: chromium before google-chrome, earlier PATH dirs first", (t) => {
  const a = binDir({ "google-chrome": true });
  const b = binDir({ chromium: true, "google-chrome": true });
  const c = binDir({ "microsoft-edge": true });
  const d = binDir({ "microsoft-edge": true });
  t.after(() => [a, b, c, d].forEach((x) => rmSync(x, { recursive: true, force: true })));
  // chromium is the preferred name, wherever it is on PATH
  assert.equal(findBrowser({ env: { PATH: `${a}:${b}` }, platform: "linux", isExecutable: onlyIn(a, b) }), join(b, "chromium"));
  // for one name, the first PATH dir wins
  assert.equal(findBrowser({ env: { PATH: `${c}:${d}` }, platform: "linux", isExecutable: onlyIn(c, d) }), join(c, "microsoft-edge"));
  assert.equal(findBrowser({ env: { PATH: `${d}:${c}` }, platform: "linux", isExecutable: onlyIn(c, d) }), join(d, "microsoft-edge"));
});

test("a file without execute permission, or a directory, is skipped", (t) => {
  const dir = binDir({ chromium: false });
  mkdirSync(join(dir, "google-chrome"));
  const other = binDir({ "microsoft-edge-stable": true });
  t.after(() => [dir, other].forEach((d) => rmSync(d, { recursive: true, force: true })));
  // the real check (permissions, file type) on the fake dirs, first on PATH
  const found = findBrowser({ env: { PATH: `${dir}:${other}` }, platform: "linux" });
  assert.notEqual(found, join(dir, "chromium"));
  assert.notEqual(found, join(dir, "google-chrome"));
  assert.equal(findBrowser({ env: { PATH: `${dir}:${other}` }, platform: "linux", isExecutable: onlyIn(dir, other) }), join(other, "microsoft-edge-stable"));
});

test("null when nothing is found", () => {
  assert.equal(findBrowser({ env: { PATH: "/nonexistent" }, platform: "linux", isExecutable: () => false }), null);
});

test("--browser override wins, as a path or as a command name", (t) => {
  const dir = binDir({ chromium: true, "my-browser": true });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const custom = join(dir, "my-browser");
  assert.equal(findBrowser({ override: custom, env: { PATH: dir } }), custom);
  assert.equal(findBrowser({ override: "my-browser", env: { PATH: dir } }), custom);
  // the override beats TAURARO_BROWSER
  assert.equal(findBrowser({ override: custom, env: { PATH: dir, TAURARO_BROWSER: join(dir, "chromium") } }), custom);
});

test("TAURARO_BROWSER is used before the PATH search", (t) => {
  const dir = binDir({ chromium: true, "my-browser": true });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.equal(findBrowser({ env: { PATH: dir, TAURARO_BROWSER: join(dir, "my-browser") } }), join(dir, "my-browser"));
});

test("an explicit choice that names nothing runnable is an error, not a silent fallback", (t) => {
  const dir = binDir({ chromium: true, "not-exec": false });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.throws(() => findBrowser({ override: join(dir, "missing"), env: { PATH: dir } }), BrowserNotFoundError);
  assert.throws(() => findBrowser({ override: join(dir, "not-exec"), env: { PATH: dir } }), /not an executable file/);
  assert.throws(() => findBrowser({ override: "no-such-browser", env: { PATH: dir } }), /no executable named no-such-browser on PATH/);
  assert.throws(() => findBrowser({ env: { PATH: dir, TAURARO_BROWSER: "/nope/chrome" } }), /TAURARO_BROWSER/);
});

test("install locations are tried after PATH (Linux)", () => {
  const seen: string[] = [];
  const r = findBrowser({
    env: { PATH: "/empty" },
    platform: "linux",
    isExecutable: (p) => {
      seen.push(p);
      return p === "/snap/bin/chromium";
    },
  });
  assert.equal(r, "/snap/bin/chromium");
  // every PATH name first, then /usr/bin/chromium … up to the snap
  assert.ok(seen.indexOf("/empty/vivaldi") < seen.indexOf("/usr/bin/chromium"));
  assert.ok(seen.indexOf("/usr/bin/chromium") < seen.indexOf("/snap/bin/chromium"));
  assert.equal(seen.at(-1), "/snap/bin/chromium");
});

test("macOS application bundles", () => {
  const paths = browserInstallPaths("darwin", { HOME: "/Users/ada" });
  assert.ok(paths.includes("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
  assert.ok(paths.includes("/Applications/Chromium.app/Contents/MacOS/Chromium"));
  assert.ok(paths.includes("/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"));
  assert.ok(paths.includes("/Users/ada/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
  const r = findBrowser({ platform: "darwin", env: { PATH: "/usr/bin", HOME: "/Users/ada" }, isExecutable: (p) => p === "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge" });
  assert.equal(r, "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge");
});

test("Windows: Program Files, LOCALAPPDATA and PATH with PATHEXT", () => {
  const env = {
    PROGRAMFILES: "C:\\Program Files",
    "PROGRAMFILES(X86)": "C:\\Program Files (x86)",
    LOCALAPPDATA: "C:\\Users\\ada\\AppData\\Local",
    PATH: "C:\\Tools;C:\\Windows",
    PATHEXT: ".COM;.EXE;.BAT",
  };
  const paths = browserInstallPaths("win32", env);
  assert.ok(paths.includes("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"));
  assert.ok(paths.includes("C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"));
  assert.ok(paths.includes("C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe"));
  // PATH lookup appends PATHEXT extensions
  assert.equal(findBrowser({ platform: "win32", env, isExecutable: (p) => p === "C:\\Tools\\msedge.exe" }), "C:\\Tools\\msedge.exe");
  // an install path when PATH has none
  assert.equal(
    findBrowser({ platform: "win32", env, isExecutable: (p) => p === "C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe" }),
    "C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe",
  );
});
