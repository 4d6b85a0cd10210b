/** Units: wire-message validation, binary frames, replies, auth checks, asset resolution, page script. */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { checkHttp, checkUpgrade, makePolicy, newSecret, secretMatches } from "../../src/bridge/auth.js";
import { cleanUrlPath, contentType, resolveAsset } from "../../src/bridge/assets.js";
import { bridgeScriptSource, injectBridge } from "../../src/bridge/page/pageScript.js";
import {
  encodeBinaryFrame,
  errorReply,
  parseBinaryFrame,
  parseTextFrame,
  successReply,
  timeoutMessage,
  validateMessage,
} from "../../src/bridge/protocol.js";

describe("validateMessage", () => {
  test("invoke form with defaults", () => {
    assert.deepEqual(validateMessage({ type: "invoke", id: 1, command: "greet", args: { name: "Ada" } }), {
      kind: "invoke",
      id: 1,
      command: "greet",
      args: { name: "Ada" },
      timeout: 30000,
      stream: false,
      action: undefined,
    });
  });
  test("absent args become {}; other JSON args pass through", () => {
    const m = validateMessage({ type: "invoke", id: 0, command: "echo" });
    assert.equal(m.kind, "invoke");
    assert.deepEqual((m as { args: unknown }).args, {});
    const m2 = validateMessage({ type: "invoke", id: 2, command: "echo", args: [1, 2] });
    assert.deepEqual((m2 as { args: unknown }).args, [1, 2]);
  });
  test("timeout and stream", () => {
    const m = validateMessage({ type: "invoke", id: 3, command: "x", timeout: 0, stream: true });
    assert.equal(m.kind, "invoke");
    assert.equal((m as { timeout: number }).timeout, 0);
    assert.equal((m as { stream: boolean }).stream, true);
  });
  test("the action form", () => {
    assert.deepEqual(validateMessage({ id: 7, action: "add", data: { a: 1 } }), {
      kind: "invoke",
      id: 7,
      command: "add",
      args: { a: 1 },
      timeout: 30000,
      stream: false,
      action: "add",
    });
  });
  test("cancel and event", () => {
    assert.deepEqual(validateMessage({ type: "cancel", id: 4 }), { kind: "cancel", id: 4 });
    // the page's own timer expired first: the handler must see TimeoutError, not a cancel
    assert.deepEqual(validateMessage({ type: "cancel", id: 4, reason: "timeout" }), { kind: "cancel", id: 4, timeout: true });
    assert.deepEqual(validateMessage({ type: "cancel", id: 4, reason: "other" }), { kind: "cancel", id: 4 });
    assert.deepEqual(validateMessage({ type: "event", event: "e" }), { kind: "event", event: "e", payload: null });
  });
  test("window JSON form with a pointer position", () => {
    assert.deepEqual(validateMessage({ type: "window", action: "drag_start", screenX: 10, screenY: 20 }), {
      kind: "window",
      action: "drag_start",
      from: { screenX: 10, screenY: 20 },
    });
    assert.equal(validateMessage({ type: "window", action: "explode" }).kind, "invalid");
  });
  const bad: [unknown, number | undefined, RegExp][] = [
    [null, undefined, /JSON object/],
    [[1], undefined, /JSON object/],
    ["str", undefined, /JSON object/],
    [{ type: "invoke", command: "x" }, undefined, /'id'/],
    [{ type: "invoke", id: -1, command: "x" }, undefined, /'id'/],
    [{ type: "invoke", id: 1.5, command: "x" }, undefined, /'id'/],
    [{ type: "invoke", id: "1", command: "x" }, undefined, /'id'/],
    [{ type: "invoke", id: 1 }, 1, /'command' must be a string/],
    [{ type: "invoke", id: 1, command: "" }, 1, /must not be empty/],
    [{ type: "invoke", id: 1, command: "x".repeat(300) }, 1, /longer than/],
    [{ type: "invoke", id: 1, command: 5 }, 1, /'command'/],
    [{ type: "invoke", id: 1, command: "x", timeout: -5 }, 1, /timeout/],
    [{ type: "invoke", id: 1, command: "x", timeout: "1" }, 1, /timeout/],
    [{ type: "invoke", id: 1, command: "x", stream: "yes" }, 1, /stream/],
    [{ id: 2, action: 42 }, 2, /'action'/],
    [{ type: "bogus", id: 3 }, 3, /unknown message type/],
    [{ id: 4 }, 4, /needs 'type'/],
    [{ type: "event", event: "" }, undefined, /'event'/],
    [{ type: "cancel" }, undefined, /'id'/],
  ];
  for (const [msg, id, re] of bad) {
    test(`invalid: ${JSON.stringify(msg)?.slice(0, 60)}`, () => {
      const m = validateMessage(msg);
      assert.equal(m.kind, "invalid");
      assert.equal((m as { id: unknown }).id, id);
      assert.match((m as { error: string }).error, re);
    });
  }
});

describe("parseTextFrame", () => {
  test("raw window strings", () => {
    for (const a of ["minimize", "maximize", "close", "drag_start"]) {
      assert.deepEqual(parseTextFrame(`window:${a}`), [{ kind: "window", action: a }]);
    }
    assert.equal(parseTextFrame("window:explode")[0]!.kind, "invalid");
  });
  test("batches are handled item by item", () => {
    const ms = parseTextFrame('[{"type":"invoke","id":1,"command":"a"},{"type":"cancel","id":1},42]');
    assert.deepEqual(
      ms.map((m) => m.kind),
      ["invoke", "cancel", "invalid"],
    );
  });
  test("not JSON", () => {
    const [m] = parseTextFrame("{oops");
    assert.equal(m!.kind, "invalid");
  });
});

describe("binary frames", () => {
  test("round trip with nested byte values", () => {
    const a = new Uint8Array([1, 2, 3]);
    const b = new Uint8Array(70000).fill(9);
    const frame = encodeBinaryFrame({ type: "invoke", id: 5, command: "put", args: { a, list: [b, "x"], n: 1 } });
    const [m] = parseBinaryFrame(frame);
    assert.equal(m!.kind, "invoke");
    const args = (m as { args: { a: Uint8Array; list: [Uint8Array, string]; n: number } }).args;
    assert.deepEqual(Array.from(args.a), [1, 2, 3]);
    assert.equal(args.list[0].byteLength, 70000);
    assert.equal(args.list[1], "x");
    assert.equal(args.n, 1);
  });
  test("malformed frames are refused, never thrown", () => {
    for (const f of [new Uint8Array([]), new Uint8Array([255, 255, 0, 0, 1]), new Uint8Array([2, 0, 0, 0, 123, 125, 1])]) {
      assert.equal(parseBinaryFrame(f)[0]!.kind, "invalid");
    }
    const head = Buffer.from('{"$buffers":[10],"type":"invoke","id":1,"command":"x","args":{"$bin":0}}');
    const f = Buffer.concat([Buffer.from([head.length, 0, 0, 0]), head, Buffer.from([1, 2])]);
    const [m] = parseBinaryFrame(f);
    assert.equal(m!.kind, "invalid");
    assert.equal((m as { id: unknown }).id, 1);
  });
});

describe("replies", () => {
  test("success keeps the original fields", () => {
    assert.deepEqual(JSON.parse(successReply(1, "add", "3", undefined)), { id: 1, command: "add", success: true, data: 3 });
    assert.deepEqual(JSON.parse(successReply(2, "add", "3", "add")), { id: 2, command: "add", action: "add", success: true, data: 3 });
  });
  test("errors carry errorType and traceback", () => {
    assert.deepEqual(JSON.parse(errorReply(3, "x", { name: "ValueError", message: "bad", traceback: "tb" }, undefined)), {
      id: 3,
      command: "x",
      success: false,
      error: "bad",
      errorType: "ValueError",
      traceback: "tb",
    });
  });
  test("timeout text uses the actual seconds", () => {
    assert.equal(timeoutMessage("slow", 30000), "Command 'slow' timed out after 30s");
    assert.equal(timeoutMessage("slow", 1500), "Command 'slow' timed out after 1.5s");
    assert.equal(timeoutMessage("slow", 250), "Command 'slow' timed out after 0.25s");
  });
});

describe("auth", () => {
  test("secrets: 43 base64url characters, fresh each time, compared exactly", () => {
    const s = newSecret();
    assert.match(s, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(newSecret(), s);
    assert.ok(secretMatches(s, s));
    assert.ok(!secretMatches(s, s.slice(0, -1) + (s.endsWith("A") ? "B" : "A")));
    assert.ok(!secretMatches(s, s + "x"));
    assert.ok(!secretMatches(s, undefined));
  });
  const p = makePolicy(4567, "S".repeat(43));
  test("HTTP: Host must be ours", () => {
    assert.equal(checkHttp(p, { host: "127.0.0.1:4567" }), null);
    assert.equal(checkHttp(p, { host: "localhost:4567" }), null);
    assert.equal(checkHttp(p, { host: "evil.example:4567" })!.status, 403);
    assert.equal(checkHttp(p, { host: "127.0.0.1:4568" })!.status, 403);
    assert.equal(checkHttp(p, {})!.status, 403);
  });
  test("HTTP: a present Origin must be ours", () => {
    assert.equal(checkHttp(p, { host: "127.0.0.1:4567", origin: "http://127.0.0.1:4567" }), null);
    assert.equal(checkHttp(p, { host: "127.0.0.1:4567", origin: "http://evil.example" })!.status, 403);
    assert.equal(checkHttp(p, { host: "127.0.0.1:4567", origin: "null" })!.status, 403);
    assert.equal(checkHttp(p, { host: "127.0.0.1:4567", origin: "http://localhost:3000" })!.status, 403);
  });
  test("HTTP: other sites may navigate to the page but not load its resources", () => {
    const h = { host: "127.0.0.1:4567", "sec-fetch-site": "cross-site" };
    assert.equal(checkHttp(p, { ...h, "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" }), null);
    assert.equal(checkHttp(p, { ...h, "sec-fetch-mode": "no-cors", "sec-fetch-dest": "script" })!.status, 403);
    assert.equal(checkHttp(p, { ...h, "sec-fetch-mode": "navigate", "sec-fetch-dest": "iframe" })!.status, 403);
    assert.equal(checkHttp(p, { host: "127.0.0.1:4567", "sec-fetch-site": "same-site", "sec-fetch-mode": "cors" })!.status, 403);
  });
  test("WebSocket: Host, Origin and secret all required", () => {
    const ok = { host: "127.0.0.1:4567", origin: "http://127.0.0.1:4567", "sec-websocket-protocol": `tauraro-v1, tauraro-auth.${"S".repeat(43)}` };
    assert.equal(checkUpgrade(p, ok), null);
    assert.equal(checkUpgrade(p, { ...ok, host: "evil:4567" })!.status, 403);
    assert.equal(checkUpgrade(p, { ...ok, origin: "http://evil.example" })!.status, 403);
    const { origin: _o, ...noOrigin } = ok;
    assert.equal(checkUpgrade(p, noOrigin)!.status, 403);
    assert.equal(checkUpgrade(p, { ...ok, "sec-websocket-protocol": "tauraro-v1" })!.status, 401);
    assert.equal(checkUpgrade(p, { ...ok, "sec-websocket-protocol": `tauraro-v1, tauraro-auth.${"T".repeat(43)}` })!.status, 401);
  });
});

describe("assets", () => {
  test("content types", () => {
    assert.equal(contentType("a.woff2"), "font/woff2");
    assert.equal(contentType("a.woff"), "font/woff");
    assert.equal(contentType("a.CSS"), "text/css; charset=utf-8");
    assert.equal(contentType("a.js"), "text/javascript; charset=utf-8");
    assert.equal(contentType("a.svg"), "image/svg+xml");
    assert.equal(contentType("a.map"), "application/json; charset=utf-8");
    assert.equal(contentType("a.ttf"), "font/ttf");
    assert.equal(contentType("noext"), "application/octet-stream");
  });
  test("cleanUrlPath refuses traversal", () => {
    assert.equal(cleanUrlPath("/a/b.js?x=1#f"), "/a/b.js");
    for (const u of ["/a/../b", "/a/%2e%2e/b", "/a/%2E%2E/b", "/a/./b", "a/b", "/a//b", "/a\\b", "/a/%5c..%5cb", "/%00", "/%zz"]) {
      assert.equal(cleanUrlPath(u), null, u);
    }
  });
  test("resolveAsset: exact files, directory mappings, no escape", () => {
    const d = mkdtempSync(join(tmpdir(), "tr-assets-"));
    mkdirSync(join(d, "pkg", "fonts"), { recursive: true });
    writeFileSync(join(d, "pkg", "fonts", "a.woff2"), "x");
    writeFileSync(join(d, "secret.txt"), "s");
    writeFileSync(join(d, "app.css"), "c");
    symlinkSync(join(d, "secret.txt"), join(d, "pkg", "link.txt"));
    const assets = { "/app.css": join(d, "app.css"), "/assets/pkg/": join(d, "pkg") + "/" };
    assert.equal(resolveAsset(assets, "/app.css"), join(d, "app.css"));
    assert.equal(resolveAsset(assets, "/assets/pkg/fonts/a.woff2"), join(d, "pkg", "fonts", "a.woff2"));
    assert.equal(resolveAsset(assets, "/assets/pkg/../secret.txt"), null);
    assert.equal(resolveAsset(assets, "/assets/pkg/%2e%2e/secret.txt"), null);
    assert.equal(resolveAsset(assets, "/assets/pkg/link.txt"), null); // symlink out of the directory
    assert.equal(resolveAsset(assets, "/assets/pkg/fonts"), null); // a directory is not a file
    assert.equal(resolveAsset(assets, "/assets/pkg/"), null);
    assert.equal(resolveAsset(assets, "/secret.txt"), null);
    assert.equal(resolveAsset(assets, "/constructor"), null);
  });
});

describe("page script", () => {
  test("is valid standalone JavaScript and cannot end its <script> early", () => {
    const src = bridgeScriptSource();
    assert.doesNotThrow(() => new Function("window", src));
    assert.doesNotMatch(src, /<\/script/i);
  });
  test("is injected at the start of <head>, before any app script", () => {
    const html = '<!DOCTYPE html><html lang="en"><head data-x="1"><script>app()</script></head><body></body></html>';
    const out = injectBridge(html);
    const at = out.indexOf("<script>(function installBridge");
    assert.ok(at > 0);
    assert.equal(out.slice(0, at), '<!DOCTYPE html><html lang="en"><head data-x="1">');
    assert.ok(out.indexOf("app()") > at);
  });
  test("documents without <head> still get it first", () => {
    assert.match(injectBridge("<html><body><script>x()</script></body></html>"), /^<html><head><script>\(function installBridge/);
    assert.match(injectBridge("<!doctype html><p>hi<script>x()</script>"), /^<!doctype html><script>\(function installBridge/);
    assert.match(injectBridge("<header>not a head</header>"), /^<script>\(function installBridge/);
  });
});
