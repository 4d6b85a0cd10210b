/**
 * The command line of an app-mode browser window.
 *
 * @module
 */

/** Inputs of {@link chromiumArgs}. */
export interface ChromiumArgsInput {
  /** The page to open in app mode. */
  url: string;
  /** A fresh, private profile directory. */
  profileDir: string;
  /** Initial outer window size. */
  width: number;
  height: number;
  /** The app's title: names the window class (X11 `WM_CLASS`) so the desktop groups it apart. */
  title: string;
  /** `--headless=new` (tests, screenshots). */
  headless: boolean;
  /** Running as root: Chromium refuses to start without `--no-sandbox` then. */
  isRoot: boolean;
  /** Appended last, so they can override ours. */
  extraArgs?: readonly string[];
}

/** A window class from a title: letters, digits, `-`, `_` and `.`; "Tauraro" when none is left. */
export function windowClassFromTitle(title: string): string {
  const cls = title.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 64);
  return cls === "" ? "Tauraro" : cls;
}

/** Build the browser's arguments for one app window controlled over `--remote-debugging-pipe`. */
export function chromiumArgs(input: ChromiumArgsInput): string[] {
  const args = [
    `--app=${input.url}`,
    `--user-data-dir=${input.profileDir}`,
    `--window-size=${Math.round(input.width)},${Math.round(input.height)}`,
    "--remote-debugging-pipe",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-features=Translate,MediaRouter,OptimizationHints",
    "--hide-crash-restore-bubble",
    "--noerrdialogs",
    // No keyring / keychain prompt for a throwaway profile.
    "--password-store=basic",
    "--use-mock-keychain",
    `--class=${windowClassFromTitle(input.title)}`,
  ];
  if (input.headless) args.push("--headless=new");
  // As root Chromium refuses to start without --no-sandbox, and then shows an "unsupported
  // command-line flag" bar across the top of the page; --test-type is what suppresses that bar.
  if (input.isRoot) args.push("--no-sandbox", "--test-type");
  if (input.extraArgs !== undefined) args.push(...input.extraArgs);
  return args;
}
