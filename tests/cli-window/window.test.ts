/**
 * The default window path, end to end: `node bin/tauraro.cjs run tests/cli-window/app.tr` (no
 * `--serve`) on a private X server (Xvfb, plus openbox when installed). The app's page invokes
 * `ping` on load and its Tauraro handler prints `PING 1`; the window is then closed — by the page
 * itself (`__TAURARO__.window.close()`, what the title bar's close button does), by the user
 * (xdotool: Alt+F4 through the window manager, or Ctrl+W), or by SIGTERM — and `tauraro run` must
 * end with exit code 0 within seconds, leaving no browser process and no temporary profile.
 *
 * Each run gets its own TMPDIR, so "no temporary profile left" means that directory is empty, and
 * "no browser process left" is checked on the process tree recorded while the window was open.
 *
 * Skipped (with the reason) only where there is no Xvfb (or no Chromium-family browser at all).
 */
import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { findBrowser } from "../../src/host/index.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", ".."); // from dist/tests/cli-window
const APP = join(ROOT, "tests", "cli-window", "app.tr");
const TITLE = "CLI window test";

const have = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
async function waitUntil<T>(check: () => T | undefined, ms: number): Promise<T | undefined> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v !== undefined || Date.now() > end) return v;
    await sleep(25);
  }
}

const skip =
  process.platform !== "linux"
    ? "the Xvfb window test runs on Linux only"
    : !have("Xvfb")
      ? "Xvfb is not installed (apt-get install xvfb; .ci/run does)"
      : findBrowser() === null
        ? "no Chromium-family browser installed"
        : false;
if (skip) console.log(`# skipping the window test: ${skip}`);

// ---- a private X display
let display = "";
let xvfb: ChildProcess | null = null;
let wm: ChildProcess | null = null;

function stopChild(p: ChildProcess | null): Promise<void> {
  if (p === null || p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((r) => {
    p.once("exit", () => r());
    p.kill("SIGTERM");
  });
}

before(async () => {
  if (skip) return;
  let n = 200 + Math.floor(Math.random() * 600);
  while (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) n++;
  display = `:${n}`;
  xvfb = spawn("Xvfb", [display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"], { stdio: "ignore" });
  const up = await waitUntil(() => (existsSync(`/tmp/.X11-unix/X${n}`) ? true : undefined), 10_000);
  assert.equal(up, true, `Xvfb ${display} did not start`);
  if (have("openbox")) {
    wm = spawn("openbox", [], { stdio: "ignore", env: { ...process.env, DISPLAY: display } });
    if (have("xprop")) {
      await waitUntil(() => {
        const r = spawnSync("xprop", ["-root", "_NET_SUPPORTING_WM_CHECK"], { env: { ...process.env, DISPLAY: display }, encoding: "utf8" });
        return r.stdout.includes("window id") ? true : undefined;
      }, 5000);
    } else await sleep(500);
  }
});
after(async () => {
  await stopChild(wm);
  await stopChild(xvfb);
});

// ---- processes
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(name));
    } catch {
      /* gone */
    }
  }
  return out;
}
function descendants(pid: number): number[] {
  const out: number[] = [];
  const todo = [pid];
  while (todo.length > 0) for (const c of childrenOf(todo.pop()!)) out.push(c), todo.push(c);
  return out;
}
/** Alive and not a zombie. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

// ---- one `tauraro run` in the window
interface WindowRun {
  child: ChildProcess;
  tmp: string;
  output(): string;
  exited: Promise<number | null>;
  /** The processes under `tauraro run` (the browser's tree) while the window was open. */
  tree: number[];
}

async function runWindow(mode: string): Promise<WindowRun> {
  const tmp = mkdtempSync(join(tmpdir(), "tauraro-cli-window-"));
  const child = spawn(process.execPath, [join(ROOT, "bin", "tauraro.cjs"), "run", APP, mode], {
    cwd: ROOT,
    env: { ...process.env, DISPLAY: display, TMPDIR: tmp },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  const r: WindowRun = { child, tmp, output: () => out, exited, tree: [] };
  const pinged = await waitUntil(() => (/^PING 1$/m.test(out) ? true : child.exitCode !== null ? false : undefined), 30_000);
  if (pinged !== true) {
    await cleanUp(r);
    assert.fail(`the page's invoke('ping') never reached the handler; output:\n${out}`);
  }
  r.tree = descendants(child.pid!);
  return r;
}

function exitedWithin(r: WindowRun, ms: number): Promise<number | null | "still running"> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([r.exited, new Promise<"still running">((res) => (timer = setTimeout(() => res("still running"), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

/** After a failure: end the run (SIGTERM, then SIGKILL for the whole tree) and remove its TMPDIR. */
async function cleanUp(r: WindowRun): Promise<void> {
  if (r.child.exitCode === null && r.child.signalCode === null) {
    r.child.kill("SIGTERM");
    if ((await exitedWithin(r, 5000)) === "still running") r.child.kill("SIGKILL");
  }
  for (const pid of [...r.tree, ...descendants(r.child.pid!)]) if (alive(pid)) process.kill(pid, "SIGKILL");
  rmSync(r.tmp, { recursive: true, force: true });
}

/** Wait (at most `ms`) for `tauraro run` to end; check its code and what it left behind. */
async function assertEndsCleanly(r: WindowRun, ms = 8000): Promise<void> {
  const t0 = Date.now();
  const code = await exitedWithin(r, ms);
  const took = Date.now() - t0;
  try {
    assert.equal(code, 0, `exit code of tauraro run (after ${took} ms); output:\n${r.output()}`);
    assert.match(r.output(), /mount_and_run returned/, "the program went on after mount_and_run");
    assert.ok(r.tree.length > 0, "a browser ran under tauraro run");
    // The browser's last processes may take a moment after the CLI is gone.
    const left = await waitUntil(() => {
      const l = r.tree.filter(alive);
      return l.length === 0 ? l : undefined;
    }, 2000);
    assert.deepEqual(left ?? r.tree.filter(alive), [], "no browser process left");
    assert.deepEqual(readdirSync(r.tmp), [], "no temporary profile left");
  } finally {
    await cleanUp(r);
  }
}

const xdo = (...args: string[]): string => execFileSync("xdotool", args, { env: { ...process.env, DISPLAY: display }, encoding: "utf8" });
const xdoOk = (...args: string[]): boolean =>
  wm !== null && spawnSync("xdotool", args, { env: { ...process.env, DISPLAY: display }, stdio: "ignore", timeout: 3000 }).status === 0;

test("the window opens, the page's invoke reaches the Tauraro handler, the page closes its window: exit 0", { skip }, async () => {
  const r = await runWindow("page-close");
  await assertEndsCleanly(r);
});

test(
  "the user closes the window (xdotool): tauraro run ends with exit 0",
  { skip: skip || (have("xdotool") ? false : "xdotool is not installed") },
  async () => {
    const r = await runWindow("wait");
    try {
      // The page sets its title once the reply is in: the window is the app's and it is live.
      const id = await waitUntil(() => {
        const s = spawnSync("xdotool", ["search", "--name", `^${TITLE}: pong$`], { env: { ...process.env, DISPLAY: display }, encoding: "utf8" });
        const first = s.stdout.trim().split("\n")[0];
        return first ? first : undefined;
      }, 10_000);
      assert.ok(id, `no window named "${TITLE}: pong"; output:\n${r.output()}`);
      // Alt+F4 asks the window manager to close the window (as its close button does). That needs
      // the window manager to be up and the window active; where it is not, Ctrl+W on the focused
      // window closes the app-mode window from the inside.
      const activated = await waitUntil(() => (xdoOk("windowactivate", "--sync", id) ? true : undefined), 3000);
      if (activated) xdo("key", "--clearmodifiers", "alt+F4");
      else {
        xdo("windowfocus", "--sync", id);
        xdo("key", "--clearmodifiers", "ctrl+w");
      }
    } catch (e) {
      await cleanUp(r);
      throw e;
    }
    await assertEndsCleanly(r);
  },
);

test("SIGTERM closes the window and ends tauraro run with exit 0", { skip }, async () => {
  const r = await runWindow("wait");
  r.child.kill("SIGTERM");
  await assertEndsCleanly(r);
});
