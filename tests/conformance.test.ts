// Conformance suite: every program under tests/conformance/ must behave exactly
// like CPython 3.11 (goldens produced by tests/conformance/regen.py).
//
// For each program X.py the golden files are X.out (exact stdout) and
// X.meta.json ({"exit": n, "stderr_last"?: "..."}). The program is run as
// `node bin/tauraro.cjs run X.py` with cwd = the program's directory.
//
// Environment:
//   TAURARO_CONFORMANCE_CMD     run this command instead of `node bin/tauraro.cjs run`
//                               (whitespace-separated, e.g. `python3`) — used to
//                               sanity-check the harness against CPython itself.
//   TAURARO_CONFORMANCE_FILTER  only run programs whose relative path contains
//                               one of these comma-separated substrings.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep, basename } from "node:path";
import { fileURLToPath } from "node:url";

function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("conformance: cannot find repository root (package.json)");
    dir = parent;
  }
}

const ROOT = findRepoRoot();
const SUITE = join(ROOT, "tests", "conformance");
const TIMEOUT_MS = 20_000;

interface Meta {
  exit: number;
  stderr_last?: string;
}

function findPrograms(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name === "__pycache__") continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        walk(p);
        continue;
      }
      if (!name.endsWith(".py")) continue;
      const parts = relative(SUITE, p).split(sep);
      if (parts.length < 2) continue; // regen.py and other top-level files
      if (parts[0] === "imports") {
        if (parts.length === 3 && name === "main.py") out.push(p);
      } else {
        out.push(p);
      }
    }
  };
  walk(SUITE);
  return out.sort();
}

function commandFor(prog: string): { cmd: string; args: string[] } {
  const override = process.env["TAURARO_CONFORMANCE_CMD"];
  if (override && override.trim() !== "") {
    const words = override.trim().split(/\s+/);
    return { cmd: words[0]!, args: [...words.slice(1), basename(prog)] };
  }
  return { cmd: process.execPath, args: [join(ROOT, "bin", "tauraro.cjs"), "run", basename(prog)] };
}

interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
}

function runProgram(prog: string): Promise<RunResult> {
  const { cmd, args } = commandFor(prog);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: dirname(prog),
      env: {
        ...process.env,
        PYTHONHASHSEED: "0",
        PYTHONIOENCODING: "utf-8",
        PYTHONDONTWRITEBYTECODE: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, TIMEOUT_MS - 1_000);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        code,
        signal,
        timedOut,
      });
    });
  });
}

function lastLine(text: string): string {
  const lines = text
    .replace(/\r\n/g, "\n")
    .split("\n")
    .filter((l) => l.trim() !== "");
  return lines.length > 0 ? lines[lines.length - 1]! : "";
}

function tail(text: string, n = 15): string {
  return text.replace(/\r\n/g, "\n").trimEnd().split("\n").slice(-n).join("\n");
}

const filters = (process.env["TAURARO_CONFORMANCE_FILTER"] ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter((s) => s !== "");

const programs = findPrograms().filter((p) => {
  const rel = relative(SUITE, p).split(sep).join("/");
  return filters.length === 0 || filters.some((f) => rel.includes(f));
});

describe("conformance", { concurrency: 4 }, () => {
  test("suite has programs", () => {
    assert.ok(programs.length > 0 || filters.length > 0, "no conformance programs found");
  });
  for (const prog of programs) {
    const rel = relative(SUITE, prog).split(sep).join("/");
    const stem = prog.slice(0, -3);
    test(rel, { timeout: TIMEOUT_MS }, async () => {
      const expectedOut = readFileSync(stem + ".out", "utf8");
      const meta = JSON.parse(readFileSync(stem + ".meta.json", "utf8")) as Meta;
      const r = await runProgram(prog);
      const context = `\n--- stderr (tail) ---\n${tail(r.stderr)}\n`;
      assert.ok(!r.timedOut, `${rel}: timed out${context}`);
      assert.equal(r.stdout, expectedOut, `${rel}: stdout differs${context}`);
      assert.equal(r.code, meta.exit, `${rel}: exit code ${r.code} (signal ${r.signal}), expected ${meta.exit}${context}`);
      if (meta.stderr_last !== undefined) {
        assert.equal(lastLine(r.stderr), meta.stderr_last, `${rel}: last stderr line differs${context}`);
      }
    });
  }
});
