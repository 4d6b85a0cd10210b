/**
 * `tauraro repl`: an interactive prompt. Expression results are echoed like Python's REPL
 * (repr, None suppressed); blocks continue with `...` until an empty line.
 *
 * On a terminal, readline edits lines (history in ~/.tauraro_history) and prompts go to stdout.
 * With piped input (`tauraro repl < file`), as with `python3 -i < file`, the prompts go to
 * stderr, so stdout carries exactly what the program printed and the echoed values.
 */
import * as readline from "node:readline";
import { homedir } from "node:os";
import { join } from "node:path";
import { existsSync, readFileSync, appendFileSync } from "node:fs";

export async function repl(): Promise<number> {
  const { replSession } = await import("../lang/replSession.js");
  const session = replSession();
  const tty = !!process.stdin.isTTY;
  const histFile = join(homedir(), ".tauraro_history");
  let history: string[] = [];
  if (tty) {
    try {
      history = existsSync(histFile) ? readFileSync(histFile, "utf8").split("\n").filter(Boolean).reverse().slice(0, 500) : [];
    } catch {
      history = [];
    }
  }
  const rl = readline.createInterface({
    input: process.stdin,
    output: tty ? process.stdout : undefined,
    terminal: tty,
    history,
    prompt: ">>> ",
  } as any);
  if (tty) process.stdout.write(`Tauraro (Python 3.11 compatible). Type "exit()" or Ctrl-D to leave.\n`);
  let buf: string[] = [];
  let closed = false;
  const prompt = (p: string) => {
    if (tty) {
      rl.setPrompt(p);
      rl.prompt();
    } else {
      process.stderr.write(p);
    }
  };
  prompt(">>> ");
  return new Promise<number>((resolveDone) => {
    rl.on("line", (line) => {
      // readline may still deliver lines it had buffered after exit().
      if (closed) return;
      if (tty && line.trim()) {
        try {
          appendFileSync(histFile, line + "\n");
        } catch {
          /* history is best effort */
        }
      }
      buf.push(line);
      const state = session.feed(buf.join("\n"), line.trim() === "");
      if (state === "more") {
        prompt("... ");
        return;
      }
      buf = [];
      if (state === "exit") {
        closed = true;
        rl.close();
        return;
      }
      prompt(">>> ");
    });
    // Ctrl-C on a terminal: drop the current input, as CPython does.
    rl.on("SIGINT", () => {
      process.stdout.write("\nKeyboardInterrupt\n");
      buf = [];
      prompt(">>> ");
    });
    rl.on("close", () => {
      if (!closed) {
        // End of input: a newline after the last prompt (as CPython), then an unfinished block runs.
        const out = tty ? process.stdout : process.stderr;
        out.write("\n");
        if (buf.length && session.feed(buf.join("\n"), true, true) !== "exit") out.write(">>> \n");
      }
      closed = true;
      resolveDone(session.exitCode());
    });
  });
}
