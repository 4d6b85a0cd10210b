/**
 * WebViewTK widgets as plain values, and their HTML rendering.
 *
 * A widget is `{type: "Text", props: {...}, children?: [...]}`. Child widgets live in props
 * (`child`, `children`, `body`, `app_bar`, `title`, …) or in `children`. Callback props
 * (`on_click`, `on_tap`, `on_change`, …) hold a callback id string assigned by the language
 * binding; they render as `data-tr-on-<event>="<id>"` attributes that the page runtime
 * (pageRuntime.ts) turns into `invoke("__widget_event__", {id, event, value, target})`.
 *
 * Everything here is pure TypeScript with no dependency on the language runtime.
 */

import { EdgeInsets, LENGTH_PROPS, StyleBuilder, cssBox, cssColor, cssLength, cssPlain, escapeAttr, escapeHtml } from "./html.js";

export interface WidgetNode {
  type: string;
  props: Record<string, unknown>;
  children?: unknown[];
}

export interface RenderContext {
  /** Unique element ids within one page render (`wv-1`, `wv-2`, …). */
  nextId(): string;
  /** Features the rendered tree needs (e.g. "material-icons"); page assembly adds their assets. */
  uses: Set<string>;
  /** Maps an Image `src` that is not a URL (a file next to the app) to the URL it is served at. */
  resolveSrc?: (src: string) => string;
  /** Set by page assembly for a root CustomTitleBar without a child (the bar only overlays). */
  overlayTitlebar?: boolean;
}

export function createRenderContext(opts: { resolveSrc?: (src: string) => string; idPrefix?: string } = {}): RenderContext {
  let n = 0;
  const prefix = opts.idPrefix ?? "wv-";
  return { nextId: () => `${prefix}${++n}`, uses: new Set(), resolveSrc: opts.resolveSrc };
}

export function isWidgetNode(v: unknown): v is WidgetNode {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as WidgetNode).type === "string" &&
    typeof (v as WidgetNode).props === "object" &&
    (v as WidgetNode).props !== null
  );
}

/** Build a widget value (for TS callers and tests). */
export function widget(type: string, props: Record<string, unknown> = {}, children?: unknown[]): WidgetNode {
  return children === undefined ? { type, props } : { type, props, children };
}

// ---------------------------------------------------------------------------------------------
// Callbacks

/** Widget prop → DOM event name used in `data-tr-on-<event>` and in the `__widget_event__` call. */
export const CALLBACK_PROPS: Record<string, string> = {
  on_click: "click",
  on_pressed: "click",
  on_tap: "click",
  on_double_tap: "dblclick",
  on_long_press: "longpress",
  on_change: "change",
  on_changed: "change",
  on_submit: "submit",
  on_submitted: "submit",
  on_hover: "hover",
};

/** Name of the command the page runtime invokes for widget callbacks. */
export const WIDGET_EVENT_COMMAND = "__widget_event__";

function callbackAttrs(props: Record<string, unknown>): string {
  let out = "";
  const seen = new Set<string>();
  for (const [prop, event] of Object.entries(CALLBACK_PROPS)) {
    const id = props[prop];
    if (typeof id === "string" && id !== "" && !seen.has(event)) {
      seen.add(event);
      out += ` data-tr-on-${event}="${escapeAttr(id)}"`;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Generic props shared by every widget

type Kind = "length" | "box" | "color" | "plain";

/** snake_case prop → [css property, kind]. Applied to the outer element of every widget. */
const STYLE_PROPS: Record<string, [string, Kind]> = {};
for (const p of [
  "width", "height", "min_width", "max_width", "min_height", "max_height", "top", "right", "bottom", "left",
  "gap", "row_gap", "column_gap", "border_radius", "border_width", "font_size", "letter_spacing", "word_spacing",
  "flex_basis", "text_indent",
]) STYLE_PROPS[p] = [p.replace(/_/g, "-"), "length"];
for (const p of ["padding", "margin"]) STYLE_PROPS[p] = [p, "box"];
for (const p of ["background_color", "color", "border_color", "outline_color"]) STYLE_PROPS[p] = [p.replace(/_/g, "-"), "color"];
for (const p of [
  "background", "background_image", "background_size", "background_position", "background_repeat",
  "border", "border_top", "border_right", "border_bottom", "border_left", "border_style", "box_shadow",
  "flex", "flex_grow", "flex_shrink", "flex_wrap", "flex_direction", "align_self", "justify_self", "align_items",
  "justify_content", "order", "opacity", "overflow", "overflow_x", "overflow_y", "cursor", "font_family",
  "font_weight", "font_style", "line_height", "text_align", "text_decoration", "text_transform", "text_shadow",
  "white_space", "word_break", "text_overflow", "z_index", "position", "display", "transform", "transition",
  "visibility", "outline", "filter", "backdrop_filter", "aspect_ratio", "object_fit", "pointer_events",
  "user_select", "grid_template_columns", "grid_template_rows", "grid_column", "grid_row", "vertical_align",
  "animation", "box_sizing", "clip_path",
]) STYLE_PROPS[p] = [p.replace(/_/g, "-"), "plain"];
// padding/margin per side
for (const side of ["top", "right", "bottom", "left"]) {
  STYLE_PROPS[`padding_${side}`] = [`padding-${side}`, "length"];
  STYLE_PROPS[`margin_${side}`] = [`margin-${side}`, "length"];
}

function styleValue(kind: Kind, cssProp: string, v: unknown): string | undefined {
  switch (kind) {
    case "length":
      return cssLength(v);
    case "box":
      return cssBox(v);
    case "color":
      return cssColor(v);
    default:
      if (cssProp === "line-height" || cssProp === "flex" || cssProp === "opacity" || cssProp === "z-index") return cssPlain(v);
      return LENGTH_PROPS.has(cssProp) ? cssLength(v) : cssPlain(v);
  }
}

/** Apply generic style props (skipping `exclude`), then the app's raw `style`. */
function applyStyle(sb: StyleBuilder, props: Record<string, unknown>, exclude: readonly string[] = []): StyleBuilder {
  for (const [key, v] of Object.entries(props)) {
    const spec = STYLE_PROPS[key];
    if (!spec || exclude.includes(key)) continue;
    if (key === "flex" && typeof v === "number") {
      sb.set("flex", `${v} 1 0%`);
      continue;
    }
    sb.set(spec[0], styleValue(spec[1], spec[0], v));
  }
  if (props.bold === true) sb.set("font-weight", "700");
  if (props.italic === true) sb.set("font-style", "italic");
  if (typeof props.style === "string" || (typeof props.style === "object" && props.style !== null && !Array.isArray(props.style))) {
    sb.addRaw(props.style);
  }
  return sb;
}

const SAFE_ATTR = /^(?:data-[a-z0-9_.-]+|aria-[a-z]+|role|title|lang|dir|tabindex|draggable|hidden|name|alt)$/i;

/** id, class, tooltip, visibility, extra attributes, callbacks. */
function commonAttrs(props: Record<string, unknown>, baseClass: string, style: StyleBuilder, opts: { noId?: boolean; noCallbacks?: boolean } = {}): string {
  let out = "";
  const id = props.id ?? props.key;
  if (!opts.noId && id !== undefined && id !== null && id !== "") out += ` id="${escapeAttr(id)}"`;
  const classes = [baseClass];
  for (const k of ["class_name", "class_", "css_class", "classes", "className"]) {
    const c = props[k];
    if (typeof c === "string" && c.trim()) classes.push(c.trim());
    else if (Array.isArray(c)) classes.push(...c.filter((x) => typeof x === "string"));
  }
  out += ` class="${escapeAttr(classes.filter(Boolean).join(" "))}"`;
  const css = style.toString();
  if (css) out += ` style="${escapeAttr(css)}"`;
  if (props.tooltip !== undefined && props.tooltip !== null) out += ` title="${escapeAttr(props.tooltip)}"`;
  if (props.visible === false) out += " hidden";
  const extra = props.attrs ?? props.attributes;
  if (extra && typeof extra === "object" && !Array.isArray(extra)) {
    for (const [k, v] of Object.entries(extra as Record<string, unknown>)) {
      if (SAFE_ATTR.test(k) && v !== null && v !== undefined && v !== false) out += v === true ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`;
    }
  }
  if (!opts.noCallbacks) out += callbackAttrs(props);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Helpers for content

function renderAny(v: unknown, ctx: RenderContext): string {
  if (v === null || v === undefined || v === false) return "";
  if (isWidgetNode(v)) return renderNode(v, ctx);
  if (Array.isArray(v)) return v.map((x) => renderAny(x, ctx)).join("");
  if (typeof v === "object" && v !== null && "v" in v) return escapeHtml((v as { v: number }).v);
  return escapeHtml(v);
}

function childrenOf(node: WidgetNode): unknown[] {
  const c = node.props.children ?? node.children;
  if (c === undefined || c === null) return [];
  return Array.isArray(c) ? c : [c];
}

function renderChildren(node: WidgetNode, ctx: RenderContext): string {
  return childrenOf(node).map((c) => renderAny(c, ctx)).join("");
}

function renderChild(node: WidgetNode, ctx: RenderContext): string {
  const c = node.props.child ?? (node.children && node.children.length ? node.children : undefined);
  return renderAny(c, ctx);
}

/** A string icon/leading: a Material Icons ligature name becomes an Icon; other text stays text. */
function iconOrContent(v: unknown, ctx: RenderContext, size?: unknown): string {
  if (typeof v === "string") return renderNode({ type: "Icon", props: { name: v, size } }, ctx);
  return renderAny(v, ctx);
}

function textOf(props: Record<string, unknown>, node: WidgetNode): unknown {
  for (const k of ["text", "content", "data", "value", "label"]) {
    if (props[k] !== undefined && props[k] !== null) return props[k];
  }
  if (node.children && node.children.length) return node.children.length === 1 ? node.children[0] : node.children;
  return "";
}

function normAlign(v: unknown): string {
  return String(v ?? "")
    .trim()
    .replace(/^.*\./, "") // MainAxisAlignment.center → center
    .replace(/([a-z])([A-Z])/g, "$1_$2") // spaceBetween → space_Between
    .toLowerCase()
    .replace(/-/g, "_");
}

const MAIN_AXIS: Record<string, string> = {
  start: "flex-start",
  flex_start: "flex-start",
  end: "flex-end",
  flex_end: "flex-end",
  center: "center",
  space_between: "space-between",
  space_around: "space-around",
  space_evenly: "space-evenly",
};
const CROSS_AXIS: Record<string, string> = {
  start: "flex-start",
  flex_start: "flex-start",
  end: "flex-end",
  flex_end: "flex-end",
  center: "center",
  stretch: "stretch",
  baseline: "baseline",
};

function mainAxis(v: unknown): string | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  return MAIN_AXIS[normAlign(v)] ?? cssPlain(v);
}
function crossAxis(v: unknown): string | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  return CROSS_AXIS[normAlign(v)] ?? cssPlain(v);
}

/** Alignment name (center, top_left, bottom_right, center_left, …) → [vertical, horizontal] CSS. */
function alignment(v: unknown): [string, string] | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  const a = normAlign(v);
  const map: Record<string, [string, string]> = {
    center: ["center", "center"],
    top_left: ["flex-start", "flex-start"],
    top_center: ["flex-start", "center"],
    top_right: ["flex-start", "flex-end"],
    center_left: ["center", "flex-start"],
    center_right: ["center", "flex-end"],
    bottom_left: ["flex-end", "flex-start"],
    bottom_center: ["flex-end", "center"],
    bottom_right: ["flex-end", "flex-end"],
    top: ["flex-start", "center"],
    bottom: ["flex-end", "center"],
    left: ["center", "flex-start"],
    right: ["center", "flex-end"],
  };
  return map[a];
}

function num(v: unknown, dflt: number): number {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "object" && v !== null && "v" in v && typeof (v as { v: unknown }).v === "number") return (v as { v: number }).v;
  if (typeof v === "string" && /^-?\d+(\.\d+)?(px)?$/.test(v.trim())) return parseFloat(v);
  return dflt;
}

function truthy(v: unknown): boolean {
  return v === true || (typeof v === "number" && v !== 0) || (typeof v === "string" && v !== "" && v !== "false");
}

// ---------------------------------------------------------------------------------------------
// Renderers

type Renderer = (node: WidgetNode, ctx: RenderContext) => string;

const TEXT_TAGS = new Set(["span", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "label", "strong", "em", "small", "code", "pre", "b", "i"]);

function renderText(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = new StyleBuilder();
  const maxLines = num(p.max_lines, 0);
  if (maxLines > 0) {
    sb.set("display", "-webkit-box").set("-webkit-line-clamp", String(maxLines)).set("-webkit-box-orient", "vertical").set("overflow", "hidden");
  }
  if (p.overflow === "ellipsis") sb.set("overflow", "hidden").set("text-overflow", "ellipsis").set("white-space", "nowrap");
  const raw = truthy(p.raw_html);
  const text = textOf(p, node);
  let inner: string;
  if (raw) inner = Array.isArray(text) ? text.map((t) => (isWidgetNode(t) ? renderNode(t, ctx) : String(t ?? ""))).join("") : isWidgetNode(text) ? renderNode(text, ctx) : String(text ?? "");
  else {
    inner = renderAny(text, ctx);
    if (typeof text === "string" && text.includes("\n") && maxLines === 0) sb.set("white-space", "pre-line");
  }
  applyStyle(sb, p, ["overflow"]);
  const tag = typeof p.tag === "string" && TEXT_TAGS.has(p.tag.toLowerCase()) ? p.tag.toLowerCase() : "span";
  return `<${tag}${commonAttrs(p, "wv-text", sb)}>${inner}</${tag}>`;
}

function renderHtml(node: WidgetNode): string {
  const p = node.props;
  const html = p.html ?? p.content ?? p.text ?? (node.children ?? []).join("");
  if (p.id === undefined && p.style === undefined && p.class_name === undefined) return String(html ?? "");
  return `<div${commonAttrs(p, "wv-html", applyStyle(new StyleBuilder(), p))}>${String(html ?? "")}</div>`;
}

function renderContainer(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = new StyleBuilder();
  const al = alignment(p.alignment);
  if (al) sb.set("display", "flex").set("align-items", al[0]).set("justify-content", al[1]);
  if (p.decoration && typeof p.decoration === "object" && !Array.isArray(p.decoration)) {
    // BoxDecoration-like dict: {color, border_radius, border, box_shadow, gradient}
    const d = p.decoration as Record<string, unknown>;
    sb.set("background-color", cssColor(d.color ?? d.background_color));
    sb.set("border-radius", cssLength(d.border_radius));
    sb.set("border", cssPlain(d.border));
    sb.set("box-shadow", cssPlain(d.box_shadow));
    sb.set("background", cssPlain(d.gradient));
  }
  applyStyle(sb, p);
  return `<div${commonAttrs(p, "wv-container", sb)}>${renderChild(node, ctx)}</div>`;
}

function renderCenter(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = applyStyle(new StyleBuilder(), p);
  return `<div${commonAttrs(p, "wv-center", sb)}>${renderChild(node, ctx)}</div>`;
}

function renderAlign(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = new StyleBuilder();
  const al = alignment(p.alignment ?? "center") ?? ["center", "center"];
  sb.set("align-items", al[0]).set("justify-content", al[1]);
  applyStyle(sb, p);
  return `<div${commonAttrs(p, "wv-align", sb)}>${renderChild(node, ctx)}</div>`;
}

function renderPadding(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = applyStyle(new StyleBuilder(), p);
  return `<div${commonAttrs(p, "wv-padding", sb)}>${renderChild(node, ctx)}</div>`;
}

function renderSizedBox(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = applyStyle(new StyleBuilder(), p);
  return `<div${commonAttrs(p, "wv-sizedbox", sb)}>${renderChild(node, ctx)}</div>`;
}

function renderFlex(direction: "column" | "row"): Renderer {
  return (node, ctx) => {
    const p = node.props;
    const sb = new StyleBuilder();
    sb.set("gap", cssLength(p.spacing));
    sb.set("justify-content", mainAxis(p.main_axis_alignment));
    sb.set("align-items", crossAxis(p.cross_axis_alignment));
    if (truthy(p.wrap)) sb.set("flex-wrap", "wrap");
    if (normAlign(p.main_axis_size) === "min") sb.set(direction === "row" ? "width" : "height", "fit-content");
    applyStyle(sb, p);
    return `<div${commonAttrs(p, `wv-${direction}`, sb)}>${renderChildren(node, ctx)}</div>`;
  };
}

function renderWrap(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = new StyleBuilder();
  sb.set("column-gap", cssLength(p.spacing)).set("row-gap", cssLength(p.run_spacing ?? p.spacing));
  sb.set("justify-content", mainAxis(p.alignment));
  sb.set("align-items", crossAxis(p.cross_axis_alignment));
  applyStyle(sb, p);
  return `<div${commonAttrs(p, "wv-wrap", sb)}>${renderChildren(node, ctx)}</div>`;
}

function renderListView(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = new StyleBuilder();
  const horizontal = normAlign(p.scroll_direction) === "horizontal";
  if (horizontal) sb.set("flex-direction", "row").set("overflow-x", "auto").set("overflow-y", "hidden");
  sb.set("gap", cssLength(p.spacing));
  applyStyle(sb, p);
  return `<div${commonAttrs(p, "wv-listview", sb)}>${renderChildren(node, ctx)}</div>`;
}

function renderGridView(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = new StyleBuilder();
  const cols = p.cross_axis_count ?? p.columns;
  if (cols !== undefined) sb.set("grid-template-columns", `repeat(${Math.max(1, Math.floor(num(cols, 2)))}, minmax(0, 1fr))`);
  else if (p.max_cross_axis_extent !== undefined) sb.set("grid-template-columns", `repeat(auto-fill, minmax(${cssLength(p.max_cross_axis_extent)}, 1fr))`);
  sb.set("column-gap", cssLength(p.cross_axis_spacing ?? p.spacing));
  sb.set("row-gap", cssLength(p.main_axis_spacing ?? p.spacing));
  applyStyle(sb, p);
  return `<div${commonAttrs(p, "wv-gridview", sb)}>${renderChildren(node, ctx)}</div>`;
}

function renderStack(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = new StyleBuilder();
  const al = alignment(p.alignment);
  if (al) sb.set("align-items", al[0]).set("justify-items", al[1].replace("flex-", ""));
  if (normAlign(p.fit) === "expand") sb.set("width", "100%").set("height", "100%");
  applyStyle(sb, p);
  return `<div${commonAttrs(p, "wv-stack", sb)}>${renderChildren(node, ctx)}</div>`;
}

function renderPositioned(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = applyStyle(new StyleBuilder(), p);
  if (truthy(p.fill)) sb.set("inset", "0");
  return `<div${commonAttrs(p, "wv-positioned", sb)}>${renderChild(node, ctx)}</div>`;
}

function renderExpanded(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const flex = num(p.flex, 1);
  const sb = new StyleBuilder().set("flex", `${flex} 1 0%`);
  applyStyle(sb, p, ["flex"]);
  return `<div${commonAttrs(p, "wv-expanded", sb)}>${renderChild(node, ctx)}</div>`;
}

function renderFlexible(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const flex = num(p.flex, 1);
  const tight = normAlign(p.fit) === "tight";
  const sb = new StyleBuilder().set("flex", `${flex} 1 ${tight ? "0%" : "auto"}`);
  applyStyle(sb, p, ["flex"]);
  return `<div${commonAttrs(p, "wv-flexible", sb)}>${renderChild(node, ctx)}</div>`;
}

function renderSpacer(node: WidgetNode): string {
  const p = node.props;
  const sb = new StyleBuilder().set("flex", `${num(p.flex, 1)} 1 0%`);
  applyStyle(sb, p, ["flex"]);
  return `<div${commonAttrs(p, "wv-spacer", sb)}></div>`;
}

const BUTTON_VARIANTS = new Set(["filled", "elevated", "outlined", "text", "tonal"]);

function renderButton(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const variant = typeof p.variant === "string" && BUTTON_VARIANTS.has(p.variant) ? p.variant : "filled";
  const sb = new StyleBuilder();
  if (p.foreground_color !== undefined) sb.set("color", cssColor(p.foreground_color));
  applyStyle(sb, p);
  let label = "";
  if (p.icon !== undefined && p.icon !== null) label += iconOrContent(p.icon, ctx, p.icon_size ?? 18);
  const content = p.child ?? p.text ?? p.label ?? p.title ?? (node.children && node.children.length ? node.children : undefined);
  if (content !== undefined) label += isWidgetNode(content) || Array.isArray(content) ? renderAny(content, ctx) : `<span class="wv-button__label">${escapeHtml(content)}</span>`;
  const disabled = truthy(p.disabled) || p.enabled === false ? " disabled" : "";
  return `<button type="button"${commonAttrs(p, `wv-button wv-button--${variant}`, sb)}${disabled}>${label}</button>`;
}

const INPUT_TYPES = new Set(["text", "password", "email", "number", "search", "tel", "url", "date", "time", "datetime-local", "color"]);

function renderTextField(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const inputId = p.id !== undefined && p.id !== null && p.id !== "" ? String(p.id) : ctx.nextId();
  const wrap = applyStyle(new StyleBuilder(), p);
  const label = p.label ?? p.label_text;
  const placeholder = p.placeholder ?? p.hint_text ?? p.hint;
  const value = p.value ?? p.text ?? "";
  let attrs = ` id="${escapeAttr(inputId)}" class="wv-textfield__input"`;
  if (placeholder !== undefined && placeholder !== null) attrs += ` placeholder="${escapeAttr(placeholder)}"`;
  if (p.name !== undefined) attrs += ` name="${escapeAttr(p.name)}"`;
  if (truthy(p.disabled) || p.enabled === false) attrs += " disabled";
  if (truthy(p.read_only) || truthy(p.readonly)) attrs += " readonly";
  if (truthy(p.autofocus)) attrs += " autofocus";
  if (p.max_length !== undefined) attrs += ` maxlength="${escapeAttr(Math.floor(num(p.max_length, 0)))}"`;
  attrs += callbackAttrs(p);
  let field: string;
  if (truthy(p.multiline)) {
    const rows = Math.max(1, Math.floor(num(p.rows ?? p.max_lines ?? p.min_lines, 3)));
    field = `<textarea${attrs} rows="${rows}">${escapeHtml(value)}</textarea>`;
  } else {
    let type = "text";
    if (truthy(p.password) || truthy(p.obscure_text)) type = "password";
    else {
      const t = String(p.input_type ?? p.keyboard_type ?? p.type ?? "text").toLowerCase().replace(/^textinputtype\./, "");
      type = INPUT_TYPES.has(t) ? t : t === "multiline" ? "text" : t === "phone" ? "tel" : t === "email_address" ? "email" : "text";
    }
    field = `<input type="${type}"${attrs} value="${escapeAttr(value)}">`;
  }
  const labelHtml = label !== undefined && label !== null && label !== "" ? `<label class="wv-textfield__label" for="${escapeAttr(inputId)}">${escapeHtml(label)}</label>` : "";
  const helper = p.helper_text ?? p.error_text;
  const helperHtml = helper ? `<div class="wv-textfield__helper${p.error_text ? " wv-textfield__helper--error" : ""}">${escapeHtml(helper)}</div>` : "";
  return `<div${commonAttrs({ ...p, id: undefined, key: undefined }, "wv-textfield", wrap, { noCallbacks: true })}>${labelHtml}${field}${helperHtml}</div>`;
}

export function elevationShadow(e: number): string {
  if (e <= 0) return "none";
  const y = Math.round(e * 1.5 * 10) / 10;
  const blur = Math.round(e * 4 * 10) / 10;
  return `0 ${y}px ${blur}px rgba(0, 0, 0, 0.12), 0 1px 2px rgba(0, 0, 0, 0.08)`;
}

function renderCard(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = new StyleBuilder();
  sb.set("padding", cssBox(p.padding ?? 16));
  sb.set("border-radius", cssLength(p.border_radius ?? 12));
  sb.set("box-shadow", elevationShadow(num(p.elevation, 1)));
  sb.set("background-color", cssColor(p.color));
  applyStyle(sb, p, ["color"]);
  return `<div${commonAttrs(p, "wv-card", sb)}>${renderChild(node, ctx)}</div>`;
}

function renderScaffold(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = applyStyle(new StyleBuilder(), p);
  const appBar = p.app_bar ?? p.appbar;
  let inner = appBar ? renderAny(appBar, ctx) : "";
  const drawer = p.drawer;
  const body = `<main class="wv-scaffold__body">${renderAny(p.body ?? p.child, ctx)}</main>`;
  inner += drawer ? `<div class="wv-scaffold__main"><aside class="wv-scaffold__drawer">${renderAny(drawer, ctx)}</aside>${body}</div>` : body;
  if (p.bottom_navigation_bar) inner += `<div class="wv-scaffold__bottom">${renderAny(p.bottom_navigation_bar, ctx)}</div>`;
  if (p.floating_action_button) inner += `<div class="wv-scaffold__fab">${renderAny(p.floating_action_button, ctx)}</div>`;
  return `<div${commonAttrs(p, "wv-scaffold", sb)}>${inner}</div>`;
}

function renderAppBar(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = new StyleBuilder();
  sb.set("background-color", cssColor(p.background_color));
  sb.set("color", cssColor(p.color ?? p.foreground_color));
  if (p.height !== undefined || p.toolbar_height !== undefined) sb.set("min-height", cssLength(p.height ?? p.toolbar_height));
  if (p.elevation !== undefined) sb.set("box-shadow", elevationShadow(num(p.elevation, 2)));
  applyStyle(sb, p, ["background_color", "color", "height"]);
  const leading = p.leading !== undefined && p.leading !== null ? `<div class="wv-appbar__leading">${iconOrContent(p.leading, ctx)}</div>` : "";
  const title = p.title !== undefined && p.title !== null ? `<div class="wv-appbar__title">${renderAny(p.title, ctx)}</div>` : "";
  const actions = Array.isArray(p.actions) ? p.actions : p.actions ? [p.actions] : [];
  const actionsHtml = actions.length ? `<div class="wv-appbar__actions">${actions.map((a) => iconOrContent(a, ctx)).join("")}</div>` : "";
  const cls = truthy(p.center_title) ? "wv-appbar wv-appbar--center" : "wv-appbar";
  return `<header${commonAttrs(p, cls, sb)}>${leading}${title}${actionsHtml}</header>`;
}

function renderFab(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = new StyleBuilder();
  applyStyle(sb, p);
  let content = "";
  if (p.child !== undefined && p.child !== null) content = iconOrContent(p.child, ctx);
  else if (p.icon !== undefined && p.icon !== null) content = iconOrContent(p.icon, ctx);
  if (p.label !== undefined && p.label !== null) content += `<span class="wv-fab__label">${renderAny(p.label, ctx)}</span>`;
  if (content === "") content = iconOrContent("add", ctx);
  let cls = "wv-fab";
  if (truthy(p.mini)) cls += " wv-fab--mini";
  if (p.label !== undefined && p.label !== null) cls += " wv-fab--extended";
  const aria = p.tooltip === undefined ? ` aria-label="${escapeAttr(typeof p.icon === "string" ? p.icon : "action")}"` : "";
  return `<button type="button"${commonAttrs(p, cls, sb)}${aria}>${content}</button>`;
}

function renderDivider(node: WidgetNode): string {
  const p = node.props;
  const thickness = cssLength(p.thickness ?? 1) ?? "1px";
  const color = cssColor(p.color) ?? "rgba(0, 0, 0, 0.12)";
  const height = num(p.height, 16);
  const t = num(p.thickness, 1);
  const v = Math.max(0, (height - t) / 2);
  const sb = new StyleBuilder();
  sb.set("border-top", `${thickness} solid ${color}`);
  sb.set("margin", `${v}px ${cssLength(p.end_indent ?? 0) ?? "0px"} ${v}px ${cssLength(p.indent ?? 0) ?? "0px"}`);
  applyStyle(sb, p, ["color", "height", "thickness"]);
  return `<hr${commonAttrs(p, "wv-divider", sb)}>`;
}

function renderVerticalDivider(node: WidgetNode): string {
  const p = node.props;
  const thickness = cssLength(p.thickness ?? 1) ?? "1px";
  const color = cssColor(p.color) ?? "rgba(0, 0, 0, 0.12)";
  const width = num(p.width, 16);
  const v = Math.max(0, (width - num(p.thickness, 1)) / 2);
  const sb = new StyleBuilder();
  sb.set("border-left", `${thickness} solid ${color}`).set("margin", `0 ${v}px`).set("align-self", "stretch");
  applyStyle(sb, p, ["color", "width", "thickness"]);
  return `<div role="separator"${commonAttrs(p, "wv-vdivider", sb)}></div>`;
}

function renderListTile(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = applyStyle(new StyleBuilder(), p);
  let cls = "wv-listtile";
  if (typeof p.on_tap === "string" || typeof p.on_click === "string") cls += " wv-listtile--clickable";
  if (truthy(p.selected)) cls += " wv-listtile--selected";
  if (truthy(p.dense)) cls += " wv-listtile--dense";
  const leading = p.leading !== undefined && p.leading !== null ? `<div class="wv-listtile__leading">${iconOrContent(p.leading, ctx)}</div>` : "";
  const trailing = p.trailing !== undefined && p.trailing !== null ? `<div class="wv-listtile__trailing">${iconOrContent(p.trailing, ctx)}</div>` : "";
  const title = p.title !== undefined && p.title !== null ? `<div class="wv-listtile__title">${renderAny(p.title, ctx)}</div>` : "";
  const subtitle = p.subtitle !== undefined && p.subtitle !== null ? `<div class="wv-listtile__subtitle">${renderAny(p.subtitle, ctx)}</div>` : "";
  const role = cls.includes("clickable") ? ' role="button" tabindex="0"' : "";
  return `<div${commonAttrs(p, cls, sb)}${role}>${leading}<div class="wv-listtile__text">${title}${subtitle}</div>${trailing}</div>`;
}

function renderGestureDetector(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = applyStyle(new StyleBuilder(), p);
  return `<div${commonAttrs(p, "wv-gesture", sb)}>${renderChild(node, ctx)}</div>`;
}

function renderInkWell(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = new StyleBuilder();
  if (p.splash_color !== undefined) sb.set("--wv-ripple", cssColor(p.splash_color));
  if (p.hover_color !== undefined) sb.set("--wv-hover", cssColor(p.hover_color));
  applyStyle(sb, p);
  return `<div${commonAttrs(p, "wv-inkwell", sb)} tabindex="0">${renderChild(node, ctx)}</div>`;
}

const FITS: Record<string, string> = {
  cover: "cover",
  contain: "contain",
  fill: "fill",
  none: "none",
  scale_down: "scale-down",
  fit_width: "cover",
  fit_height: "cover",
};

function renderImage(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const sb = new StyleBuilder();
  if (p.fit !== undefined) sb.set("object-fit", FITS[normAlign(p.fit)] ?? cssPlain(p.fit));
  applyStyle(sb, p);
  let src = String(p.src ?? p.url ?? p.path ?? "");
  if (src && ctx.resolveSrc && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|#)/i.test(src)) src = ctx.resolveSrc(src);
  const alt = p.alt ?? p.semantic_label ?? "";
  return `<img${commonAttrs(p, "wv-image", sb)} src="${escapeAttr(src)}" alt="${escapeAttr(alt)}">`;
}

function renderIcon(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const name = String(p.name ?? p.icon ?? p.text ?? (node.children && node.children[0]) ?? "");
  const sb = new StyleBuilder();
  sb.set("font-size", cssLength(p.size));
  applyStyle(sb, p, ["size"]);
  const props = { ...p, attrs: { "aria-hidden": "true", ...((p.attrs as object) ?? {}) } };
  const m = /^(?:(fa[srlbd]?|fa-solid|fa-regular|fa-brands|fa-light)\s+)?(fa-[a-z0-9-]+)$/.exec(name.trim());
  if (m || /^fa[srb]? fa-/.test(name) || /^bi(?:-| )/.test(name)) {
    // Font Awesome or Bootstrap Icons class names: "fa-solid fa-house", "fa-house", "bi bi-alarm"
    let classes = name.trim();
    if (m && !m[1]) classes = `fa-solid ${m[2]}`;
    if (/^bi-/.test(classes)) classes = `bi ${classes}`;
    ctx.uses.add(classes.startsWith("bi") ? "bootstrap-icons" : "font-awesome");
    return `<i${commonAttrs({ ...props, class_name: [classes, p.class_name].filter(Boolean).join(" ") }, "wv-icon", sb)}></i>`;
  }
  if (/^[a-z0-9_]+$/.test(name)) {
    ctx.uses.add("material-icons");
    return `<span${commonAttrs(props, "material-icons wv-icon", sb)}>${escapeHtml(name)}</span>`;
  }
  return `<span${commonAttrs(props, "wv-icon wv-icon--glyph", sb)}>${escapeHtml(name)}</span>`;
}

function renderCheckbox(kind: "checkbox" | "switch"): Renderer {
  return (node, ctx) => {
    const p = node.props;
    const id = p.id !== undefined && p.id !== null && p.id !== "" ? String(p.id) : ctx.nextId();
    const sb = applyStyle(new StyleBuilder(), p);
    if (p.active_color !== undefined) sb.set("--wv-accent", cssColor(p.active_color));
    const checked = truthy(p.value ?? p.checked) ? " checked" : "";
    const disabled = truthy(p.disabled) || p.enabled === false ? " disabled" : "";
    const role = kind === "switch" ? ' role="switch"' : "";
    const track = kind === "switch" ? '<span class="wv-switch__track" aria-hidden="true"></span>' : "";
    const label = p.label ?? p.title ?? p.text;
    const labelHtml = label !== undefined && label !== null ? `<span class="wv-${kind}__label">${renderAny(label, ctx)}</span>` : "";
    return (
      `<label${commonAttrs({ ...p, id: undefined, key: undefined }, `wv-${kind}`, sb, { noCallbacks: true })}>` +
      `<input type="checkbox" id="${escapeAttr(id)}" class="wv-${kind}__input"${role}${checked}${disabled}${callbackAttrs(p)}>${track}${labelHtml}</label>`
    );
  };
}

function renderSlider(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const id = p.id !== undefined && p.id !== null && p.id !== "" ? String(p.id) : ctx.nextId();
  const min = num(p.min, 0);
  const max = num(p.max, 100);
  let step: string = p.step !== undefined ? String(num(p.step, 1)) : "any";
  if (p.divisions !== undefined && num(p.divisions, 0) > 0) step = String((max - min) / num(p.divisions, 1));
  const value = num(p.value, min);
  const sb = applyStyle(new StyleBuilder(), p);
  if (p.active_color !== undefined) sb.set("accent-color", cssColor(p.active_color));
  const disabled = truthy(p.disabled) || p.enabled === false ? " disabled" : "";
  return `<input type="range"${commonAttrs({ ...p, id }, "wv-slider", sb)} min="${min}" max="${max}" step="${escapeAttr(step)}" value="${value}"${disabled}>`;
}

function dropdownItems(items: unknown): [string, string][] {
  const out: [string, string][] = [];
  if (!Array.isArray(items)) {
    if (items && typeof items === "object") for (const [k, v] of Object.entries(items)) out.push([k, String(v)]);
    return out;
  }
  for (const it of items) {
    if (Array.isArray(it)) out.push([String(it[0]), String(it[1] ?? it[0])]);
    else if (it && typeof it === "object" && !isWidgetNode(it)) {
      const o = it as Record<string, unknown>;
      out.push([String(o.value ?? o.label), String(o.label ?? o.text ?? o.value)]);
    } else if (isWidgetNode(it)) {
      out.push([String(it.props.value ?? it.props.text), String(it.props.text ?? it.props.label ?? it.props.value)]);
    } else out.push([String(it), String(it)]);
  }
  return out;
}

function renderDropdown(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const id = p.id !== undefined && p.id !== null && p.id !== "" ? String(p.id) : ctx.nextId();
  const sb = applyStyle(new StyleBuilder(), p);
  const value = p.value === undefined || p.value === null ? undefined : String(p.value);
  let opts = "";
  if (p.hint !== undefined && value === undefined) opts += `<option value="" disabled selected>${escapeHtml(p.hint)}</option>`;
  for (const [v, label] of dropdownItems(p.items ?? p.options ?? childrenOf(node))) {
    opts += `<option value="${escapeAttr(v)}"${v === value ? " selected" : ""}>${escapeHtml(label)}</option>`;
  }
  const disabled = truthy(p.disabled) || p.enabled === false ? " disabled" : "";
  return `<select${commonAttrs({ ...p, id }, "wv-dropdown", sb)}${disabled}>${opts}</select>`;
}

function renderProgress(node: WidgetNode): string {
  const p = node.props;
  const sb = applyStyle(new StyleBuilder(), p);
  if (p.color !== undefined) sb.set("accent-color", cssColor(p.color));
  if (p.value === undefined || p.value === null) return `<progress${commonAttrs(p, "wv-progress", sb)}></progress>`;
  const v = Math.min(1, Math.max(0, num(p.value, 0)));
  return `<progress${commonAttrs(p, "wv-progress", sb)} max="1" value="${v}"></progress>`;
}

function renderSpinner(node: WidgetNode): string {
  const p = node.props;
  const sb = new StyleBuilder();
  sb.set("--wv-spinner-size", cssLength(p.size ?? 36));
  if (p.color !== undefined) sb.set("border-top-color", cssColor(p.color));
  applyStyle(sb, p, ["color", "size"]);
  return `<div role="progressbar"${commonAttrs(p, "wv-spinner", sb)}></div>`;
}

const TITLEBAR_ICONS = {
  minimize: '<svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true"><path d="M0 5h10" stroke="currentColor" stroke-width="1"/></svg>',
  maximize: '<svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true"><rect x="0.5" y="0.5" width="9" height="9" fill="none" stroke="currentColor" stroke-width="1"/></svg>',
  close: '<svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true"><path d="M0 0l10 10M10 0L0 10" stroke="currentColor" stroke-width="1.1"/></svg>',
};

/**
 * CustomTitleBar: a fixed bar at the top (drag region, title, window buttons). The bar is
 * `position: fixed`; its host element reserves the bar's height in the flow so that the
 * widgets after it (its `child`, or the next siblings in a Column) are offset by the bar height.
 * As the whole widget tree with no child (the original's "titlebar + _custom_html" pattern) the
 * bar only overlays: the app's own HTML keeps its layout (`ctx.overlayTitlebar`).
 */
function renderTitleBar(node: WidgetNode, ctx: RenderContext): string {
  const p = node.props;
  const h = cssLength(p.height ?? 40) ?? "40px";
  const bar = new StyleBuilder();
  bar.set("height", h);
  bar.set("--wv-titlebar-height", h);
  bar.set("background-color", cssColor(p.background_color ?? "#1e1e1e"));
  bar.set("color", cssColor(p.text_color ?? p.color ?? "#ffffff"));
  if (p.style !== undefined) bar.addRaw(p.style);
  const title = p.title ?? "";
  const buttons: string[] = [];
  const btn = (action: "minimize" | "maximize" | "close", label: string) =>
    `<button type="button" class="wv-titlebar__btn wv-titlebar__btn--${action}" data-tr-window="${action}" aria-label="${label}" title="${label}">${TITLEBAR_ICONS[action]}</button>`;
  if (p.show_minimize !== false) buttons.push(btn("minimize", "Minimize"));
  if (p.show_maximize !== false) buttons.push(btn("maximize", "Maximize"));
  if (p.show_close !== false) buttons.push(btn("close", "Close"));
  const leading = p.leading !== undefined && p.leading !== null ? `<div class="wv-titlebar__leading">${iconOrContent(p.leading, ctx, 18)}</div>` : "";
  const actions = Array.isArray(p.actions) ? p.actions : p.actions ? [p.actions] : [];
  const actionsHtml = actions.length ? `<div class="wv-titlebar__actions">${actions.map((a) => renderAny(a, ctx)).join("")}</div>` : "";
  const barHtml =
    `<div class="wv-titlebar" data-tr-titlebar style="${escapeAttr(bar.toString())}">` +
    `${leading}<div class="wv-titlebar__title">${renderAny(title, ctx)}</div>${actionsHtml}` +
    `<div class="wv-titlebar__controls">${buttons.join("")}</div></div>`;
  const child = p.child ?? p.body;
  const host = new StyleBuilder();
  const overlay = ctx.overlayTitlebar === true && (child === undefined || child === null);
  ctx.overlayTitlebar = false; // only the root bar
  if (!overlay) host.set("padding-top", h);
  if (child !== undefined && child !== null) host.set("height", "100%");
  const idAttr = p.id !== undefined && p.id !== null ? ` id="${escapeAttr(p.id)}"` : "";
  const hostStyle = host.toString();
  return `<div${idAttr} class="wv-titlebar-host${overlay ? " wv-titlebar-host--overlay" : ""}"${hostStyle ? ` style="${escapeAttr(hostStyle)}"` : ""}>${barHtml}${renderAny(child, ctx)}</div>`;
}

const RENDERERS: Record<string, Renderer> = {
  Text: renderText,
  Html: renderHtml,
  RawHtml: renderHtml,
  Container: renderContainer,
  Center: renderCenter,
  Align: renderAlign,
  Padding: renderPadding,
  SizedBox: renderSizedBox,
  Column: renderFlex("column"),
  Row: renderFlex("row"),
  Wrap: renderWrap,
  ListView: renderListView,
  GridView: renderGridView,
  Stack: renderStack,
  Positioned: renderPositioned,
  Expanded: renderExpanded,
  Flexible: renderFlexible,
  Spacer: renderSpacer,
  Button: renderButton,
  ElevatedButton: (n, c) => renderButton({ ...n, props: { variant: "elevated", ...n.props } }, c),
  TextButton: (n, c) => renderButton({ ...n, props: { variant: "text", ...n.props } }, c),
  OutlinedButton: (n, c) => renderButton({ ...n, props: { variant: "outlined", ...n.props } }, c),
  IconButton: (n, c) => renderButton({ ...n, props: { variant: "text", ...n.props, class_name: ["wv-button--icon", n.props.class_name].filter(Boolean).join(" ") } }, c),
  TextField: renderTextField,
  Card: renderCard,
  Scaffold: renderScaffold,
  AppBar: renderAppBar,
  FloatingActionButton: renderFab,
  Divider: renderDivider,
  VerticalDivider: renderVerticalDivider,
  ListTile: renderListTile,
  GestureDetector: renderGestureDetector,
  InkWell: renderInkWell,
  Image: renderImage,
  Icon: renderIcon,
  Checkbox: renderCheckbox("checkbox"),
  Switch: renderCheckbox("switch"),
  Slider: renderSlider,
  Dropdown: renderDropdown,
  DropdownButton: renderDropdown,
  LinearProgressIndicator: renderProgress,
  ProgressBar: renderProgress,
  CircularProgressIndicator: renderSpinner,
  CustomTitleBar: renderTitleBar,
};

/**
 * Widget names and the props their positional arguments fill, in order (for the language
 * binding: `Text("hi")`, `Button("OK", on_click=f)`, `Icon("home", size=32)`). Every widget also
 * accepts any keyword prop and a single dict positional argument.
 */
export const WIDGET_POSITIONAL: Record<string, readonly string[]> = {
  Text: ["text"],
  Html: ["html"],
  RawHtml: ["html"],
  Container: ["child"],
  Center: ["child"],
  Align: ["child"],
  Padding: ["child", "padding"],
  SizedBox: ["width", "height", "child"],
  Column: ["children"],
  Row: ["children"],
  Wrap: ["children"],
  ListView: ["children"],
  GridView: ["children"],
  Stack: ["children"],
  Positioned: ["child"],
  Expanded: ["child", "flex"],
  Flexible: ["child", "flex"],
  Spacer: ["flex"],
  Button: ["text", "on_click"],
  ElevatedButton: ["text", "on_click"],
  TextButton: ["text", "on_click"],
  OutlinedButton: ["text", "on_click"],
  IconButton: ["icon", "on_click"],
  TextField: ["value"],
  Card: ["child"],
  Scaffold: ["body"],
  AppBar: ["title"],
  FloatingActionButton: ["child", "on_click"],
  Divider: [],
  VerticalDivider: [],
  ListTile: ["title", "subtitle"],
  GestureDetector: ["child"],
  InkWell: ["child"],
  Image: ["src"],
  Icon: ["name"],
  Checkbox: ["value"],
  Switch: ["value"],
  Slider: ["value"],
  Dropdown: ["items", "value"],
  DropdownButton: ["items", "value"],
  LinearProgressIndicator: ["value"],
  ProgressBar: ["value"],
  CircularProgressIndicator: [],
  CustomTitleBar: ["title"],
};

/** Every widget type the renderer knows. */
export const WIDGET_TYPES: readonly string[] = Object.keys(RENDERERS);

function renderNode(node: WidgetNode, ctx: RenderContext): string {
  const r = RENDERERS[node.type];
  if (!r) throw new TypeError(`unknown widget type '${node.type}'`);
  return r(node, ctx);
}

/** Render a widget tree (or a string / list / null) to HTML. */
export function renderWidget(node: unknown, ctx: RenderContext = createRenderContext()): string {
  return renderAny(node, ctx);
}

