import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPageWindowCommand, applyWindowControl, isPageWindowCommand } from "../../src/host/windowActions.js";
import type { ScreenPoint, WindowBounds, WindowController } from "../../src/host/types.js";

/** Records the calls made on it (the real controller is exercised in chromiumHost.test.ts). */
function recorder(): { ctrl: WindowController; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const rec = (name: string) => async (...args: unknown[]) => void calls.push([name, ...args]);
  const ctrl: WindowController = {
    minimize: rec("minimize"),
    maximize: rec("maximize"),
    toggleMaximize: rec("toggleMaximize"),
    restore: rec("restore"),
    close: rec("close"),
    setTitle: rec("setTitle") as (t: string) => Promise<void>,
    startDrag: rec("startDrag") as (p?: ScreenPoint) => Promise<void>,
    getBounds: async (): Promise<WindowBounds> => ({ left: 0, top: 0, width: 1, height: 1, windowState: "normal" }),
    setBounds: rec("setBounds"),
  };
  return { ctrl, calls };
}

test("raw page messages: maximize toggles, drag_start starts a drag", async () => {
  const { ctrl, calls } = recorder();
  await applyPageWindowCommand(ctrl, "window:minimize");
  await applyPageWindowCommand(ctrl, "window:maximize");
  await applyPageWindowCommand(ctrl, "window:drag_start", { screenX: 5, screenY: 6 });
  await applyPageWindowCommand(ctrl, "window:close");
  assert.deepEqual(calls, [["minimize"], ["toggleMaximize"], ["startDrag", { screenX: 5, screenY: 6 }], ["close"]]);
  assert.equal(isPageWindowCommand("window:close"), true);
  assert.equal(isPageWindowCommand("window:explode"), false);
  assert.equal(isPageWindowCommand({ type: "invoke" }), false);
});

test("backend window requests", async () => {
  const { ctrl, calls } = recorder();
  for (const action of ["minimize", "maximize", "toggle_maximize", "restore", "close"] as const) await applyWindowControl(ctrl, { action });
  await applyWindowControl(ctrl, { action: "set_title", value: "Hi" });
  assert.deepEqual(calls, [["minimize"], ["maximize"], ["toggleMaximize"], ["restore"], ["close"], ["setTitle", "Hi"]]);
  await assert.rejects(async () => applyWindowControl(ctrl, { action: "fly" as never }), /unexpected window action: "fly"/);
});
