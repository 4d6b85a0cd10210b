/**
 * CDN keys → local copies of the libraries, installed from the npm registry with the project
 * and served by the app itself under `/assets/<package>/<path inside the package>`.
 *
 * A key's value as Tauraro code sees it (`CDN.TAILWIND_CSS`) is the original public URL, so
 * `print(CDN.TAILWIND_CSS)` looks like a URL. `include_cdn` maps a key name or one of those
 * public URLs (or a jsDelivr/unpkg URL of an installed package with the same major version) to
 * the local files; any other http(s) URL is included as written and fetched by the browser —
 * the app named it explicitly.
 *
 * Stylesheets often reference fonts/images with relative URLs; every such file is added to the
 * asset map under the same `/assets/<package>/` prefix, so the relative URLs resolve.
 */

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";

export type AssetKind = "css" | "js";

export interface CdnFile {
  kind: AssetKind;
  /** URL path the page loads it from, e.g. "/assets/bootstrap/dist/css/bootstrap.min.css". */
  urlPath: string;
  /** Absolute path on disk. */
  file: string;
  /** Script attributes: Alpine must be deferred to start after the DOM is parsed. */
  defer?: boolean;
}

export interface ResolvedCdn {
  /** The key name when the reference was a key or a known public URL. */
  key?: string;
  /** Files to reference from the page, in order. */
  files: CdnFile[];
  /** Every file the page may load for it: urlPath → absolute path (files + fonts/images they use). */
  assets: Record<string, string>;
}

interface CdnDef {
  /** The original public URL (what `CDN.KEY` evaluates to in Tauraro code). */
  url: string;
  /** npm package and files inside it, in load order. */
  pkg: string;
  files: { kind: AssetKind; path: string; defer?: boolean }[];
  /** Extra package (react-dom for REACT_JS). */
  more?: { pkg: string; files: { kind: AssetKind; path: string }[] }[];
}

const CSS = (path: string) => ({ kind: "css" as const, path });
const JS = (path: string, defer?: boolean) => ({ kind: "js" as const, path, ...(defer ? { defer } : {}) });

/** The CDN table. Keys, public URLs and the package files that replace them. */
export const CDN_TABLE: Record<string, CdnDef> = {
  TAILWIND_CSS: { url: "https://cdn.tailwindcss.com", pkg: "@tailwindcss/browser", files: [JS("dist/index.global.js")] },
  BOOTSTRAP_CSS: { url: "https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css", pkg: "bootstrap", files: [CSS("dist/css/bootstrap.min.css")] },
  BOOTSTRAP_JS: { url: "https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js", pkg: "bootstrap", files: [JS("dist/js/bootstrap.bundle.min.js")] },
  BULMA_CSS: { url: "https://cdn.jsdelivr.net/npm/bulma@0.9.4/css/bulma.min.css", pkg: "bulma", files: [CSS("css/bulma.min.css")] },
  FOUNDATION_CSS: { url: "https://cdn.jsdelivr.net/npm/foundation-sites@6.8.1/dist/css/foundation.min.css", pkg: "foundation-sites", files: [CSS("dist/css/foundation.min.css")] },
  MATERIAL_CSS: { url: "https://cdn.jsdelivr.net/npm/@material/web@1.0.0/dist/material-web.min.css", pkg: "materialize-css", files: [CSS("dist/css/materialize.min.css")] },
  SEMANTIC_UI_CSS: { url: "https://cdn.jsdelivr.net/npm/semantic-ui@2.5.0/dist/semantic.min.css", pkg: "semantic-ui-css", files: [CSS("semantic.min.css")] },
  ALPINE_JS: { url: "https://cdn.jsdelivr.net/npm/alpinejs@3.13.3/dist/cdn.min.js", pkg: "alpinejs", files: [JS("dist/cdn.min.js", true)] },
  HTMX: { url: "https://cdn.jsdelivr.net/npm/htmx.org@1.9.10/dist/htmx.min.js", pkg: "htmx.org", files: [JS("dist/htmx.min.js")] },
  VUE_JS: { url: "https://cdn.jsdelivr.net/npm/vue@3.4.15/dist/vue.global.prod.js", pkg: "vue", files: [JS("dist/vue.global.prod.js")] },
  REACT_JS: {
    url: "https://cdn.jsdelivr.net/npm/react@18.2.0/umd/react.production.min.js",
    pkg: "react",
    files: [JS("umd/react.production.min.js")],
    more: [{ pkg: "react-dom", files: [JS("umd/react-dom.production.min.js")] }],
  },
  JQUERY: { url: "https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js", pkg: "jquery", files: [JS("dist/jquery.min.js")] },
  FONT_AWESOME: { url: "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.5.1/css/all.min.css", pkg: "@fortawesome/fontawesome-free", files: [CSS("css/all.min.css")] },
  MATERIAL_ICONS: { url: "https://fonts.googleapis.com/icon?family=Material+Icons", pkg: "material-icons", files: [CSS("iconfont/filled.css")] },
  BOOTSTRAP_ICONS: { url: "https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css", pkg: "bootstrap-icons", files: [CSS("font/bootstrap-icons.min.css")] },
  GOOGLE_FONTS_INTER: {
    url: "https://fonts.googleapis.com/css2?family=Inter:wght@400;500;600;700&display=swap",
    pkg: "@fontsource/inter",
    files: [CSS("400.css"), CSS("500.css"), CSS("600.css"), CSS("700.css")],
  },
  GOOGLE_FONTS_ROBOTO: {
    url: "https://fonts.googleapis.com/css2?family=Roboto:wght@400;500;700&display=swap",
    pkg: "@fontsource/roboto",
    files: [CSS("400.css"), CSS("500.css"), CSS("700.css")],
  },
  GOOGLE_FONTS_POPPINS: {
    url: "https://fonts.googleapis.com/css2?family=Poppins:wght@400;500;600;700&display=swap",
    pkg: "@fontsource/poppins",
    files: [CSS("400.css"), CSS("500.css"), CSS("600.css"), CSS("700.css")],
  },
  ANIMATE_CSS: { url: "https://cdn.jsdelivr.net/npm/animate.css@4.1.1/animate.min.css", pkg: "animate.css", files: [CSS("animate.min.css")] },
  GSAP: { url: "https://cdn.jsdelivr.net/npm/gsap@3.12.5/dist/gsap.min.js", pkg: "gsap", files: [JS("dist/gsap.min.js")] },
  LODASH: { url: "https://cdn.jsdelivr.net/npm/lodash@4.17.21/lodash.min.js", pkg: "lodash", files: [JS("lodash.min.js")] },
  MOMENT_JS: { url: "https://cdn.jsdelivr.net/npm/moment@2.30.1/moment.min.js", pkg: "moment", files: [JS("min/moment.min.js")] },
  DAY_JS: { url: "https://cdn.jsdelivr.net/npm/dayjs@1.11.10/dayjs.min.js", pkg: "dayjs", files: [JS("dayjs.min.js")] },
  AXIOS: { url: "https://cdn.jsdelivr.net/npm/axios@1.6.5/dist/axios.min.js", pkg: "axios", files: [JS("dist/axios.min.js")] },
  CHART_JS: { url: "https://cdn.jsdelivr.net/npm/chart.js@4.4.1/dist/chart.umd.min.js", pkg: "chart.js", files: [JS("dist/chart.umd.min.js")] },
  APEXCHARTS: { url: "https://cdn.jsdelivr.net/npm/apexcharts@3.45.2/dist/apexcharts.min.js", pkg: "apexcharts", files: [JS("dist/apexcharts.min.js")] },
};

/** Every CDN key, in the table's order. */
export const CDN_KEYS: readonly string[] = Object.keys(CDN_TABLE);

/** key → public URL: the values of `CDN.KEY` in Tauraro code. */
export const CDN_URLS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.entries(CDN_TABLE).map(([k, d]) => [k, d.url])),
);

const require_ = createRequire(import.meta.url);
const pkgDirCache = new Map<string, string | null>();

/** Directory of an installed npm package (works for packages whose `exports` hide package.json). */
export function packageDir(pkg: string): string | null {
  if (pkgDirCache.has(pkg)) return pkgDirCache.get(pkg)!;
  let found: string | null = null;
  for (const base of require_.resolve.paths(pkg) ?? []) {
    const dir = join(base, pkg);
    if (existsSync(join(dir, "package.json"))) {
      found = dir;
      break;
    }
  }
  pkgDirCache.set(pkg, found);
  return found;
}

export function packageVersion(pkg: string): string | null {
  const dir = packageDir(pkg);
  if (!dir) return null;
  try {
    return String(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version);
  } catch {
    return null;
  }
}

function urlPathFor(pkg: string, rel: string): string {
  return `/assets/${pkg}/${rel.split(sep).join("/")}`;
}

/** Relative `url(...)` references in a stylesheet (no data:, no absolute URLs). */
export function cssUrlRefs(css: string): string[] {
  const out: string[] = [];
  const re = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(css))) {
    const u = (m[1] ?? m[2] ?? m[3] ?? "").trim();
    if (!u || /^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|#)/i.test(u)) continue;
    out.push(u.replace(/[?#].*$/, ""));
  }
  return [...new Set(out)];
}

/** Add a stylesheet and every existing file it references (relative to it) under its package prefix. */
function addCssAssets(pkg: string, pkgRoot: string, file: string, assets: Record<string, string>): void {
  let css: string;
  try {
    css = readFileSync(file, "utf8");
  } catch {
    return;
  }
  for (const ref of cssUrlRefs(css)) {
    let decoded = ref;
    try {
      decoded = decodeURIComponent(ref);
    } catch {
      /* keep as is */
    }
    const abs = resolve(dirname(file), decoded);
    const rel = relative(pkgRoot, abs);
    if (rel.startsWith("..") || !existsSync(abs)) continue;
    assets[urlPathFor(pkg, rel)] = abs;
  }
}

function resolvePkgFiles(pkg: string, files: { kind: AssetKind; path: string; defer?: boolean }[], out: ResolvedCdn): void {
  const dir = packageDir(pkg);
  if (!dir) throw new Error(`webviewtk: the package '${pkg}' is not installed (run npm install)`);
  for (const f of files) {
    const abs = join(dir, f.path);
    if (!existsSync(abs)) throw new Error(`webviewtk: ${pkg}/${f.path} is missing (run npm install)`);
    const urlPath = urlPathFor(pkg, f.path);
    out.files.push({ kind: f.kind, urlPath, file: abs, ...(f.defer ? { defer: true } : {}) });
    out.assets[urlPath] = abs;
    if (f.kind === "css") addCssAssets(pkg, dir, abs, out.assets);
  }
}

const resolvedCache = new Map<string, ResolvedCdn>();

/** The local files for a CDN key. Throws if the key is unknown or its package is missing. */
export function resolveCdnKey(key: string): ResolvedCdn {
  const cached = resolvedCache.get(key);
  if (cached) return cached;
  const def = CDN_TABLE[key];
  if (!def) throw new Error(`webviewtk: unknown CDN key '${key}'`);
  const out: ResolvedCdn = { key, files: [], assets: {} };
  resolvePkgFiles(def.pkg, def.files, out);
  for (const m of def.more ?? []) resolvePkgFiles(m.pkg, m.files, out);
  resolvedCache.set(key, out);
  return out;
}

const URL_TO_KEY = new Map(Object.entries(CDN_TABLE).map(([k, d]) => [d.url, k]));

/** The npm packages the table uses (for package → key lookups). */
const KNOWN_PKGS = new Set(Object.values(CDN_TABLE).flatMap((d) => [d.pkg, ...(d.more ?? []).map((m) => m.pkg)]));

/** Extra public URLs apps commonly use for the same libraries. */
const URL_ALIASES: Record<string, string> = {
  "https://cdn.tailwindcss.com/": "TAILWIND_CSS",
  "https://unpkg.com/@tailwindcss/browser@4": "TAILWIND_CSS",
  "https://cdn.jsdelivr.net/npm/@tailwindcss/browser@4": "TAILWIND_CSS",
  "https://fonts.googleapis.com/icon?family=Material+Icons&display=swap": "MATERIAL_ICONS",
  "https://cdn.jsdelivr.net/npm/chart.js": "CHART_JS",
  "https://cdn.jsdelivr.net/npm/apexcharts": "APEXCHARTS",
  "https://unpkg.com/htmx.org@1.9.10": "HTMX",
  "https://unpkg.com/alpinejs": "ALPINE_JS",
  "https://cdn.jsdelivr.net/npm/alpinejs": "ALPINE_JS",
  "https://unpkg.com/vue@3": "VUE_JS",
};

function majorOf(v: string | null | undefined): string | null {
  const m = /^v?(\d+)/.exec(v ?? "");
  return m ? m[1]! : null;
}

/**
 * Resolve what `include_cdn` was given: a key ("TAILWIND_CSS"), a key's public URL, a
 * jsDelivr/unpkg URL of an installed package of the same major version (→ the local file), or
 * null for anything else (an explicit URL the browser fetches itself).
 */
export function resolveCdnRef(ref: string): ResolvedCdn | null {
  const s = ref.trim();
  if (CDN_TABLE[s]) return resolveCdnKey(s);
  const upper = s.toUpperCase();
  if (/^[A-Z0-9_]+$/.test(upper) && CDN_TABLE[upper]) return resolveCdnKey(upper);
  const byUrl = URL_TO_KEY.get(s) ?? URL_ALIASES[s];
  if (byUrl) return resolveCdnKey(byUrl);
  // https://cdn.jsdelivr.net/npm/<pkg>@<version>/<path> or https://unpkg.com/<pkg>@<version>/<path>
  const m = /^https?:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/((?:@[^/@]+\/)?[^/@]+)(?:@([^/]+))?(\/[^?#]*)?(?:[?#].*)?$/.exec(s);
  if (m) {
    const pkg = m[1]!;
    const version = m[2];
    const path = (m[3] ?? "").replace(/^\//, "");
    if (!KNOWN_PKGS.has(pkg)) return null;
    const installed = packageVersion(pkg);
    if (version && majorOf(version) !== majorOf(installed)) return null;
    if (!path) {
      const key = Object.entries(CDN_TABLE).find(([, d]) => d.pkg === pkg)?.[0];
      return key ? resolveCdnKey(key) : null;
    }
    const dir = packageDir(pkg);
    if (!dir) return null;
    const abs = join(dir, path);
    if (relative(dir, abs).startsWith("..") || !existsSync(abs)) return null;
    const kind: AssetKind | null = path.endsWith(".css") ? "css" : path.endsWith(".js") ? "js" : null;
    if (!kind) return null;
    const out: ResolvedCdn = { files: [], assets: {} };
    resolvePkgFiles(pkg, [{ kind, path }], out);
    return out;
  }
  return null;
}

/** Kind of an explicit external URL from its path (".css" → css; otherwise a script). */
export function externalKind(url: string): AssetKind {
  const path = url.replace(/[?#].*$/, "");
  if (/\.css$/i.test(path) || /fonts\.googleapis\.com\/(css|icon)/i.test(url)) return "css";
  return "js";
}
