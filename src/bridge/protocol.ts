/**
 * The page ⇄ server wire protocol (WebSocket), version 1.
 *
 * ## Frames
 * A **text frame** holds one JSON message, a JSON array of messages (a batch: both sides may
 * batch what they produce within one turn; items are handled in order), or one of the raw window
 * strings `window:minimize`, `window:maximize` (toggle), `window:close`, `window:drag_start`.
 *
 * A **binary frame** carries one message with byte payloads:
 * `[u32 little-endian n][n bytes: UTF-8 JSON message][buffer 0][buffer 1]…`. The JSON message has
 * `"$buffers": [len0, len1, …]` and each byte value inside `args` / `data` / `payload` is the
 * placeholder `{"$bin": i}` (an object whose only key is `$bin`). Page side, `ArrayBuffer` and
 * typed arrays in `args` become such buffers; a `bytes` result arrives as a `Uint8Array`.
 * Backend side they are `Uint8Array`s, i.e. Tauraro `bytes`.
 *
 * ## Page → server
 * - invoke: `{"type":"invoke","id":n,"command":"greet","args":{…},"timeout":ms?,"stream":bool?}`
 * - the older action form: `{"id":n,"action":"greet","data":{…}}` (same as invoke; reply has `action`)
 * - cancel: `{"type":"cancel","id":n}`, the page no longer wants call n (AbortSignal);
 *   `{"type":"cancel","id":n,"reason":"timeout"}` when the page's own timer expired first (the
 *   handler is then interrupted with `TimeoutError`, as if the server's timer had fired)
 * - event: `{"type":"event","event":"name","payload":…}` to backend listeners and every page
 * - window, JSON form: `{"type":"window","action":"drag_start","screenX":x,"screenY":y}` (same
 *   actions as the raw strings; the page script uses it to pass the pointer position of a drag)
 *
 * ## Server → page
 * - reply: `{"id":n,"command":"greet","success":true,"data":…}` or
 *   `{"id":n,"command":"greet","success":false,"error":"message","errorType":"ValueError","traceback":"…"}`
 *   (plus `"action":"greet"` for the action form)
 * - chunk of a streaming call: `{"type":"chunk","id":n,"data":…}` (before its reply)
 * - event: `{"type":"event","event":"name","payload":…}`
 *
 * Ids are the page's own (integers ≥ 0, unique among its pending calls). A malformed message gets
 * an error reply with `errorType` `InvalidRequest` when it has a usable id, and is otherwise
 * dropped; it never closes the connection.
 *
 * @module
 */

import type { ErrorInfo } from "./vmProtocol.js";

/** Bridge error names (besides Tauraro exception type names). */
export const BridgeErrors = {
  CommandNotFound: "CommandNotFound",
  InvalidArguments: "InvalidArguments",
  InvalidRequest: "InvalidRequest",
  Timeout: "Timeout",
  Cancelled: "Cancelled",
  Disconnected: "Disconnected",
  Unauthorized: "Unauthorized",
  InternalError: "InternalError",
} as const;

/** Timeout applied when the request names none (the original's 30 s). */
export const DEFAULT_TIMEOUT_MS = 30000;
/** Longest accepted command name. */
export const MAX_COMMAND_LENGTH = 256;
/** The WebSocket path of the bridge. */
export const WS_PATH = "/__tauraro/ws";
/** Subprotocol naming this protocol version; the server selects it. */
export const WS_PROTOCOL = "tauraro-v1";
/** Prefix of the subprotocol that carries the secret: `tauraro-auth.<secret>`. */
export const WS_AUTH_PREFIX = "tauraro-auth.";

/** Window actions the page may request with raw strings. */
export type PageWindowAction = "minimize" | "maximize" | "close" | "drag_start";

/** A validated invoke (from either the `type:"invoke"` or the `action` form). */
export interface InvokeRequest {
  kind: "invoke";
  id: number;
  command: string;
  args: unknown;
  /** Milliseconds; 0 = none. */
  timeout: number;
  stream: boolean;
  /** Set for the older `{"id","action","data"}` form: the reply repeats it. */
  action: string | undefined;
}

export interface CancelRequest {
  kind: "cancel";
  id: number;
  /** Set when the page cancels because the call's timeout expired on its side. */
  timeout?: true;
}

export interface EventRequest {
  kind: "event";
  event: string;
  payload: unknown;
}

export interface WindowRequest {
  kind: "window";
  action: PageWindowAction;
  /** For `drag_start`: the pointer's screen position at mousedown, when the page knew it. */
  from?: { screenX: number; screenY: number };
}

/** A message that failed validation: `id` is set when the reply can be addressed. */
export interface InvalidRequest {
  kind: "invalid";
  id: number | undefined;
  command: string | undefined;
  action: string | undefined;
  error: string;
}

export type ClientMessage = InvokeRequest | CancelRequest | EventRequest | WindowRequest | InvalidRequest;

const WINDOW_STRINGS: Record<string, PageWindowAction> = {
  "window:minimize": "minimize",
  "window:maximize": "maximize",
  "window:close": "close",
  "window:drag_start": "drag_start",
};

function isId(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

function invalid(id: unknown, error: string, command?: unknown, action?: unknown): InvalidRequest {
  return {
    kind: "invalid",
    id: isId(id) ? id : undefined,
    command: typeof command === "string" ? command : undefined,
    action: typeof action === "string" ? action : undefined,
    error,
  };
}

function checkCommand(name: unknown): string | null {
  if (typeof name !== "string") return "must be a string";
  if (name.length === 0) return "must not be empty";
  if (name.length > MAX_COMMAND_LENGTH) return `is longer than ${MAX_COMMAND_LENGTH} characters`;
  return null;
}

/**
 * Validate one decoded JSON value as a page message.
 *
 * @example
 * ```ts
 * validateMessage({ type: "invoke", id: 1, command: "greet", args: { name: "Ada" } });
 * // → { kind: "invoke", id: 1, command: "greet", args: {name: "Ada"}, timeout: 30000, stream: false, action: undefined }
 * ```
 */
export function validateMessage(m: unknown): ClientMessage {
  if (typeof m !== "object" || m === null || Array.isArray(m)) {
    return invalid(undefined, "a message must be a JSON object");
  }
  const o = m as Record<string, unknown>;
  const type = o.type;
  if (type === "invoke" || (type === undefined && "action" in o)) {
    const action = type === "invoke" ? undefined : o.action;
    const command = type === "invoke" ? o.command : o.action;
    if (!isId(o.id)) return invalid(undefined, "'id' must be an integer ≥ 0", command, action);
    const bad = checkCommand(command);
    if (bad !== null) return invalid(o.id, `'${type === "invoke" ? "command" : "action"}' ${bad}`, command, action);
    let args = type === "invoke" ? o.args : o.data;
    if (args === undefined) args = {};
    let timeout = DEFAULT_TIMEOUT_MS;
    if (o.timeout !== undefined && o.timeout !== null) {
      if (typeof o.timeout !== "number" || !(o.timeout >= 0) || o.timeout > 2147483647) {
        return invalid(o.id, "'timeout' must be a number of milliseconds ≥ 0", command, action);
      }
      timeout = o.timeout;
    }
    if (o.stream !== undefined && typeof o.stream !== "boolean") {
      return invalid(o.id, "'stream' must be a boolean", command, action);
    }
    return {
      kind: "invoke",
      id: o.id,
      command: command as string,
      args,
      timeout,
      stream: o.stream === true,
      action: action as string | undefined,
    };
  }
  if (type === "cancel") {
    if (!isId(o.id)) return invalid(undefined, "'id' must be an integer ≥ 0");
    if (o.reason === "timeout") return { kind: "cancel", id: o.id, timeout: true };
    return { kind: "cancel", id: o.id };
  }
  if (type === "event") {
    if (typeof o.event !== "string" || o.event.length === 0 || o.event.length > MAX_COMMAND_LENGTH) {
      return invalid(o.id, "'event' must be a non-empty string");
    }
    return { kind: "event", event: o.event, payload: o.payload === undefined ? null : o.payload };
  }
  if (type === "window") {
    const action = WINDOW_STRINGS[`window:${String(o.action)}`];
    if (action === undefined) return invalid(o.id, "'action' must be minimize, maximize, close or drag_start");
    if (typeof o.screenX === "number" && typeof o.screenY === "number" && Number.isFinite(o.screenX) && Number.isFinite(o.screenY)) {
      return { kind: "window", action, from: { screenX: o.screenX, screenY: o.screenY } };
    }
    return { kind: "window", action };
  }
  if (typeof type === "string") return invalid(o.id, `unknown message type '${type.slice(0, 64)}'`);
  return invalid(o.id, "a message needs 'type' (or the 'action' form)");
}

/**
 * Decode one text frame into messages (a batch gives several). Never throws.
 *
 * @example
 * ```ts
 * parseTextFrame("window:close"); // → [{ kind: "window", action: "close" }]
 * parseTextFrame('[{"type":"cancel","id":3}]'); // → [{ kind: "cancel", id: 3 }]
 * ```
 */
export function parseTextFrame(text: string): ClientMessage[] {
  const w = WINDOW_STRINGS[text];
  if (w !== undefined) return [{ kind: "window", action: w }];
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return [invalid(undefined, "not JSON")];
  }
  if (Array.isArray(v)) {
    const out: ClientMessage[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = validateMessage(v[i]);
    return out;
  }
  return [validateMessage(v)];
}

// ---------------------------------------------------------------------------------------------
// Binary frames

const utf8 = new TextEncoder();
const utf8d = new TextDecoder("utf-8", { fatal: true });

function isBinPlaceholder(v: object): v is { $bin: number } {
  // An object whose only own key is $bin.
  let n = 0;
  for (const k in v) {
    if (k !== "$bin" || ++n > 1) return false;
  }
  return n === 1;
}

function reviveBuffers(v: unknown, bufs: Uint8Array[]): unknown {
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = reviveBuffers(v[i], bufs);
    return v;
  }
  if (isBinPlaceholder(v)) {
    const b = bufs[v.$bin];
    if (b === undefined) throw new Error(`no buffer ${String(v.$bin)}`);
    return b;
  }
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) o[k] = reviveBuffers(o[k], bufs);
  return o;
}

/**
 * Decode a binary frame (`[u32 n][JSON][buffers…]`) into one message whose placeholders are
 * replaced by `Uint8Array`s (copies, so they can be transferred). Never throws.
 *
 * @example
 * ```ts
 * const frame = encodeBinaryFrame({ type: "invoke", id: 1, command: "hash", args: { data: new Uint8Array([1, 2]) } });
 * parseBinaryFrame(frame); // → [{ kind: "invoke", id: 1, command: "hash", args: { data: Uint8Array [1, 2] }, … }]
 * ```
 */
export function parseBinaryFrame(frame: Uint8Array): ClientMessage[] {
  try {
    if (frame.byteLength < 4) return [invalid(undefined, "binary frame too short")];
    const dv = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
    const n = dv.getUint32(0, true);
    if (4 + n > frame.byteLength) return [invalid(undefined, "binary frame header overruns the frame")];
    const head = JSON.parse(utf8d.decode(frame.subarray(4, 4 + n))) as Record<string, unknown>;
    if (typeof head !== "object" || head === null || Array.isArray(head)) {
      return [invalid(undefined, "binary frame header must be a JSON object")];
    }
    const lens = head.$buffers;
    if (!Array.isArray(lens)) return [invalid(head.id, "binary frame header needs '$buffers'")];
    const bufs: Uint8Array[] = [];
    let off = 4 + n;
    for (const len of lens) {
      if (!isId(len) || off + len > frame.byteLength) return [invalid(head.id, "bad '$buffers' lengths")];
      bufs.push(frame.slice(off, off + len));
      off += len;
    }
    if (off !== frame.byteLength) return [invalid(head.id, "binary frame has trailing bytes")];
    delete head.$buffers;
    for (const k of ["args", "data", "payload"]) if (k in head) head[k] = reviveBuffers(head[k], bufs);
    return [validateMessage(head)];
  } catch (e) {
    return [invalid(undefined, `bad binary frame: ${(e as Error).message}`)];
  }
}

/** True if `v` contains a `Uint8Array` anywhere (bytes must travel in a binary frame). */
export function containsBytes(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return false;
  if (v instanceof Uint8Array) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (containsBytes(v[i])) return true;
    return false;
  }
  for (const k in v) if (containsBytes((v as Record<string, unknown>)[k])) return true;
  return false;
}

/**
 * Encode a message containing `Uint8Array`s as a binary frame (see the module doc).
 *
 * @example
 * ```ts
 * ws.send(encodeBinaryFrame({ id: 4, command: "read", success: true, data: new Uint8Array([1, 2, 3]) }));
 * ```
 */
export function encodeBinaryFrame(message: Record<string, unknown>): Uint8Array {
  const bufs: Uint8Array[] = [];
  const json = JSON.stringify(message, function (this: unknown, _k: string, v: unknown) {
    if (v instanceof Uint8Array) {
      bufs.push(v);
      return { $bin: bufs.length - 1 };
    }
    return v;
  });
  // Insert "$buffers" into the top-level object.
  const lens = JSON.stringify(bufs.map((b) => b.byteLength));
  const head = utf8.encode(json === "{}" ? `{"$buffers":${lens}}` : `{"$buffers":${lens},${json.slice(1)}`);
  let total = 4 + head.byteLength;
  for (const b of bufs) total += b.byteLength;
  const out = new Uint8Array(total);
  new DataView(out.buffer).setUint32(0, head.byteLength, true);
  out.set(head, 4);
  let off = 4 + head.byteLength;
  for (const b of bufs) {
    out.set(b, off);
    off += b.byteLength;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Replies (built as strings on the hot path)

const quoted = new Map<string, string>();
/** JSON text of a command name (cached: the set of names is small). */
function q(name: string): string {
  let s = quoted.get(name);
  if (s === undefined) {
    s = JSON.stringify(name);
    if (quoted.size < 4096) quoted.set(name, s);
  }
  return s;
}

/**
 * The success reply, given the result already as JSON text.
 *
 * @example
 * ```ts
 * successReply(1, "add", "3", undefined); // → '{"id":1,"command":"add","success":true,"data":3}'
 * ```
 */
export function successReply(id: number, command: string, json: string, action: string | undefined): string {
  return action === undefined
    ? `{"id":${id},"command":${q(command)},"success":true,"data":${json}}`
    : `{"id":${id},"command":${q(command)},"action":${q(action)},"success":true,"data":${json}}`;
}

/**
 * The error reply (`error` is the message, `errorType` the exception or bridge error name).
 *
 * @example
 * ```ts
 * errorReply(2, "nope", { name: "CommandNotFound", message: "Command 'nope' not found", traceback: "" }, undefined);
 * ```
 */
export function errorReply(id: number, command: string | undefined, err: ErrorInfo, action: string | undefined): string {
  const o: Record<string, unknown> = { id, command: command ?? null };
  if (action !== undefined) o.action = action;
  o.success = false;
  o.error = err.message;
  o.errorType = err.name;
  o.traceback = err.traceback;
  return JSON.stringify(o);
}

/** A reply object (for the binary path, where `data` holds bytes). */
export function successReplyObject(
  id: number,
  command: string,
  data: unknown,
  action: string | undefined,
): Record<string, unknown> {
  return action === undefined
    ? { id, command, success: true, data }
    : { id, command, action, success: true, data };
}

/**
 * An event message for the page.
 *
 * @example
 * ```ts
 * eventMessage("progress", '{"done":3}'); // → '{"type":"event","event":"progress","payload":{"done":3}}'
 * ```
 */
export function eventMessage(event: string, payloadJson: string): string {
  return `{"type":"event","event":${q(event)},"payload":${payloadJson}}`;
}

/**
 * A stream chunk message for the page.
 *
 * @example
 * ```ts
 * chunkMessage(5, '"line 1"'); // → '{"type":"chunk","id":5,"data":"line 1"}'
 * ```
 */
export function chunkMessage(id: number, json: string): string {
  return `{"type":"chunk","id":${id},"data":${json}}`;
}

/**
 * JSON text of a value; `undefined` becomes `null`. Throws a TypeError for values JSON cannot carry
 * (bigint, cycles).
 */
export function toJson(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? "null" : s;
}

/**
 * The timeout message, in the original's words, with the actual seconds.
 *
 * @example
 * ```ts
 * timeoutMessage("slow", 30000); // → "Command 'slow' timed out after 30s"
 * timeoutMessage("slow", 1500); // → "Command 'slow' timed out after 1.5s"
 * ```
 */
export function timeoutMessage(command: string, ms: number): string {
  return `Command '${command}' timed out after ${+(ms / 1000).toFixed(3)}s`;
}
