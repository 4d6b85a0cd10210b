/**
 * Finding a Chromium-family browser (Chromium, Google Chrome, Microsoft Edge, Brave, Vivaldi):
 * the `--browser PATH` override, then `$TAURARO_BROWSER`, then well-known command names on `PATH`,
 * then the usual install locations of each platform.
 *
 * @module
 */
import { accessSync, constants, statSync } from "node:fs";
import { posix, win32 } from "node:path";
import { homedir } from "node:os";

/** Options of {@link findBrowser}; every field defaults to the current process's. */
export interface FindBrowserOptions {
  /** An explicit choice (`--browser PATH`): a path or a command name looked up on `PATH`. */
  override?: string;
  /** Environment to read `TAURARO_BROWSER`, `PATH`, `PATHEXT`, `LOCALAPPDATA`… from. */
  env?: NodeJS.ProcessEnv;
  /** Platform whose conventions to follow. */
  platform?: NodeJS.Platform;
  /** Test for "this path is a runnable file" (default: a regular file with execute permission). */
  isExecutable?: (path: string) => boolean;
}

/** Thrown when an explicit choice (`--browser`, `$TAURARO_BROWSER`) names nothing runnable. */
export class BrowserNotFoundError extends Error {
  override name = "BrowserNotFoundError";
}

/** Command names tried on `PATH`, best first. */
export function browserCommandNames(platform: NodeJS.Platform = process.platform): string[] {
  if (platform === "win32") return ["chrome", "msedge", "chromium", "brave"];
  return [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "google-chrome-beta",
    "google-chrome-unstable",
    "microsoft-edge",
    "microsoft-edge-stable",
    "microsoft-edge-beta",
    "microsoft-edge-dev",
    "brave-browser",
    "vivaldi",
  ];
}

/** Absolute install locations tried after `PATH`, best first. */
export function browserInstallPaths(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  switch (platform) {
    case "darwin": {
      const apps = [
        "Google Chrome.app/Contents/MacOS/Google Chrome",
        "Chromium.app/Contents/MacOS/Chromium",
        "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
        "Brave Browser.app/Contents/MacOS/Brave Browser",
        "Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary",
        "Vivaldi.app/Contents/MacOS/Vivaldi",
      ];
      const home = env.HOME ?? homedir();
      return [...apps.map((a) => posix.join("/Applications", a)), ...apps.map((a) => posix.join(home, "Applications", a))];
    }
    case "win32": {
      const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env["ProgramFiles(x86)"], env.LOCALAPPDATA]
        .filter((r): r is string => typeof r === "string" && r !== "");
      const rels = [
        "Google\\Chrome\\Application\\chrome.exe",
        "Microsoft\\Edge\\Application\\msedge.exe",
        "Chromium\\Application\\chrome.exe",
        "BraveSoftware\\Brave-Browser\\Application\\brave.exe",
        "Google\\Chrome SxS\\Application\\chrome.exe",
      ];
      const out: string[] = [];
      for (const rel of rels) for (const root of roots) out.push(win32.join(root, rel));
      return [...new Set(out)];
    }
    default:
      // Linux and the BSDs.
      return [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/lib/chromium/chromium",
        "/usr/lib/chromium-browser/chromium-browser",
        "/snap/bin/chromium",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/opt/google/chrome/chrome",
        "/usr/bin/microsoft-edge",
        "/usr/bin/microsoft-edge-stable",
        "/opt/microsoft/msedge/msedge",
        "/usr/bin/brave-browser",
        "/opt/brave.com/brave/brave",
        "/usr/local/bin/chromium",
        "/usr/local/bin/chrome",
      ];
  }
}

function defaultIsExecutable(platform: NodeJS.Platform): (p: string) => boolean {
  return (p) => {
    try {
      if (!statSync(p).isFile()) return false;
      if (platform !== "win32") accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
}

/** Look a command name up on `PATH` (with `PATHEXT` on Windows). */
export function whichOnPath(
  name: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  isExecutable: (p: string) => boolean,
): string | null {
  const path = platform === "win32" ? win32 : posix;
  const pathVar = env.PATH ?? env.Path ?? "";
  const dirs = pathVar.split(platform === "win32" ? ";" : ":").filter((d) => d !== "");
  const exts =
    platform === "win32"
      ? ["", ...(env.PATHEXT ?? ".EXE;.CMD;.BAT;.COM").split(";").filter((e) => e !== "").map((e) => e.toLowerCase())]
      : [""];
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

function resolveChoice(
  choice: string,
  what: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  isExecutable: (p: string) => boolean,
): string {
  const path = platform === "win32" ? win32 : posix;
  const looksLikePath = choice.includes("/") || (platform === "win32" && choice.includes("\\"));
  if (looksLikePath) {
    const abs = path.resolve(choice);
    if (isExecutable(abs)) return abs;
    throw new BrowserNotFoundError(`${what}: ${choice} is not an executable file`);
  }
  const found = whichOnPath(choice, env, platform, isExecutable);
  if (found !== null) return found;
  throw new BrowserNotFoundError(`${what}: no executable named ${choice} on PATH`);
}

/**
 * Find a Chromium-family browser.
 *
 * @returns the absolute path of the executable, or `null` when none is installed.
 * @throws {BrowserNotFoundError} when `override` or `$TAURARO_BROWSER` names nothing runnable
 *   (an explicit choice that fails is reported, never silently replaced).
 */
export function findBrowser(options: FindBrowserOptions = {}): string | null {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const isExecutable = options.isExecutable ?? defaultIsExecutable(platform);
  if (options.override !== undefined && options.override !== "") {
    return resolveChoice(options.override, "--browser", env, platform, isExecutable);
  }
  const fromEnv = env.TAURARO_BROWSER;
  if (fromEnv !== undefined && fromEnv !== "") {
    return resolveChoice(fromEnv, "TAURARO_BROWSER", env, platform, isExecutable);
  }
  for (const name of browserCommandNames(platform)) {
    const found = whichOnPath(name, env, platform, isExecutable);
    if (found !== null) return found;
  }
  for (const candidate of browserInstallPaths(platform, env)) {
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}
