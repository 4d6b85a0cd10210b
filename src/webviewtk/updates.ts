/**
 * Widget callback → UI update.
 *
 * The page runtime sends `invoke("__widget_event__", {id, event, value, target})`; the language
 * binding calls the Tauraro callable registered under `id` and converts what it returns into an
 * update for the page with `toPageUpdate`. The page runtime applies it (see pageRuntime.ts, OPS).
 *
 * What a callback may return (after conversion to plain JS values):
 *   None                                   → nothing changes
 *   a widget                               → re-rendered; replaces the element with the widget's
 *                                            `id`, or the whole #root when it has none
 *   {"set_text": {"id": "count", "text": "3"}}   (and the other ops below; several keys at
 *                                            once, or a list of such dicts, or {"updates": [...]})
 * Ops: set_text {id,text} · set_html {id,html|widget} · replace {id,html|widget} ·
 *      append/prepend {id,html|widget} · remove {id} · root {html|widget} · set_value {id,value} ·
 *      set_attr {id,name,value} · set_style {id,style:{prop: value}} · add_class/remove_class/
 *      toggle_class {id,class} · set_visible {id,visible} · set_disabled {id,disabled} ·
 *      focus {id} · scroll_into_view {id} · set_title {title} · alert {message} · window {action}
 * A `widget` value inside an op is rendered to `html` here, on the backend side.
 */

import { createRenderContext, isWidgetNode, renderWidget, type RenderContext } from "./widgets.js";

export type PageUpdate = Record<string, unknown>[];

export function toPageUpdate(result: unknown, ctx: RenderContext = createRenderContext({ idPrefix: "wvu-" })): PageUpdate {
  if (result === null || result === undefined) return [];
  if (isWidgetNode(result)) {
    const html = renderWidget(result, ctx);
    const id = result.props.id ?? result.props.key;
    return [id !== undefined && id !== null && id !== "" ? { replace: { id: String(id), html } } : { root: { html } }];
  }
  if (Array.isArray(result)) return result.flatMap((r) => toPageUpdate(r, ctx));
  if (typeof result !== "object") return [];
  const obj = result as Record<string, unknown>;
  if (Array.isArray(obj.updates)) return obj.updates.flatMap((r) => toPageUpdate(r, ctx));
  const out: Record<string, unknown> = {};
  for (const [op, arg] of Object.entries(obj)) {
    out[op] = Array.isArray(arg) ? arg.map((a) => renderWidgetArg(a, ctx)) : renderWidgetArg(arg, ctx);
  }
  return [out];
}

function renderWidgetArg(arg: unknown, ctx: RenderContext): unknown {
  if (isWidgetNode(arg)) return { html: renderWidget(arg, ctx) };
  if (arg && typeof arg === "object" && !Array.isArray(arg)) {
    const a = arg as Record<string, unknown>;
    if (a.widget !== undefined) {
      const { widget, ...rest } = a;
      return { ...rest, html: renderWidget(widget, ctx) };
    }
  }
  return arg;
}
