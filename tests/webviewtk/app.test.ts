/** Built-in commands, the widget callback table and the __widget_event__ dispatcher. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { BUILTIN_COMMANDS, CallbackTable, handleWidgetEvent, isCallbackProp, systemInfo, widget as W } from "../../src/webviewtk/index.js";

test("the seven built-in commands", () => {
  const c = BUILTIN_COMMANDS;
  assert.deepEqual(Object.keys(c).sort(), ["add", "echo", "getSystemInfo", "multiply", "reverseArray", "toLowerCase", "toUpperCase"]);
  assert.equal(c.add!({ a: 2, b: 3 }), 5);
  assert.equal(c.add!({}), 0);
  assert.equal(c.multiply!({ a: 4 }), 4);
  assert.equal(c.multiply!({}), 1);
  assert.equal(c.toUpperCase!({ text: "straße ü" }), "STRASSE Ü");
  assert.equal(c.toLowerCase!({ text: "ÀB" }), "àb");
  assert.equal(c.toUpperCase!({}), "");
  assert.deepEqual(c.reverseArray!({ array: [1, "2", null] }), [null, "2", 1]);
  assert.throws(() => c.reverseArray!({}), (e: Error) => e.name === "ValueError" && e.message === "Missing or invalid array parameter");
  assert.throws(() => c.add!({ a: "x" }), (e: Error) => e.name === "TypeError" && /argument 'a' must be a number, not str/.test(e.message));
  const info = c.getSystemInfo!({}) as Record<string, string>;
  assert.deepEqual(Object.keys(info), ["os", "arch", "family"]);
  assert.deepEqual(info, systemInfo());
  if (process.platform === "linux") assert.equal(info.os, "linux");
  const payload = { x: [1, { y: "z" }], n: null };
  assert.equal(c.echo!(payload), payload);
});

test("callback table and widget events", () => {
  const table = new CallbackTable<() => unknown>();
  let count = 0;
  const inc = table.add(() => ({ set_text: { id: "count", text: String(++count) } }));
  const rerender = table.add(() => W("Text", { text: "new", id: "t" }));
  assert.equal(inc, "cb_1");
  assert.equal(rerender, "cb_2");
  const seen: unknown[] = [];
  const call = (fn: () => unknown, ev: unknown) => (seen.push(ev), fn());
  assert.deepEqual(handleWidgetEvent(table, { id: inc, event: "click", value: null }, call), [{ set_text: { id: "count", text: "1" } }]);
  assert.deepEqual(handleWidgetEvent(table, { id: rerender, event: "click" }, call), [{ replace: { id: "t", html: `<span id="t" class="wv-text">new</span>` } }]);
  assert.deepEqual(seen[0], { id: "cb_1", event: "click", value: null, target: null });
  assert.throws(() => handleWidgetEvent(table, { id: "cb_99", event: "click" }, call), (e: Error) => e.name === "CommandNotFound");
  assert.throws(() => handleWidgetEvent(table, "bad", call), (e: Error) => e.name === "InvalidArguments");
  table.retainOnly([inc]);
  assert.equal(table.size, 1);
  assert.ok(isCallbackProp("on_click") && isCallbackProp("on_long_press") && !isCallbackProp("child"));
});
