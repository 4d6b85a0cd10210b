/**
 * The app server from the outside: plain Node HTTP and WebSocket clients (other local processes
 * as far as the server can tell) against a real app (JS fixture handlers behind the real worker
 * serve loop).
 */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import WebSocket from "ws";
import type { RunningApp } from "../../src/bridge/bridge.js";
import { splitUrl, startFixtureApp } from "./helpers.js";

let app: RunningApp;
let port: number;
let secret: string;
let origin: string;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "tr-server-"));
  writeFileSync(join(dir, "app.css"), "body{}");
  writeFileSync(join(dir, "font.woff2"), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(dir, "secret.txt"), "do not serve");
  app = await startFixtureApp({
    html: "<!DOCTYPE html><html><head><title>T</title><script>window.appScriptSawInvoke = typeof window.invoke</script></head><body></body></html>",
    assets: { "/assets/app.css": join(dir, "app.css"), "/assets/font.woff2": join(dir, "font.woff2") },
  });
  ({ port, secret, origin } = splitUrl(app.url!));
});
after(async () => {
  await app.close();
});

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers: { host: `127.0.0.1:${port}`, ...headers }, setHost: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Open a WebSocket; resolves with the socket when open, or the HTTP status it was refused with. */
function openWs(opts: { protocols?: string[]; origin?: string | null; host?: string; path?: string }): Promise<WebSocket | number> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = {};
    if (opts.host) headers.host = opts.host;
    const ws = new WebSocket(`ws://127.0.0.1:${port}${opts.path ?? "/__tauraro/ws"}`, opts.protocols ?? [], {
      headers,
      ...(opts.origin === null ? {} : { origin: opts.origin ?? origin }),
      perMessageDeflate: false,
    });
    ws.once("open", () => resolve(ws));
    ws.once("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once("error", () => resolve(-1));
  });
}
const goodProtocols = () => ["tauraro-v1", `tauraro-auth.${secret}`];

/** Send frames on an authenticated socket and collect `n` decoded replies. */
async function exchange(frames: (string | Buffer)[], n: number, ws?: WebSocket): Promise<unknown[]> {
  const sock = ws ?? ((await openWs({ protocols: goodProtocols() })) as WebSocket);
  const got: unknown[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${got.length}/${n} replies: ${JSON.stringify(got)}`)), 5000);
    sock.on("message", (d, isBinary) => {
      const v = isBinary ? { binary: true } : JSON.parse(d.toString());
      for (const m of Array.isArray(v) ? v : [v]) got.push(m);
      if (got.length >= n) {
        clearTimeout(timer);
        if (!ws) sock.close();
        resolve(got);
      }
    });
    for (const f of frames) sock.send(f);
  });
}

describe("HTTP", () => {
  test("serves the page with the bridge script first in <head>, without the secret in it", async () => {
    const r = await get("/");
    assert.equal(r.status, 200);
    assert.equal(r.headers["content-type"], "text/html; charset=utf-8");
    assert.ok(r.body.indexOf("installBridge") < r.body.indexOf("appScriptSawInvoke"));
    assert.ok(r.body.indexOf("<head>") < r.body.indexOf("installBridge"));
    assert.ok(!r.body.includes(secret), "the page source must not contain the secret");
  });
  test("serves mapped assets with their content types, and nothing else", async () => {
    const css = await get("/assets/app.css");
    assert.equal(css.status, 200);
    assert.equal(css.headers["content-type"], "text/css; charset=utf-8");
    assert.equal(css.body, "body{}");
    assert.equal((await get("/assets/font.woff2")).headers["content-type"], "font/woff2");
    for (const p of ["/assets/secret.txt", "/assets/../secret.txt", "/assets/%2e%2e/secret.txt", `/${join(dir, "secret.txt")}`, "//etc/passwd", "/..%2f..%2fetc%2fpasswd", "/package.json"]) {
      assert.equal((await get(p)).status, 404, p);
    }
  });
  test("HEAD works, other methods are refused", async () => {
    const h = await get("/assets/app.css", {}, "HEAD");
    assert.equal(h.status, 200);
    assert.equal(h.body, "");
    assert.equal((await get("/", {}, "POST")).status, 405);
    assert.equal((await get("/", {}, "PUT")).status, 405);
  });
  test("a wrong Host (DNS rebinding) is refused", async () => {
    assert.equal((await get("/", { host: `evil.example:${port}` })).status, 403);
    assert.equal((await get("/assets/app.css", { host: `127.0.0.1:${port + 1}` })).status, 403);
    assert.equal((await get("/", { host: "localhost" })).status, 403);
    assert.equal((await get("/", { host: `localhost:${port}` })).status, 200);
  });
  test("a foreign Origin is refused", async () => {
    assert.equal((await get("/", { origin: "http://evil.example" })).status, 403);
    assert.equal((await get("/assets/app.css", { origin: "http://localhost:3000" })).status, 403);
    assert.equal((await get("/assets/app.css", { origin: "null" })).status, 403);
    assert.equal((await get("/assets/app.css", { origin })).status, 200);
  });
  test("another site's subresource requests are refused", async () => {
    assert.equal((await get("/assets/app.css", { "sec-fetch-site": "cross-site", "sec-fetch-mode": "no-cors", "sec-fetch-dest": "style" })).status, 403);
    assert.equal((await get("/", { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "iframe" })).status, 403);
  });
  test("no CORS headers, no cookies", async () => {
    const r = await get("/assets/app.css", { origin });
    for (const h of Object.keys(r.headers)) assert.ok(!h.startsWith("access-control-"), h);
    assert.equal(r.headers["set-cookie"], undefined);
    assert.equal(r.headers["x-content-type-options"], "nosniff");
  });
});

describe("WebSocket", () => {
  test("with the secret, Host and Origin: accepted", async () => {
    const ws = await openWs({ protocols: goodProtocols() });
    assert.ok(ws instanceof WebSocket);
    assert.equal(ws.protocol, "tauraro-v1");
    ws.close();
  });
  test("localhost names the same app", async () => {
    const ws = await openWs({ protocols: goodProtocols(), host: `localhost:${port}`, origin: `http://localhost:${port}` });
    assert.ok(ws instanceof WebSocket);
    ws.close();
  });
  test("without the secret: 401", async () => {
    assert.equal(await openWs({ protocols: ["tauraro-v1"] }), 401);
    assert.equal(await openWs({}), 401);
  });
  test("with a wrong secret: 401", async () => {
    const wrong = secret.slice(0, -1) + (secret.endsWith("A") ? "B" : "A");
    assert.equal(await openWs({ protocols: ["tauraro-v1", `tauraro-auth.${wrong}`] }), 401);
    assert.equal(await openWs({ protocols: ["tauraro-v1", `tauraro-auth.${secret}x`] }), 401);
  });
  test("a foreign Origin is refused even with the secret", async () => {
    assert.equal(await openWs({ protocols: goodProtocols(), origin: "http://evil.example" }), 403);
    assert.equal(await openWs({ protocols: goodProtocols(), origin: `http://127.0.0.1:${port + 1}` }), 403);
    assert.equal(await openWs({ protocols: goodProtocols(), origin: "null" }), 403);
  });
  test("a missing Origin is refused even with the secret", async () => {
    assert.equal(await openWs({ protocols: goodProtocols(), origin: null }), 403);
  });
  test("a wrong Host is refused even with the secret", async () => {
    assert.equal(await openWs({ protocols: goodProtocols(), host: `evil.example:${port}` }), 403);
  });
  test("another path is not a WebSocket endpoint", async () => {
    assert.equal(await openWs({ protocols: goodProtocols(), path: "/ws" }), 404);
  });
});

describe("messages", () => {
  test("invoke and the action form", async () => {
    const r = (await exchange(['{"type":"invoke","id":1,"command":"add","args":{"a":2,"b":3}}', '{"id":2,"action":"toUpperCase","data":{"text":"abc"}}'], 2)) as Record<string, unknown>[];
    r.sort((a, b) => (a.id as number) - (b.id as number));
    assert.deepEqual(r[0], { id: 1, command: "add", success: true, data: 5 });
    assert.deepEqual(r[1], { id: 2, command: "toUpperCase", action: "toUpperCase", success: true, data: "ABC" });
  });
  test("malformed messages get error replies and the connection keeps working", async () => {
    const frames = [
      "not json",
      '{"type":"invoke","id":10}',
      '{"type":"invoke","id":11,"command":""}',
      '{"type":"invoke","id":12,"command":"add","timeout":"soon"}',
      '{"type":"weird","id":13}',
      "[1,2,3]",
      Buffer.from([1, 2, 3]),
      '{"type":"invoke","id":14,"command":"nope"}',
      '{"type":"invoke","id":15,"command":"add","args":{"a":1,"b":1}}',
    ];
    const r = (await exchange(frames, 6)) as Record<string, unknown>[];
    const byId = new Map(r.map((m) => [m.id, m]));
    for (const id of [10, 11, 12, 13]) {
      assert.equal(byId.get(id)?.success, false, `id ${id}`);
      assert.equal(byId.get(id)?.errorType, "InvalidRequest", `id ${id}`);
    }
    assert.equal(byId.get(14)?.errorType, "CommandNotFound");
    assert.match(String(byId.get(14)?.error), /'nope'/);
    assert.equal(byId.get(15)?.data, 2);
  });
  test("a duplicate pending id is refused, the first call still answered", async () => {
    const r = (await exchange(['{"type":"invoke","id":1,"command":"sleep","args":{"seconds":0.2}}', '{"type":"invoke","id":1,"command":"add"}'], 2)) as Record<string, unknown>[];
    assert.equal(r[0]!.errorType, "InvalidRequest");
    assert.equal(r[1]!.data, "slept");
  });
  test("two connections using the same ids each get their own replies", async () => {
    const a = (await openWs({ protocols: goodProtocols() })) as WebSocket;
    const b = (await openWs({ protocols: goodProtocols() })) as WebSocket;
    const [ra, rb] = await Promise.all([
      exchange(['{"type":"invoke","id":1,"command":"echo","args":{"who":"a"}}'], 1, a),
      exchange(['{"type":"invoke","id":1,"command":"echo","args":{"who":"b"}}'], 1, b),
    ]);
    assert.deepEqual((ra[0] as { data: unknown }).data, { who: "a" });
    assert.deepEqual((rb[0] as { data: unknown }).data, { who: "b" });
    a.close();
    b.close();
  });
  test("server-side timeout interrupts the handler and later calls are answered", async () => {
    const t0 = Date.now();
    const r = (await exchange(['{"type":"invoke","id":1,"command":"spin","timeout":200}', '{"type":"invoke","id":2,"command":"add","args":{"a":1,"b":2}}'], 2)) as Record<string, unknown>[];
    assert.deepEqual(r[0], { id: 1, command: "spin", success: false, error: "Command 'spin' timed out after 0.2s", errorType: "Timeout", traceback: "" });
    assert.equal(r[1]!.data, 3);
    assert.ok(Date.now() - t0 < 2000);
  });
});
