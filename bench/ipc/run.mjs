// `npm run bench:ipc`: the IPC bridge measured from headless Chromium, in one run.
//
// - sequential small invokes (mean round trip) vs a bare WebSocket JSON echo server (ws, same
//   machine, same browser, same message) — the ratio is the bridge's overhead;
// - 1 MiB round trips (invoke "echo" with a 1 MiB string) vs the same through the bare echo;
// - pipelined calls/s with 64 in flight.
//
// The backend is the real Tauraro app `bench/ipc/app.tr` when the language runs it
// (`dist/src/bridge/vmWorker.js`); otherwise — or with `--js` — the same commands written in
// JavaScript behind the same serve loop (`tests/bridge/fixtures/jsWorker.ts`), and the report
// says which. Playwright only starts the browser and triggers the measurement; every timed path
// is page → WebSocket → Node → (worker) → back.
//
// Sequential calls are measured in alternating blocks (echo, invoke, echo, invoke, …) and the
// ratio is the median of the per-pair ratios, so load from other processes drifting during the
// run affects both sides alike.
//
// A separate, untimed pass then records how long each sequential call spends between the main
// thread handing it to the worker and the main thread holding its result (the worker hop).
//
// Options: --js, --rounds N (block pairs, default 20), --n N (calls per block, default 250).
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { WebSocketServer } from "ws";

const root = fileURLToPath(new URL("../../", import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const ROUNDS = opt("--rounds", 20);
const N = opt("--n", 250);
const BROWSER = process.env.CHROMIUM ?? "/usr/bin/chromium";

const { startApp } = await import(`${root}dist/src/bridge/bridge.js`);
const { WorkerBackend } = await import(`${root}dist/src/bridge/workerBackend.js`);
const { Router } = await import(`${root}dist/src/bridge/router.js`);

// Breakdown (measured in a separate pass, not during the timed blocks): how long each call spends
// between the main thread handing it to the worker and the main thread having its result.
const hops = { on: false, started: new Map(), samples: [] };
{
  const call = WorkerBackend.prototype.call;
  WorkerBackend.prototype.call = function (id, ...rest) {
    if (hops.on) hops.started.set(id, performance.now());
    return call.call(this, id, ...rest);
  };
  const result = Router.prototype.result;
  Router.prototype.result = function (id, ...rest) {
    const t = hops.on ? hops.started.get(id) : undefined;
    if (t !== undefined) {
      hops.samples.push(performance.now() - t);
      hops.started.delete(id);
    }
    return result.call(this, id, ...rest);
  };
}

// ---- the bare echo server (text frames echoed unchanged)
const echoHttp = createServer((_req, res) => res.end());
const wss = new WebSocketServer({ server: echoHttp, perMessageDeflate: false, maxPayload: 256 << 20 });
wss.on("connection", (ws) => ws.on("message", (data, isBinary) => ws.send(isBinary ? data : data.toString())));
await new Promise((r) => echoHttp.listen(0, "127.0.0.1", r));
const echoPort = echoHttp.address().port;

// ---- the app
async function start() {
  const fixture = `${root}dist/tests/bridge/fixtures/jsWorker.js`;
  if (!args.includes("--js") && existsSync(`${root}dist/src/bridge/vmWorker.js`)) {
    try {
      const app = await startApp({ file: `${root}bench/ipc/app.tr`, argv: ["app.tr"] });
      if (app.url !== null) return { app, backend: "Tauraro app bench/ipc/app.tr" };
      console.error(`(bench/ipc/app.tr did not mount: exit ${await app.exited}; using the JS fixture)`);
    } catch (e) {
      console.error(`(the Tauraro backend failed: ${e.message}; using the JS fixture)`);
    }
  }
  const app = await startApp({ file: fixture, workerScript: fixture });
  return { app, backend: "JavaScript handlers behind the real serve loop (fixture)" };
}
const { app, backend } = await start();

const browser = await chromium.launch({
  executablePath: BROWSER,
  args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const page = await browser.newPage();
  page.on("console", (m) => m.type() === "error" && console.error("page:", m.text()));
  await page.goto(app.url);
  await page.evaluate(() => window.__TAURARO__.ready);

  const result = await page.evaluate(
    async ({ echoPort, ROUNDS, N }) => {
      const ws = new WebSocket(`ws://127.0.0.1:${echoPort}/`);
      await new Promise((r, j) => ((ws.onopen = r), (ws.onerror = j)));
      let waiting = null;
      ws.onmessage = (e) => {
        JSON.parse(e.data);
        const w = waiting;
        waiting = null;
        w();
      };
      let eid = 0;
      const echoOnce = (args) =>
        new Promise((r) => {
          waiting = r;
          ws.send(JSON.stringify({ type: "invoke", id: ++eid, command: "echo", args }));
        });
      const small = { a: 1, b: 2 };
      async function seqEcho(n, args) {
        const t = performance.now();
        for (let i = 0; i < n; i++) await echoOnce(args);
        return (performance.now() - t) / n;
      }
      async function seqInvoke(n, cmd, args) {
        const t = performance.now();
        for (let i = 0; i < n; i++) await invoke(cmd, args);
        return (performance.now() - t) / n;
      }
      // pipelined: keep `depth` calls in flight until `total` are done
      function pipelined(total, depth, call) {
        return new Promise((resolve) => {
          let sent = 0, done = 0;
          const t = performance.now();
          const next = () => {
            done++;
            if (done === total) resolve(total / ((performance.now() - t) / 1000));
            else if (sent < total) { sent++; call().then(next); }
          };
          for (; sent < depth; sent++) call().then(next);
        });
      }
      let pid = 0;
      const pendingEcho = new Map();
      const echoPipe = new WebSocket(`ws://127.0.0.1:${echoPort}/`);
      await new Promise((r) => (echoPipe.onopen = r));
      echoPipe.onmessage = (e) => {
        const m = JSON.parse(e.data);
        const r = pendingEcho.get(m.id);
        pendingEcho.delete(m.id);
        r(m);
      };
      const echoPiped = () =>
        new Promise((r) => {
          const id = ++pid;
          pendingEcho.set(id, r);
          echoPipe.send(JSON.stringify({ type: "invoke", id, command: "add", args: small }));
        });

      // warm-up
      await seqEcho(500, small);
      await seqInvoke(500, "add", small);
      const echoMeans = [], invokeMeans = [];
      for (let r = 0; r < ROUNDS; r++) {
        echoMeans.push(await seqEcho(N, small));
        invokeMeans.push(await seqInvoke(N, "add", small));
      }
      const big = { big: "x".repeat(1 << 20) };
      await seqEcho(3, big);
      await seqInvoke(3, "echo", big);
      const bigEcho = await seqEcho(20, big);
      const bigInvoke = await seqInvoke(20, "echo", big);
      await pipelined(5000, 64, () => invoke("add", small));
      const pipeInvoke = [];
      for (let r = 0; r < 3; r++) pipeInvoke.push(await pipelined(50000, 64, () => invoke("add", small)));
      const pipeEcho = await pipelined(50000, 64, echoPiped);
      ws.close();
      echoPipe.close();
      return { echoMeans, invokeMeans, bigEcho, bigInvoke, pipeInvoke, pipeEcho };
    },
    { echoPort, ROUNDS, N },
  );

  hops.on = true;
  const breakdownRt = await page.evaluate(async () => {
    const t = performance.now();
    for (let i = 0; i < 2000; i++) await invoke("add", { a: 1, b: 2 });
    return (performance.now() - t) / 2000;
  });
  hops.on = false;

  const median = (a) => {
    const s = [...a].sort((x, y) => x - y);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;
  const e = median(result.echoMeans), i = median(result.invokeMeans);
  const ratio = median(result.echoMeans.map((x, k) => result.invokeMeans[k] / x));
  const [load1] = (await import("node:os")).loadavg();
  console.log(`IPC bridge benchmark — ${backend}`);
  console.log(`  Chromium ${await browser.version()}, Node ${process.version}, ${(await import("node:os")).cpus().length} CPUs, load average ${load1.toFixed(2)}; ${ROUNDS} alternating block pairs × ${N} sequential calls`);
  console.log(`  small round trip, bare WebSocket echo : ${us(e)}   (median of blocks; min ${us(Math.min(...result.echoMeans))})`);
  console.log(`  small round trip, invoke("add")       : ${us(i)}   (median of blocks; min ${us(Math.min(...result.invokeMeans))})`);
  console.log(`  ratio invoke / bare echo              : ${ratio.toFixed(2)}×   (median of per-pair ratios; must ≤ 1.5×, goal 1.1×)`);
  console.log(`  of which main thread → worker → main  : ${us(median(hops.samples))}   (median over ${hops.samples.length} sequential calls, mean round trip then ${us(breakdownRt)})`);
  console.log(`  1 MiB round trip, bare echo           : ${result.bigEcho.toFixed(2)} ms`);
  console.log(`  1 MiB round trip, invoke("echo")      : ${result.bigInvoke.toFixed(2)} ms   (${(result.bigInvoke / result.bigEcho).toFixed(2)}×)`);
  console.log(`  pipelined, 64 in flight, invoke("add"): ${Math.round(Math.max(...result.pipeInvoke)).toLocaleString("en")} calls/s   (runs: ${result.pipeInvoke.map((x) => Math.round(x)).join(", ")}; must ≥ 50,000)`);
  console.log(`  pipelined, 64 in flight, bare echo    : ${Math.round(result.pipeEcho).toLocaleString("en")} msgs/s`);
} finally {
  await browser.close();
  await app.close();
  wss.close();
  echoHttp.close();
}
