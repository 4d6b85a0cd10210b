/**
 * Escaping and CSS value helpers shared by the widget renderer and the page assembly.
 * Pure TypeScript, no dependency on the language runtime.
 */

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escape text for use in HTML element content or in a quoted attribute value. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Same as escapeHtml; named for readability at attribute sites. */
export const escapeAttr = escapeHtml;

/** Text placed inside `<style>`: only `</style` could end it early. */
export function escapeStyleText(css: string): string {
  return css.replace(/<\/(style)/gi, "<\\/$1");
}

/** Text placed inside an inline `<script>`: only `</script` (and `<!--`) could end it early. */
export function escapeScriptText(js: string): string {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/** JSON for embedding in an inline script (no `</script>` break-out, no U+2028/2029 issues). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * A CSS value given by an app. Strips the characters that could end the declaration or the
 * rule (`;`, `{`, `}`) so one prop can never inject other declarations; the result goes into a
 * style attribute that is HTML-escaped as a whole.
 */
export function cssText(value: unknown): string {
  return String(value).replace(/[;{}]/g, "").trim();
}

function isNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

function fmtNum(n: number): string {
  // 12 → "12", 0.5 → "0.5", 1/3 → "0.3333"
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10000) / 10000);
}

/**
 * A length: numbers are pixels; numeric strings ("240") are pixels; any other string
 * ("240px", "50%", "1rem", "calc(100% - 40px)", "auto") is honoured as written.
 * Returns undefined for null/undefined/"" (meaning "not set").
 */
export function cssLength(value: unknown): string | undefined {
  if (value === null || value === undefined || value === "" || value === false) return undefined;
  if (isNumber(value)) return `${fmtNum(value)}px`;
  if (typeof value === "object" && value !== null && "v" in value && isNumber((value as { v: unknown }).v)) {
    return `${fmtNum((value as { v: number }).v)}px`; // a boxed float such as 2.0
  }
  const s = cssText(value);
  if (s === "") return undefined;
  if (/^-?\d+(\.\d+)?$/.test(s)) return `${s}px`;
  return s;
}

/**
 * A box value (padding, margin): a number, a CSS string, an EdgeInsets string, or a list:
 * [all], [vertical, horizontal], [top, horizontal, bottom] or [top, right, bottom, left], or an
 * object {top, right, bottom, left} / {vertical, horizontal}.
 */
export function cssBox(value: unknown): string | undefined {
  if (value === null || value === undefined || value === "" || value === false) return undefined;
  if (Array.isArray(value)) {
    const parts = value.map((v) => cssLength(v) ?? "0px");
    if (parts.length === 1) return edgeAll(parts[0]!);
    if (parts.length === 2) return `${parts[0]} ${parts[1]} ${parts[0]} ${parts[1]}`;
    if (parts.length === 3) return `${parts[0]} ${parts[1]} ${parts[2]} ${parts[1]}`;
    if (parts.length >= 4) return parts.slice(0, 4).join(" ");
    return undefined;
  }
  if (typeof value === "object" && !("v" in (value as object))) {
    const o = value as Record<string, unknown>;
    if ("vertical" in o || "horizontal" in o) return EdgeInsets.symmetric(o.vertical ?? 0, o.horizontal ?? 0);
    return EdgeInsets.only(o);
  }
  return cssLength(value);
}

function edgeAll(v: string): string {
  return `${v} ${v} ${v} ${v}`;
}

/** EdgeInsets constructors; each returns a CSS box string "top right bottom left". */
export const EdgeInsets = {
  all(v: unknown): string {
    return edgeAll(cssLength(v) ?? "0px");
  },
  symmetric(vertical: unknown = 0, horizontal: unknown = 0): string {
    const v = cssLength(vertical ?? 0) ?? "0px";
    const h = cssLength(horizontal ?? 0) ?? "0px";
    return `${v} ${h} ${v} ${h}`;
  },
  only(sides: { top?: unknown; right?: unknown; bottom?: unknown; left?: unknown }): string {
    const f = (v: unknown) => cssLength(v ?? 0) ?? "0px";
    return `${f(sides.top)} ${f(sides.right)} ${f(sides.bottom)} ${f(sides.left)}`;
  },
  zero(): string {
    return "0px 0px 0px 0px";
  },
  /** `EdgeInsets.fromLTRB(left, top, right, bottom)` as in Flutter. */
  fromLTRB(left: unknown, top: unknown, right: unknown, bottom: unknown): string {
    return EdgeInsets.only({ left, top, right, bottom });
  },
};

/** A colour: any CSS colour string; an int 0xAARRGGBB/0xRRGGBB becomes rgba()/#rrggbb. */
export function cssColor(value: unknown): string | undefined {
  if (value === null || value === undefined || value === "" || value === false) return undefined;
  if (isNumber(value) && Number.isInteger(value) && value >= 0) {
    if (value > 0xffffff) {
      const a = ((value >>> 24) & 0xff) / 255;
      const r = (value >>> 16) & 0xff;
      const g = (value >>> 8) & 0xff;
      const b = value & 0xff;
      return `rgba(${r}, ${g}, ${b}, ${fmtNum(a)})`;
    }
    return `#${value.toString(16).padStart(6, "0")}`;
  }
  return cssText(value);
}

/** A unitless value (flex, opacity, z-index, font-weight): numbers as written, strings sanitised. */
export function cssPlain(value: unknown): string | undefined {
  if (value === null || value === undefined || value === "" || value === false) return undefined;
  if (isNumber(value)) return fmtNum(value);
  if (typeof value === "object" && value !== null && "v" in value && isNumber((value as { v: unknown }).v)) {
    return fmtNum((value as { v: number }).v);
  }
  return cssText(value);
}

/** Accumulates CSS declarations; later declarations of the same property replace earlier ones. */
export class StyleBuilder {
  private readonly decls = new Map<string, string>();

  set(prop: string, value: string | undefined): this {
    if (value !== undefined && value !== "") {
      this.decls.set(prop, value); // a later value replaces an earlier one in place
    }
    return this;
  }

  has(prop: string): boolean {
    return this.decls.has(prop);
  }

  /** Add a "k: v; k2: v2" string (or an object of k → v) written by the app. */
  addRaw(style: unknown): this {
    if (style === null || style === undefined || style === "") return this;
    if (typeof style === "object") {
      for (const [k, v] of Object.entries(style as Record<string, unknown>)) {
        const prop = k.includes("_") ? k.replace(/_/g, "-") : k.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
        const val = cssPlain(v);
        if (val !== undefined) this.set(prop.trim(), LENGTH_PROPS.has(prop) && typeof v === "number" ? `${fmtNum(v)}px` : val);
      }
      return this;
    }
    for (const part of String(style).split(";")) {
      const i = part.indexOf(":");
      if (i <= 0) continue;
      const prop = part.slice(0, i).trim().toLowerCase();
      const val = part.slice(i + 1).replace(/[{}]/g, "").trim();
      if (/^-{0,2}[a-z][a-z0-9-]*$/.test(prop) && val !== "") this.set(prop, val);
    }
    return this;
  }

  toString(): string {
    return [...this.decls].map(([k, v]) => `${k}: ${v}`).join("; ");
  }
}

/** CSS properties (kebab-case) whose numeric values are pixels. */
export const LENGTH_PROPS = new Set([
  "width", "height", "min-width", "max-width", "min-height", "max-height",
  "top", "right", "bottom", "left", "gap", "row-gap", "column-gap",
  "border-radius", "border-width", "font-size", "letter-spacing", "word-spacing",
  "flex-basis", "outline-width", "outline-offset", "text-indent",
  "border-top-left-radius", "border-top-right-radius", "border-bottom-left-radius", "border-bottom-right-radius",
  "padding-top", "padding-right", "padding-bottom", "padding-left",
  "margin-top", "margin-right", "margin-bottom", "margin-left",
]);
