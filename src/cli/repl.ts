/**
 * `tauraro repl`: an interactive prompt. Expression results are echoed like Python's REPL
 * (repr, None suppressed); blocks continue with `...` until an empty line.
 */
import * as readline from "node:readline";
import { homedir } from "node:os";
import { join } from "node:path";
import { existsSync, readFileSync, appendFileSync } from "node:fs";

export async function repl(): Promise<number> {
  const { replSession } = await import("../lang/replSession.js");
  const session = replSession();
  const histFile = join(homedir(), ".tauraro_history");
  const history = existsSync(histFile) ? readFileSync(histFile, "utf8").split("\n").filter(Boolean).reverse().slice(0, 500) : [];
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY, history, prompt: ">>> " } as any);
  if (process.stdin.isTTY) process.stdout.write(`Tauraro (Python 3.11 compatible). Type "exit()" or Ctrl-D to leave.\n`);
  let buf: string[] = [];
  rl.prompt();
  return new Promise<number>((resolveDone) => {
    rl.on("line", (line) => {
      if (process.stdin.isTTY && line.trim()) {
        try {
          appendFileSync(histFile, line + "\n");
        } catch {
          /* history is best effort */
        }
      }
      buf.push(line);
      const src = buf.join("\n");
      const state = session.feed(src, line === "");
      if (state === "more") {
        rl.setPrompt("... ");
      } else {
        buf = [];
        rl.setPrompt(">>> ");
        if (state === "exit") {
          rl.close();
          return;
        }
      }
      rl.prompt();
    });
    rl.on("close", () => {
      if (process.stdin.isTTY) process.stdout.write("\n");
      resolveDone(session.exitCode());
    });
  });
}
