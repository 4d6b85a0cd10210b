/**
 * Page assembly: a window's settings and includes + a widget tree → one HTML document and the
 * map of local files it may load.
 *
 * Document layout:
 *   <!DOCTYPE html>, <html>, <head>:
 *     <meta charset="utf-8">, viewport meta, <title> (escaped)
 *     the widget stylesheet (`.wv-*` classes; before the includes so app CSS overrides it)
 *     the included stylesheets and scripts, in the order the app added them
 *       (include_cdn → <link>/<script src>, add_custom_css / include_css_file → <style>)
 *     the base stylesheet (box-sizing reset, full-height html/body/#root, system font; zero specificity)
 *     the widget runtime script
 *   <body>:
 *     a separately given titlebar (assemblePage's third argument), if any
 *     `_custom_html`, then include_html_file contents in order
 *     <div id="root"> holding the rendered widget tree
 *     add_custom_js / include_js_file scripts, in order (at the end of <body>, so they can use
 *       the DOM and every library included above)
 * The bridge injects its own script at the start of <head>, before any app script.
 */

import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, isAbsolute, relative, resolve, sep } from "node:path";
import type { PageSpec } from "../bridge/vmProtocol.js";
import { CDN_TABLE, cssUrlRefs, externalKind, resolveCdnRef, type CdnFile } from "./cdn.js";
import { escapeAttr, escapeHtml, escapeScriptText, escapeStyleText } from "./html.js";
import { BASE_CSS, RUNTIME_JS, WIDGET_CSS } from "./pageRuntime.js";
import { createRenderContext, isWidgetNode, renderWidget, type RenderContext, type WidgetNode } from "./widgets.js";

export type Include =
  | { kind: "cdn"; ref: string }
  | { kind: "css"; text: string; dir?: string }
  | { kind: "js"; text: string }
  | { kind: "html"; text: string };

/** Everything a `Window` holds that the page needs. The language binding owns one per Window. */
export interface WindowSpec {
  title: string;
  width: number;
  height: number;
  decorations: boolean;
  resizable: boolean;
  nativeTitlebar: boolean;
  /** `window._custom_html`: raw HTML placed in <body> before the widget root. */
  customHtml: string;
  /** include_cdn / add_custom_css / add_custom_js / include_*_file, in call order. */
  includes: Include[];
  /** The app's directory: include_*_file paths and Image sources are relative to it. */
  baseDir: string;
}

export function createWindowSpec(opts: Partial<WindowSpec> = {}): WindowSpec {
  return {
    title: opts.title ?? "WebViewTK App",
    width: opts.width ?? 800,
    height: opts.height ?? 600,
    decorations: opts.decorations ?? true,
    resizable: opts.resizable ?? true,
    nativeTitlebar: opts.nativeTitlebar ?? true,
    customHtml: opts.customHtml ?? "",
    includes: opts.includes ?? [],
    baseDir: opts.baseDir ?? process.cwd(),
  };
}

/** include_cdn(window, ref): a CDN key, a known public URL, or any explicit URL. */
export function includeCdn(win: WindowSpec, ref: string): void {
  const s = String(ref).trim();
  if (s === "") throw new Error("include_cdn: empty URL");
  if (/^[A-Z0-9_]+$/.test(s) && !CDN_TABLE[s]) throw new Error(`include_cdn: unknown CDN key '${s}'`);
  if (!CDN_TABLE[s] && !/^(?:https?:)?\/\//i.test(s) && !s.startsWith("/")) {
    throw new Error(`include_cdn: '${s}' is neither a CDN key nor a URL`);
  }
  win.includes.push({ kind: "cdn", ref: s });
}

export function addCustomCss(win: WindowSpec, css: string): void {
  win.includes.push({ kind: "css", text: String(css) });
}

export function addCustomJs(win: WindowSpec, js: string): void {
  win.includes.push({ kind: "js", text: String(js) });
}

/** Absolute path of an app file (relative paths are relative to the app's directory). */
export function appFilePath(win: WindowSpec, path: string): string {
  return isAbsolute(path) ? path : resolve(win.baseDir, path);
}

/** include_css_file: reads the file now (errors such as ENOENT propagate to the caller). */
export function includeCssFile(win: WindowSpec, path: string): void {
  const abs = appFilePath(win, path);
  win.includes.push({ kind: "css", text: readFileSync(abs, "utf8"), dir: dirname(abs) });
}

export function includeJsFile(win: WindowSpec, path: string): void {
  win.includes.push({ kind: "js", text: readFileSync(appFilePath(win, path), "utf8") });
}

export function includeHtmlFile(win: WindowSpec, path: string): void {
  win.includes.push({ kind: "html", text: readFileSync(appFilePath(win, path), "utf8") });
}

/** Serve a file of the app under /app/…; returns its URL path (or null if it doesn't exist). */
function appAsset(win: WindowSpec, abs: string, assets: Record<string, string>): string | null {
  if (!existsSync(abs)) return null;
  const rel = relative(win.baseDir, abs);
  let urlPath: string;
  if (!rel.startsWith("..") && !isAbsolute(rel)) {
    urlPath = "/app/" + rel.split(sep).map(encodeURIComponent).join("/");
  } else {
    const existing = Object.entries(assets).find(([, f]) => f === abs);
    if (existing) return existing[0];
    const n = Object.keys(assets).filter((k) => k.startsWith("/app/__ext/")).length + 1;
    urlPath = `/app/__ext/${n}/${encodeURIComponent(basename(abs))}`;
  }
  assets[urlPath] = abs;
  return urlPath;
}

/** Rewrite relative url()s of an included CSS file to the files' /app/ URLs. */
function rewriteCssUrls(win: WindowSpec, css: string, dir: string, assets: Record<string, string>): string {
  if (cssUrlRefs(css).length === 0) return css;
  return css.replace(/url\(\s*(["']?)([^)'"]*)\1\s*\)/g, (whole, q: string, u: string) => {
    const ref = u.trim();
    if (!ref || /^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|#)/i.test(ref)) return whole;
    const suffix = /[?#].*$/.exec(ref)?.[0] ?? "";
    const url = appAsset(win, resolve(dir, ref.replace(/[?#].*$/, "")), assets);
    return url ? `url(${q}${url}${suffix}${q})` : whole;
  });
}

export interface AssembledPage {
  html: string;
  /** URL path → absolute file path, for every local file the page may load. */
  assets: Record<string, string>;
}

const AUTO_INCLUDES: Record<string, string> = {
  "material-icons": "MATERIAL_ICONS",
  "font-awesome": "FONT_AWESOME",
  "bootstrap-icons": "BOOTSTRAP_ICONS",
};

function fileTag(f: CdnFile): string {
  return f.kind === "css"
    ? `<link rel="stylesheet" href="${escapeAttr(f.urlPath)}">`
    : `<script src="${escapeAttr(f.urlPath)}"${f.defer ? " defer" : ""}></script>`;
}

/**
 * Build the page. `root` is the widget tree (or null); `titlebar` (optional) is a CustomTitleBar
 * shown above everything, `_custom_html` included (the body is offset by its height).
 */
export function assemblePage(win: WindowSpec, root: WidgetNode | null, titlebar?: WidgetNode | null, ctx?: RenderContext): AssembledPage {
  const assets: Record<string, string> = {};
  const context =
    ctx ??
    createRenderContext({
      resolveSrc: (src) => appAsset(win, appFilePath(win, src), assets) ?? src,
    });

  // Body first: rendering tells which icon fonts the tree needs.
  const body: string[] = [];
  let bodyStyle = "";
  if (titlebar && isWidgetNode(titlebar)) {
    const tbCtxFlag = context.overlayTitlebar;
    context.overlayTitlebar = true;
    body.push(renderWidget({ ...titlebar, props: { ...titlebar.props, child: undefined } }, context));
    context.overlayTitlebar = tbCtxFlag;
    const h = titlebar.props.height ?? 40;
    bodyStyle = ` style="padding-top: ${escapeAttr(typeof h === "number" ? `${h}px` : String(h))}"`;
  }
  if (win.customHtml) body.push(win.customHtml);
  for (const inc of win.includes) if (inc.kind === "html") body.push(inc.text);
  let rootClass = "";
  if (root && isWidgetNode(root) && root.type === "CustomTitleBar" && (root.props.child === undefined || root.props.child === null) && root.props.body == null) {
    context.overlayTitlebar = true;
    rootClass = ` class="wv-root--overlay"`;
  }
  const rendered = root === null || root === undefined ? "" : renderWidget(root, context);
  context.overlayTitlebar = false;
  body.push(`<div id="root"${rootClass}>${rendered}</div>`);
  for (const inc of win.includes) if (inc.kind === "js") body.push(`<script>\n${escapeScriptText(inc.text)}\n</script>`);

  // Head.
  const head: string[] = [
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(win.title)}</title>`,
    `<link rel="icon" href="data:,">`,
    `<style id="wv-widget-css">\n${WIDGET_CSS}\n</style>`,
  ];
  const includedKeys = new Set<string>();
  for (const inc of win.includes) {
    if (inc.kind === "cdn") {
      const r = resolveCdnRef(inc.ref);
      if (r) {
        if (r.key) includedKeys.add(r.key);
        Object.assign(assets, r.assets);
        for (const f of r.files) head.push(fileTag(f));
      } else {
        const kind = externalKind(inc.ref);
        head.push(kind === "css" ? `<link rel="stylesheet" href="${escapeAttr(inc.ref)}">` : `<script src="${escapeAttr(inc.ref)}"></script>`);
      }
    } else if (inc.kind === "css") {
      const css = inc.dir ? rewriteCssUrls(win, inc.text, inc.dir, assets) : inc.text;
      head.push(`<style>\n${escapeStyleText(css)}\n</style>`);
    }
  }
  for (const [feature, key] of Object.entries(AUTO_INCLUDES)) {
    if (context.uses.has(feature) && !includedKeys.has(key)) {
      const r = resolveCdnRef(key)!;
      Object.assign(assets, r.assets);
      for (const f of r.files) head.push(fileTag(f));
    }
  }
  head.push(`<style id="wv-base-css">\n${BASE_CSS}\n</style>`);
  head.push(`<script id="wv-runtime">\n${RUNTIME_JS}\n</script>`);

  const html =
    `<!DOCTYPE html>\n<html lang="en">\n<head>\n${head.join("\n")}\n</head>\n` +
    `<body${bodyStyle}>\n${body.join("\n")}\n</body>\n</html>\n`;
  return { html, assets };
}

/** The PageSpec the bridge needs (vmProtocol.ts). */
export function buildPageSpec(win: WindowSpec, root: WidgetNode | null, titlebar?: WidgetNode | null): PageSpec {
  const { html, assets } = assemblePage(win, root, titlebar);
  return {
    title: win.title,
    width: win.width,
    height: win.height,
    resizable: win.resizable,
    decorations: win.decorations && win.nativeTitlebar,
    html,
    assets,
  };
}
