#!/usr/bin/env node
// Language benchmarks: runs each bench/lang/*.py program as a whole process
// under `node bin/tauraro.cjs run` and under `python3`, alternating, and reports
// the median wall time of each, the speed-up (python3 / tauraro) and the
// geometric mean of speed-ups. Outputs of both must be identical; a mismatch
// or a tauraro failure is reported instead of a ratio.
//
// Usage: node bench/lang/run.mjs [--runs N] [--only name[,name]] [--json out.json]
//                                [--python python3] [--timeout seconds]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..", "..");
/** Where the benchmark programs are (`--dir`; bench/stdlib/run.mjs points it there). */
let BENCH_DIR = HERE;
const TAURARO = join(ROOT, "bin", "tauraro.cjs");

function parseArgs(argv) {
  const opts = { runs: 3, only: null, json: null, python: "python3", timeout: 120, startupRuns: 10, dir: HERE };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`missing value for ${a}`);
      return argv[++i];
    };
    if (a === "--runs") opts.runs = Math.max(1, parseInt(next(), 10));
    else if (a.startsWith("--runs=")) opts.runs = Math.max(1, parseInt(a.slice(7), 10));
    else if (a === "--only") opts.only = next().split(",");
    else if (a.startsWith("--only=")) opts.only = a.slice(7).split(",");
    else if (a === "--json") opts.json = next();
    else if (a.startsWith("--json=")) opts.json = a.slice(7);
    else if (a === "--python") opts.python = next();
    else if (a === "--timeout") opts.timeout = Number(next());
    else if (a === "--startup-runs") opts.startupRuns = Math.max(1, parseInt(next(), 10));
    else if (a === "--dir") opts.dir = resolve(next());
    else if (a === "--no-startup") opts.startupRuns = 0;
    else if (a === "-h" || a === "--help") {
      console.log("usage: node bench/lang/run.mjs [--runs N] [--only name[,name]] [--json file] [--python cmd] [--timeout s]");
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isFinite(opts.runs)) opts.runs = 3;
  return opts;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function runOnce(cmd, args, timeoutSec) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd: BENCH_DIR,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutSec * 1000,
    env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1" },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let error = null;
  if (r.error) error = r.error.code === "ETIMEDOUT" ? `timeout after ${timeoutSec}s` : String(r.error.message);
  else if (r.status !== 0) {
    const lines = (r.stderr || "").trim().split("\n");
    error = `exit ${r.status ?? r.signal}: ${lines[lines.length - 1] || "(no stderr)"}`;
  }
  return { ms, stdout: r.stdout ?? "", error };
}

const pyCmd = (opts, file) => [opts.python, [file]];
const tauCmd = (file) => [process.execPath, [TAURARO, "run", file]];

function firstDiff(a, b) {
  const la = a.split("\n");
  const lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}: python3=${JSON.stringify(la[i] ?? "<eof>")} tauraro=${JSON.stringify(lb[i] ?? "<eof>")}`;
  }
  return "outputs differ";
}

function benchProgram(name, opts) {
  const file = `${name}.py`;
  const py = [];
  const tau = [];
  let pyOut = null;
  let tauOut = null;
  let pyErr = null;
  let tauErr = null;
  for (let i = 0; i < opts.runs; i++) {
    // alternate which interpreter goes first to spread out thermal/cache effects
    const order = i % 2 === 0 ? ["py", "tau"] : ["tau", "py"];
    for (const which of order) {
      if (which === "py" && !pyErr) {
        const r = runOnce(...pyCmd(opts, file), opts.timeout);
        if (r.error) pyErr = r.error;
        else {
          py.push(r.ms);
          pyOut = r.stdout;
        }
      } else if (which === "tau" && !tauErr) {
        const r = runOnce(...tauCmd(file), opts.timeout);
        if (r.error) tauErr = r.error;
        else {
          tau.push(r.ms);
          tauOut = r.stdout;
        }
      }
    }
  }
  const res = {
    program: name,
    python_ms: py.length ? median(py) : null,
    tauraro_ms: tau.length ? median(tau) : null,
    speedup: null,
    status: "ok",
    detail: null,
  };
  if (pyErr) {
    res.status = "PY-FAIL";
    res.detail = pyErr;
  } else if (tauErr) {
    res.status = "FAIL";
    res.detail = tauErr;
  } else if (pyOut !== tauOut) {
    res.status = "MISMATCH";
    res.detail = firstDiff(pyOut, tauOut);
  } else {
    res.speedup = res.python_ms / res.tauraro_ms;
  }
  return res;
}

function fmtMs(x) {
  return x == null ? "-" : x.toFixed(0);
}

function printTable(rows) {
  const head = ["program", "python3 ms", "tauraro ms", "speed-up"];
  const body = rows.map((r) => [
    r.program,
    fmtMs(r.python_ms),
    fmtMs(r.tauraro_ms),
    r.status === "ok" ? `${r.speedup.toFixed(2)}x` : r.status,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const b of body) console.log(line(b));
  for (const r of rows) if (r.detail) console.log(`  ${r.program}: ${r.status}: ${r.detail}`);
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  BENCH_DIR = opts.dir;
  if (!existsSync(TAURARO)) console.error(`warning: ${TAURARO} not found; tauraro runs will FAIL`);
  let names = readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith(".py") && f !== "hello.py")
    .map((f) => f.slice(0, -3))
    .sort();
  if (opts.only) {
    const wanted = new Set(opts.only.map((s) => s.replace(/\.py$/, "")));
    for (const w of wanted) if (!names.includes(w) && w !== "hello") console.error(`warning: no benchmark named ${w}`);
    names = names.filter((n) => wanted.has(n));
  }
  console.log(`${relative(ROOT, BENCH_DIR)}: ${names.length} programs, ${opts.runs} run(s) each, python=${opts.python}\n`);
  const rows = [];
  for (const n of names) {
    process.stderr.write(`running ${n}...\n`);
    rows.push(benchProgram(n, opts));
  }
  printTable(rows);
  const ok = rows.filter((r) => r.status === "ok");
  const geomean = ok.length ? Math.exp(ok.reduce((s, r) => s + Math.log(r.speedup), 0) / ok.length) : null;
  console.log(
    `\ngeometric mean speed-up: ${geomean == null ? "n/a" : geomean.toFixed(2) + "x"} (${ok.length}/${rows.length} programs ok)`,
  );

  // start-up: whole-process `tauraro run hello.py`, median of N (skipped with --no-startup)
  let startup = null;
  if (opts.startupRuns > 0) {
    startup = { runs: opts.startupRuns, tauraro_ms: null, python_ms: null, status: "ok", detail: null };
    const tTimes = [];
    const pTimes = [];
    for (let i = 0; i < opts.startupRuns; i++) {
      const t = runOnce(...tauCmd("hello.py"), 30);
      if (t.error || t.stdout !== "hello\n") {
        startup.status = "FAIL";
        startup.detail = t.error ?? `unexpected output ${JSON.stringify(t.stdout)}`;
        break;
      }
      tTimes.push(t.ms);
      const p = runOnce(...pyCmd(opts, "hello.py"), 30);
      if (!p.error) pTimes.push(p.ms);
    }
    if (tTimes.length) startup.tauraro_ms = median(tTimes);
    if (pTimes.length) startup.python_ms = median(pTimes);
    if (startup.status === "ok") {
      console.log(
        `start-up (hello.py, median of ${opts.startupRuns}): tauraro ${startup.tauraro_ms.toFixed(1)} ms, python3 ${
          startup.python_ms == null ? "-" : startup.python_ms.toFixed(1)
        } ms`,
      );
    } else {
      console.log(`start-up (hello.py): FAIL: ${startup.detail}`);
    }

  }

  if (opts.json) {
    const out = {
      date: new Date().toISOString(),
      node: process.version,
      python: opts.python,
      runs: opts.runs,
      results: rows,
      geomean_speedup: geomean,
      startup,
    };
    writeFileSync(resolve(process.cwd(), opts.json), JSON.stringify(out, null, 2) + "\n");
    console.log(`wrote ${opts.json}`);
  }
}

main();
