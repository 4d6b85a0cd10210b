/**
 * Who may talk to the bridge.
 *
 * - A per-run **secret** (32 random bytes, base64url) reaches the page only in the URL fragment
 *   (`http://127.0.0.1:PORT/#<secret>`; fragments are never sent to servers nor put in Referer).
 *   The page script presents it as the WebSocket subprotocol `tauraro-auth.<secret>`; a WebSocket
 *   upgrade without it is refused before any message is read.
 * - **Host** must be `127.0.0.1:PORT` or `localhost:PORT` on every request and upgrade (DNS
 *   rebinding: a foreign name that resolves to 127.0.0.1 carries its own name in Host).
 * - **Origin**, when a browser sends it, must be the app's own (`http://127.0.0.1:PORT` or
 *   `http://localhost:PORT`); a WebSocket upgrade must carry it. Subresource requests that the
 *   browser marks as coming from another site (`Sec-Fetch-Site`) are refused, and so is framing
 *   by another site. No CORS headers are ever sent, and no cookies are used.
 *
 * @module
 */

import { nodeCrypto } from "../lazyNode.js";
import type { IncomingHttpHeaders } from "node:http";
import { WS_AUTH_PREFIX } from "./protocol.js";

/**
 * A fresh secret: 32 random bytes, base64url (43 characters).
 *
 * @example
 * ```ts
 * const secret = newSecret(); // "q3J0…" — put it in the URL fragment only
 * ```
 */
export function newSecret(): string {
  return nodeCrypto().randomBytes(32).toString("base64url");
}

/**
 * Compare a presented secret with the real one in constant time.
 *
 * @example
 * ```ts
 * secretMatches(secret, presented); // false for undefined, wrong length or wrong content
 * ```
 */
export function secretMatches(secret: string, presented: string | undefined): boolean {
  if (typeof presented !== "string") return false;
  const a = Buffer.from(secret);
  const b = Buffer.from(presented);
  if (a.length !== b.length) {
    nodeCrypto().timingSafeEqual(a, a); // keep timing independent of the length check
    return false;
  }
  return nodeCrypto().timingSafeEqual(a, b);
}

/** The checks for one server (fixed port once listening). */
export interface AuthPolicy {
  readonly secret: string;
  /** Host header values accepted. */
  readonly hosts: ReadonlySet<string>;
  /** Origin header values accepted. */
  readonly origins: ReadonlySet<string>;
}

/**
 * The policy for a server listening on 127.0.0.1:`port`.
 *
 * @example
 * ```ts
 * const policy = makePolicy(51234, newSecret());
 * policy.origins.has("http://127.0.0.1:51234"); // true
 * ```
 */
export function makePolicy(port: number, secret: string): AuthPolicy {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (port === 80) hosts.add("127.0.0.1").add("localhost");
  const origins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  return { secret, hosts, origins };
}

/** Why a request is refused (null = allowed). */
export type Refusal = { status: number; reason: string } | null;

function one(h: string | string[] | undefined): string | undefined {
  return Array.isArray(h) ? undefined : h; // a repeated header is never valid here
}

/**
 * Check an ordinary HTTP request (page, asset).
 *
 * @example
 * ```ts
 * const refusal = checkHttp(policy, req.headers);
 * if (refusal) { res.writeHead(refusal.status); res.end(refusal.reason); }
 * ```
 */
export function checkHttp(policy: AuthPolicy, headers: IncomingHttpHeaders): Refusal {
  const host = one(headers.host);
  if (host === undefined || !policy.hosts.has(host.toLowerCase())) return { status: 403, reason: "wrong Host" };
  const origin = one(headers.origin);
  if (headers.origin !== undefined && (origin === undefined || !policy.origins.has(origin))) {
    return { status: 403, reason: "foreign Origin" };
  }
  const site = one(headers["sec-fetch-site"]);
  if (site === "cross-site" || site === "same-site") {
    // Another site may link to the app (a top-level navigation shows the page, which can do
    // nothing without the secret) but not embed it or read its resources.
    const mode = one(headers["sec-fetch-mode"]);
    const dest = one(headers["sec-fetch-dest"]);
    if (mode !== "navigate" || dest !== "document") return { status: 403, reason: "cross-site request" };
  }
  return null;
}

/** The secret presented in `Sec-WebSocket-Protocol`, if any. */
export function presentedSecret(headers: IncomingHttpHeaders): string | undefined {
  const h = one(headers["sec-websocket-protocol"]);
  if (h === undefined) return undefined;
  for (const p of h.split(",")) {
    const t = p.trim();
    if (t.startsWith(WS_AUTH_PREFIX)) return t.slice(WS_AUTH_PREFIX.length);
  }
  return undefined;
}

/**
 * Check a WebSocket upgrade: Host, Origin (required) and the secret.
 *
 * @example
 * ```ts
 * server.on("upgrade", (req, socket, head) => {
 *   const refusal = checkUpgrade(policy, req.headers);
 *   if (refusal) return refuseSocket(socket, refusal);
 *   wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws));
 * });
 * ```
 */
export function checkUpgrade(policy: AuthPolicy, headers: IncomingHttpHeaders): Refusal {
  const host = one(headers.host);
  if (host === undefined || !policy.hosts.has(host.toLowerCase())) return { status: 403, reason: "wrong Host" };
  const origin = one(headers.origin);
  if (origin === undefined || !policy.origins.has(origin)) return { status: 403, reason: "foreign or missing Origin" };
  if (!secretMatches(policy.secret, presentedSecret(headers))) return { status: 401, reason: "missing or wrong secret" };
  return null;
}
