import { test } from "node:test";
import assert from "node:assert/strict";
import { chromiumArgs, windowClassFromTitle } from "../../src/host/browserArgs.js";

const base = { url: "http://127.0.0.1:9/#s", profileDir: "/tmp/p", width: 800, height: 600, title: "My App", headless: false };

test("app mode, own profile, size, DevTools pipe, quiet start", () => {
  const args = chromiumArgs({ ...base, isRoot: false });
  for (const a of [
    "--app=http://127.0.0.1:9/#s",
    "--user-data-dir=/tmp/p",
    "--window-size=800,600",
    "--remote-debugging-pipe",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--class=My-App",
  ]) {
    assert.ok(args.includes(a), `${a} missing from ${args.join(" ")}`);
  }
  assert.ok(!args.some((a) => a.startsWith("--remote-debugging-port")), "no port is opened");
});

test("--no-sandbox only when running as root", () => {
  assert.ok(!chromiumArgs({ ...base, isRoot: false }).includes("--no-sandbox"));
  assert.ok(chromiumArgs({ ...base, isRoot: true }).includes("--no-sandbox"));
  // ... and then without the "unsupported command-line flag" bar eating the top of the page
  assert.ok(chromiumArgs({ ...base, isRoot: true }).includes("--test-type"));
  assert.ok(!chromiumArgs({ ...base, isRoot: false }).includes("--test-type"));
});

test("headless and extra switches", () => {
  const args = chromiumArgs({ ...base, isRoot: false, headless: true, extraArgs: ["--lang=de"] });
  assert.ok(args.includes("--headless=new"));
  assert.equal(args.at(-1), "--lang=de");
});

test("window class from a title", () => {
  assert.equal(windowClassFromTitle("Todo — app!"), "Todo-app");
  assert.equal(windowClassFromTitle("日本"), "Tauraro");
});
