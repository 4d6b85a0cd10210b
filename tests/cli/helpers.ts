// Helpers for the CLI tests: run `node bin/tauraro.cjs …` and `python3 …` as real processes.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "bin", "tauraro.cjs"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the repository root");
    dir = parent;
  }
}

export const ROOT = findRepoRoot();
export const TAURARO = join(ROOT, "bin", "tauraro.cjs");
export const PYTHON = process.env.PYTHON3 ?? "python3";

export interface Ran {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

export function runProcess(cmd: string, args: string[], opts: { cwd?: string; input?: string; timeout?: number; env?: NodeJS.ProcessEnv } = {}): Promise<Ran> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1", PYTHONIOENCODING: "utf-8", TAURARO_DEBUG: "", ...opts.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeout ?? 30_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolveRun({ code, signal, stdout, stderr });
    });
    child.stdin.on("error", () => {});
    child.stdin.end(opts.input ?? "");
  });
}

/** `node bin/tauraro.cjs ARGS…` */
export function tauraro(args: string[], opts: { cwd?: string; input?: string; timeout?: number; env?: NodeJS.ProcessEnv } = {}): Promise<Ran> {
  return runProcess(process.execPath, [TAURARO, ...args], opts);
}

/** `python3 ARGS…` (CPython 3.11 is the judge). */
export function python(args: string[], opts: { cwd?: string; input?: string; timeout?: number; env?: NodeJS.ProcessEnv } = {}): Promise<Ran> {
  return runProcess(PYTHON, args, opts);
}

/** A fresh temporary directory holding `files` (relative path → contents). */
export function tempTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "tauraro-cli-"));
  for (const [rel, text] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  return dir;
}

/**
 * CPython 3.11 underlines parts of a traceback frame's source line with a line made only of
 * spaces, `^` and `~` (PEP 657). Tauraro does not print those; they are removed before
 * comparing. Only such lines right under a frame's source line go (two lines below
 * `  File "…", line N, in name`): a SyntaxError's caret line stays.
 */
export function stripCaretLines(s: string): string {
  const lines = s.split("\n");
  return lines
    .filter((l, i) => !(/^[ \t^~]+$/.test(l) && /[\^~]/.test(l) && i >= 2 && /^\s*File ".*", line \d+, in /.test(lines[i - 2])))
    .join("\n");
}

export function lastLine(s: string): string {
  const lines = s.replace(/\n+$/, "").split("\n");
  return lines[lines.length - 1];
}

/** Signs of JavaScript internals in what a user sees. */
export function jsLeaks(s: string): string[] {
  const found: string[] = [];
  if (/^\s+at .+(\(|:\d+)/m.test(s)) found.push("a JS stack frame ('    at …')");
  if (/\.js:\d+|\.ts:\d+|node:internal/.test(s)) found.push("a .js/.ts path");
  if (/internal error/i.test(s)) found.push("'internal error'");
  if (/\bundefined\b/.test(s)) found.push("'undefined'");
  if (/\[object \w+\]/.test(s)) found.push("'[object …]'");
  if (/\b(TypeError|RangeError|ReferenceError): Cannot|is not a function|of undefined|of null/.test(s)) found.push("a JS error message");
  return found;
}
