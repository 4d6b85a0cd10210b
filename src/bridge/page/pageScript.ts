/**
 * The classic `<script>` the server injects at the start of `<head>`, before any app script, so
 * `window.invoke` exists when the app's own scripts run.
 *
 * @module
 */

import { DEFAULT_TIMEOUT_MS, WS_AUTH_PREFIX, WS_PATH, WS_PROTOCOL } from "../protocol.js";
import { installBridge, type BridgeConfig } from "./client.js";

/** The configuration the server gives the page script. */
export const PAGE_CONFIG: BridgeConfig = {
  wsPath: WS_PATH,
  protocol: WS_PROTOCOL,
  authPrefix: WS_AUTH_PREFIX,
  defaultTimeout: DEFAULT_TIMEOUT_MS,
};

let cached: string | null = null;

/**
 * The page script's JavaScript source (without the `<script>` tags).
 *
 * @example
 * ```ts
 * const js = bridgeScriptSource(); // "(function installBridge(g, cfg) { … })(window, {…});"
 * ```
 */
export function bridgeScriptSource(): string {
  if (cached === null) {
    const src = `(${installBridge.toString()})(window, ${JSON.stringify(PAGE_CONFIG)});\n`;
    if (/<\/script|<!--/i.test(src)) throw new Error("bridge script contains a sequence that would end its <script> element");
    cached = src;
  }
  return cached;
}

/**
 * Insert the bridge `<script>` at the start of `<head>` (creating the spot if the document has no
 * `<head>`), so it runs before any script of the app.
 *
 * @example
 * ```ts
 * injectBridge("<!DOCTYPE html><html><head><title>x</title></head><body></body></html>");
 * // → "<!DOCTYPE html><html><head><script>(function installBridge…</script><title>x</title>…"
 * ```
 */
export function injectBridge(html: string): string {
  const tag = `<script>${bridgeScriptSource()}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  const root = /<html(\s[^>]*)?>/i.exec(html);
  if (root) return html.slice(0, root.index + root[0].length) + `<head>${tag}</head>` + html.slice(root.index + root[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  if (doctype) return doctype[0] + tag + html.slice(doctype[0].length);
  return tag + html;
}
