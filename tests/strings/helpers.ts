// Shared helpers for the strings tests: fixture loading and error capture.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { StrRuntimeError } from "../../src/lang/runtime/strings/index.js";

// compiled to dist/tests/strings; fixtures stay in the source tree
const root = fileURLToPath(new URL("../../..", import.meta.url));

export function fixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(join(root, "tests", "strings", "fixtures", name), "utf8")) as T;
}

/** Parses a float encoded as its Python repr. */
export function pf(s: string): number {
  if (s === "nan") return NaN;
  if (s === "inf") return Infinity;
  if (s === "-inf") return -Infinity;
  return Number(s);
}

/** Runs f, mapping a StrRuntimeError to {err: "Type: msg"}. */
export function attempt(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (e instanceof StrRuntimeError) return { err: `${e.pyType}: ${e.pyMessage}` };
    throw e;
  }
}

/** Collects mismatches; reports up to `max` at the end. */
export class Mismatches {
  list: string[] = [];
  total = 0;
  check(label: string, got: unknown, want: unknown): void {
    this.total++;
    const g = JSON.stringify(got);
    const w = JSON.stringify(want);
    if (g !== w) this.list.push(`${label}: got ${g} want ${w}`);
  }
  report(max = 30): string {
    return `${this.list.length}/${this.total} mismatches\n` + this.list.slice(0, max).join("\n");
  }
}
