/**
 * The page's local files: `PageSpec.assets` maps URL paths to absolute file paths. A key ending in
 * `/` maps a directory (for packages whose CSS refers to sibling fonts, e.g.
 * `"/assets/fontawesome/": "/…/@fortawesome/fontawesome-free/"`). Nothing outside the map is
 * served: URL paths are decoded once, must be absolute, and may not contain `..`, `\`, NUL or
 * empty segments; a file found under a directory mapping must stay inside it after symlinks are
 * resolved.
 *
 * @module
 */

import { realpathSync, statSync } from "node:fs";
import { extname, join, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".cjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".bmp": "image/bmp",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".eot": "application/vnd.ms-fontobject",
  ".wasm": "application/wasm",
  ".mp3": "audio/mpeg",
  ".ogg": "audio/ogg",
  ".wav": "audio/wav",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  ".pdf": "application/pdf",
};

/**
 * The Content-Type for a file name.
 *
 * @example
 * ```ts
 * contentType("fa-solid-900.woff2"); // "font/woff2"
 * ```
 */
export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
}

/**
 * Normalise a request path: decoded once, no query; null when it is not a plain absolute path.
 *
 * @example
 * ```ts
 * cleanUrlPath("/assets/app.js?v=2"); // "/assets/app.js"
 * cleanUrlPath("/assets/%2e%2e/secret"); // null
 * ```
 */
export function cleanUrlPath(url: string): string | null {
  const qi = url.search(/[?#]/);
  const raw = qi < 0 ? url : url.slice(0, qi);
  let p: string;
  try {
    p = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (!p.startsWith("/") || p.includes("\\") || p.includes("\0")) return null;
  const segs = p.split("/");
  for (let i = 1; i < segs.length; i++) {
    const s = segs[i]!;
    if (s === "." || s === "..") return null;
    if (s === "" && i !== segs.length - 1) return null; // "//" inside the path
  }
  return p;
}

/**
 * Resolve a URL path through an asset map to a file that exists, or null.
 *
 * @example
 * ```ts
 * resolveAsset({ "/assets/app.css": "/home/me/app/app.css" }, "/assets/app.css"); // "/home/me/app/app.css"
 * resolveAsset({ "/assets/app.css": "/home/me/app/app.css" }, "/etc/passwd"); // null
 * ```
 */
export function resolveAsset(assets: Record<string, string>, urlPath: string): string | null {
  const p = cleanUrlPath(urlPath);
  if (p === null) return null;
  if (Object.prototype.hasOwnProperty.call(assets, p)) return isFile(assets[p]!) ? assets[p]! : null;
  // Directory mappings: the longest key ending in "/" that prefixes the path.
  let best: string | null = null;
  for (const k in assets) {
    if (k.endsWith("/") && p.startsWith(k) && p.length > k.length && (best === null || k.length > best.length)) best = k;
  }
  if (best === null) return null;
  const dir = assets[best]!;
  let root: string;
  let file: string;
  try {
    root = realpathSync(dir);
    file = realpathSync(join(root, ...p.slice(best.length).split("/")));
  } catch {
    return null;
  }
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  return isFile(file) ? file : null;
}

function isFile(f: string): boolean {
  try {
    return statSync(f).isFile();
  } catch {
    return false;
  }
}
