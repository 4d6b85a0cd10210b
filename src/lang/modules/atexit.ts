/**
 * atexit: functions run when the program ends (after the main module, before output is flushed),
 * last registered first; an exception in one is reported and the others still run.
 */
import { defineModule } from "./registry.js";
import { atExit } from "./sysState.js";
import { callKwDict, None, PyTuple, PyDict, eqB } from "../runtime/index.js";

interface Entry {
  fn: any;
  run: () => void;
}

const entries: Entry[] = [];

defineModule(
  "atexit",
  (m) => {
    m.fn("register", "func, /, *args, **kwargs", (fn: any, args: PyTuple, kw: PyDict | null) => {
      const run = () => {
        const i = entries.findIndex((e) => e.run === run);
        if (i >= 0) entries.splice(i, 1);
        callKwDict(fn, args.a, kw);
      };
      entries.push({ fn, run });
      atExit.push(run);
      return fn;
    });
    m.fn("unregister", "func, /", (fn: any) => {
      for (let i = entries.length - 1; i >= 0; i--) {
        if (eqB(entries[i].fn, fn)) {
          const k = atExit.indexOf(entries[i].run);
          if (k >= 0) atExit.splice(k, 1);
          entries.splice(i, 1);
        }
      }
      return None;
    });
    m.fn("_run_exitfuncs", "", () => {
      while (entries.length) entries[entries.length - 1].run();
      return None;
    });
    m.fn("_clear", "", () => {
      for (const e of entries) {
        const k = atExit.indexOf(e.run);
        if (k >= 0) atExit.splice(k, 1);
      }
      entries.length = 0;
      return None;
    });
    m.fn("_ncallbacks", "", () => entries.length);
  },
  { builtin: true },
);
