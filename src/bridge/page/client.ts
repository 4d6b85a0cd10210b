/**
 * The page side of the bridge, as ONE self-contained function: `installBridge(globalThis, config)`.
 *
 * It is used twice: the server injects `(${installBridge})(window, config)` as a classic script
 * at the start of `<head>` (see `pageScript.ts`), and the ES module `api.ts` calls it when the page
 * was not served with the script. Because it is serialised with `Function.prototype.toString`,
 * it must not refer to anything outside its own body (types are fine: they are erased).
 *
 * Wire protocol: see `../protocol.ts`.
 *
 * @module
 */

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Constants the server passes to the page script. */
export interface BridgeConfig {
  /** Path of the bridge WebSocket, e.g. `/__tauraro/ws`. */
  wsPath: string;
  /** Protocol-version subprotocol, e.g. `tauraro-v1`. */
  protocol: string;
  /** Prefix of the subprotocol carrying the secret, e.g. `tauraro-auth.`. */
  authPrefix: string;
  /** Default per-call timeout in ms (30000). */
  defaultTimeout: number;
}

/** Options of `invoke`. */
export interface InvokeOptions {
  /** Milliseconds before the call rejects with `Timeout` (default 30000; 0 = never). */
  timeout?: number;
  /** Aborting it cancels the call: the promise rejects with `Cancelled` and the handler is interrupted. */
  signal?: { aborted: boolean; addEventListener: any; removeEventListener: any } | undefined;
  /** Receives each value a generator handler yields; the promise then resolves with its return value. */
  onChunk?: ((chunk: any) => void) | undefined;
  /** Alternative to `onChunk`: an object whose `onmessage` receives each chunk (see `Channel`). */
  channel?: { onmessage?: ((chunk: any) => void) | undefined } | undefined;
}

/** What event listeners receive. */
export interface BridgeEvent<T = unknown> {
  event: string;
  payload: T;
}

/** The object installed as `window.__TAURARO__` (and `window.tauraro`). */
export interface TauraroBridge {
  invoke<T = any>(command: string, args?: unknown, options?: InvokeOptions): Promise<T>;
  listen<T = any>(event: string, handler: (e: BridgeEvent<T>) => void): () => void;
  once<T = any>(event: string, handler: (e: BridgeEvent<T>) => void): () => void;
  emit(event: string, payload?: unknown): Promise<void>;
  window: {
    minimize(): void;
    /** Maximize, or restore when maximized (the original's `window:maximize`). */
    toggleMaximize(): void;
    close(): void;
    startDrag(): void;
  };
  /** Resolves when the bridge socket is open for the first time. */
  ready: Promise<void>;
  /** True while the bridge socket is open. */
  readonly connected: boolean;
  /** True when the page has the secret (from the URL fragment or this tab's earlier load). */
  readonly authorized: boolean;
}

/**
 * Install the bridge on `g` (the page's `window`) and return it; returns the existing one if
 * already installed.
 *
 * @example
 * ```ts
 * const bridge = installBridge(globalThis, { wsPath: "/__tauraro/ws", protocol: "tauraro-v1", authPrefix: "tauraro-auth.", defaultTimeout: 30000 });
 * const n = await bridge.invoke<number>("add", { a: 1, b: 2 });
 * ```
 */
export function installBridge(g: any, cfg: BridgeConfig): TauraroBridge {
  if (g.__TAURARO__) return g.__TAURARO__;

  const WINDOW = "tauraro://window";
  const STORE_KEY = "__tauraro_secret";
  const WINDOW_STRINGS: Record<string, 1> = {
    "window:minimize": 1,
    "window:maximize": 1,
    "window:close": 1,
    "window:drag_start": 1,
  };

  // ---- the secret: from the fragment (then removed from the address), else this tab's storage
  let secret: string | null = null;
  try {
    const h = g.location.hash as string;
    if (/^#[A-Za-z0-9_-]{43}$/.test(h)) {
      secret = h.slice(1);
      try {
        g.sessionStorage.setItem(STORE_KEY, secret);
      } catch {
        /* storage unavailable */
      }
      try {
        g.history.replaceState(g.history.state, "", g.location.pathname + g.location.search);
      } catch {
        /* not allowed */
      }
    } else {
      secret = g.sessionStorage.getItem(STORE_KEY);
    }
  } catch {
    /* no location / storage */
  }

  // ---- errors
  function bridgeError(name: string, message: string, command: string | null, traceback?: string): Error {
    const e: any = new Error(message);
    e.name = name;
    e.command = command;
    e.traceback = traceback || "";
    return e;
  }
  function secondsText(ms: number): string {
    return +(ms / 1000).toFixed(3) + "s";
  }

  // ---- calls
  interface Call {
    id: number;
    command: string;
    resolve: (v: any) => void;
    reject: (e: any) => void;
    timeout: number;
    /** performance.now() when it times out; `done` once settled (see the deadline FIFOs). */
    deadline: number;
    done: boolean;
    onChunk: ((c: any) => void) | null;
    signal: any;
    onAbort: (() => void) | null;
    /** Connection generation it was written to (0 = not yet sent). */
    conn: number;
    /** For calls made through ipc.postMessage: the app's own id and reply form. */
    raw: { appId: any; form: "invoke" | "action" } | null;
  }
  const pending = new Map<number, Call>();
  let nextId = 1;

  // ---- sending: texts/frames queue in `outbox` and go out as one batch per turn
  let socket: any = null;
  let connGen = 0;
  const outbox: any[] = [];
  const outCalls: (Call | null)[] = [];
  let flushScheduled = false;

  function enqueue(frame: any, call: Call | null): void {
    outbox.push(frame);
    outCalls.push(call);
    if (!flushScheduled && socket !== null) {
      flushScheduled = true;
      queueMicrotask(flush);
    }
  }
  function flush(): void {
    flushScheduled = false;
    const ws = socket;
    if (ws === null || outbox.length === 0) return;
    const n = outbox.length;
    let batch: string[] | null = null;
    for (let i = 0; i < n; i++) {
      const f = outbox[i];
      const c = outCalls[i];
      if (c !== null) c.conn = connGen;
      if (typeof f === "string" && !(f.charCodeAt(0) === 119 /* w */ && WINDOW_STRINGS[f])) {
        if (batch === null) batch = [f];
        else batch.push(f);
      } else {
        if (batch !== null) {
          ws.send(batch.length === 1 ? batch[0] : "[" + batch.join(",") + "]");
          batch = null;
        }
        ws.send(f);
      }
    }
    if (batch !== null) ws.send(batch.length === 1 ? batch[0] : "[" + batch.join(",") + "]");
    outbox.length = 0;
    outCalls.length = 0;
  }

  // ---- binary payloads
  function isBinary(v: any): boolean {
    return v instanceof ArrayBuffer || ArrayBuffer.isView(v);
  }
  function hasBinary(v: any, depth: number): boolean {
    if (typeof v !== "object" || v === null) return false;
    if (isBinary(v)) return true;
    if (depth > 64) return false;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (typeof v[i] === "object" && hasBinary(v[i], depth + 1)) return true;
      return false;
    }
    for (const k in v) if (typeof v[k] === "object" && hasBinary(v[k], depth + 1)) return true;
    return false;
  }
  function encodeBinary(msg: any): ArrayBuffer {
    const bufs: Uint8Array[] = [];
    const json = JSON.stringify(msg, function (_k, v) {
      if (isBinary(v)) {
        const u =
          v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
        bufs.push(u);
        return { $bin: bufs.length - 1 };
      }
      return v;
    });
    const lens = JSON.stringify(bufs.map((b) => b.byteLength));
    const head = new TextEncoder().encode('{"$buffers":' + lens + "," + json.slice(1));
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
    return out.buffer;
  }
  function revive(v: any, bufs: Uint8Array[]): any {
    if (typeof v !== "object" || v === null) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = revive(v[i], bufs);
      return v;
    }
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === "$bin") return bufs[v.$bin];
    for (const k of keys) v[k] = revive(v[k], bufs);
    return v;
  }
  function decodeBinary(ab: ArrayBuffer): any {
    const u = new Uint8Array(ab);
    const n = new DataView(ab).getUint32(0, true);
    const head = JSON.parse(new TextDecoder().decode(u.subarray(4, 4 + n)));
    const bufs: Uint8Array[] = [];
    let off = 4 + n;
    for (const len of head.$buffers) {
      bufs.push(u.slice(off, off + len));
      off += len;
    }
    delete head.$buffers;
    for (const k of ["data", "payload"]) if (k in head) head[k] = revive(head[k], bufs);
    return head;
  }

  // ---- settling
  // ---- timeouts: one timer over a FIFO per duration (a FIFO is in deadline order); settled
  // calls are skipped lazily. A setTimeout per call costs ~2 µs in Chromium.
  const fifos = new Map<number, { q: Call[]; head: number }>();
  let timer: any = 0;
  let timerAt = Infinity;
  function trackTimeout(c: Call): void {
    c.deadline = performance.now() + c.timeout;
    let f = fifos.get(c.timeout);
    if (f === undefined) fifos.set(c.timeout, (f = { q: [], head: 0 }));
    else {
      while (f.head < f.q.length && f.q[f.head]!.done) f.head++;
      if (f.head > 1024 && f.head * 2 > f.q.length) {
        f.q = f.q.slice(f.head);
        f.head = 0;
      }
    }
    f.q.push(c);
    if (c.deadline < timerAt) armTimer(c.deadline);
  }
  function armTimer(at: number): void {
    if (timer) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(sweepTimeouts, Math.max(0, at - performance.now()));
  }
  function sweepTimeouts(): void {
    timer = 0;
    timerAt = Infinity;
    const now = performance.now();
    let next = Infinity;
    for (const [ms, f] of Array.from(fifos)) {
      while (f.head < f.q.length) {
        const c = f.q[f.head]!;
        if (c.done) {
          f.head++;
          continue;
        }
        if (c.deadline <= now + 0.5) {
          f.head++;
          onTimeout(c);
          continue;
        }
        if (c.deadline < next) next = c.deadline;
        break;
      }
      if (f.head >= f.q.length) fifos.delete(ms);
    }
    if (next < Infinity && next < timerAt) armTimer(next);
  }

  function settle(call: Call): void {
    pending.delete(call.id);
    call.done = true;
    if (call.onAbort !== null) call.signal.removeEventListener("abort", call.onAbort);
  }
  function deliverRaw(call: Call, reply: any): void {
    const r = call.raw!;
    reply.id = r.appId;
    const hook = r.form === "action" ? g.handleBackendResponse : g.handleInvokeResponse;
    if (typeof hook === "function") {
      try {
        hook(reply);
      } catch (e) {
        console.error(e);
      }
    }
  }
  function fail(call: Call, name: string, message: string): void {
    settle(call);
    if (call.raw !== null) {
      const reply: any = { id: 0, command: call.command, success: false, error: message, errorType: name, traceback: "" };
      if (call.raw.form === "action") reply.action = call.command;
      deliverRaw(call, reply);
    } else {
      call.reject(bridgeError(name, message, call.command));
    }
  }
  function onTimeout(call: Call): void {
    if (pending.get(call.id) !== call) return;
    fail(call, "Timeout", "Command '" + call.command + "' timed out after " + secondsText(call.timeout));
    // The server's timer normally fires too; when ours is first, say why so the handler sees TimeoutError.
    if (call.conn !== 0) enqueue('{"type":"cancel","id":' + call.id + ',"reason":"timeout"}', null);
    else unqueue(call);
  }
  /** Take a call that was never sent out of the outbox. */
  function unqueue(call: Call): void {
    const i = outCalls.indexOf(call);
    if (i >= 0) {
      outbox.splice(i, 1);
      outCalls.splice(i, 1);
    }
  }
  function onAbortCall(call: Call): void {
    if (pending.get(call.id) !== call) return;
    fail(call, "Cancelled", "Command '" + call.command + "' was cancelled");
    if (call.conn !== 0) enqueue('{"type":"cancel","id":' + call.id + "}", null);
    else unqueue(call); // not sent yet
  }

  function onReply(m: any): void {
    const call = pending.get(m.id);
    if (call !== undefined && (call.raw === null || (m.action !== undefined) === (call.raw.form === "action"))) {
      settle(call);
      if (call.raw !== null) return deliverRaw(call, m);
      if (m.action === undefined && typeof g.handleInvokeResponse === "function") {
        try {
          g.handleInvokeResponse(m);
        } catch (e) {
          console.error(e);
        }
      }
      if (m.success) call.resolve(m.data === undefined ? null : m.data);
      else call.reject(bridgeError(m.errorType || "Error", String(m.error), m.command ?? call.command, m.traceback));
    }
  }

  // ---- events
  const listeners = new Map<string, Set<(e: BridgeEvent<any>) => void>>();
  function dispatchEvent(event: string, payload: any): void {
    const set = listeners.get(event);
    if (set === undefined) return;
    for (const fn of Array.from(set)) {
      try {
        fn({ event, payload });
      } catch (e) {
        console.error(e);
      }
    }
  }

  function onMessageObject(m: any): void {
    if (m === null || typeof m !== "object") return;
    const t = m.type;
    if (t === undefined) return onReply(m);
    if (t === "event") return dispatchEvent(m.event, m.payload);
    if (t === "chunk") {
      const call = pending.get(m.id);
      if (call !== undefined && call.onChunk !== null) {
        try {
          call.onChunk(m.data);
        } catch (e) {
          console.error(e);
        }
      }
    }
  }
  function onMessage(ev: any): void {
    const d = ev.data;
    let m: any;
    try {
      m = typeof d === "string" ? JSON.parse(d) : decodeBinary(d);
    } catch (e) {
      console.error("tauraro bridge: bad message from the server", e);
      return;
    }
    if (Array.isArray(m)) for (let i = 0; i < m.length; i++) onMessageObject(m[i]);
    else onMessageObject(m);
  }

  // ---- the connection, reconnecting when it drops
  let attempts = 0;
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((r) => (readyResolve = r));
  function connect(): void {
    if (secret === null) return;
    let ws: any;
    try {
      const scheme = g.location.protocol === "https:" ? "wss://" : "ws://";
      ws = new g.WebSocket(scheme + g.location.host + cfg.wsPath, [cfg.protocol, cfg.authPrefix + secret]);
    } catch (e) {
      console.error("tauraro bridge:", e);
      return;
    }
    ws.binaryType = "arraybuffer";
    ws.onopen = function () {
      socket = ws;
      connGen++;
      attempts = 0;
      readyResolve();
      if (outbox.length > 0) flush();
    };
    ws.onmessage = onMessage;
    ws.onclose = function () {
      if (socket === ws) {
        socket = null;
        // Calls written to this socket will never be answered.
        const gen = connGen;
        for (const call of Array.from(pending.values())) {
          if (call.conn === gen) fail(call, "Disconnected", "Command '" + call.command + "': the connection to the backend was lost");
        }
      }
      const delay = Math.min(2000, 50 * Math.pow(2, attempts++));
      setTimeout(connect, delay);
    };
  }

  // ---- public API
  function invoke(command: string, args?: any, options?: InvokeOptions): Promise<any> {
    return call(command, args, options, null);
  }
  function call(command: string, args: any, options: InvokeOptions | undefined, raw: Call["raw"]): Promise<any> {
    const o = options || {};
    if (typeof command !== "string" || command.length === 0) {
      return Promise.reject(bridgeError("InvalidArguments", "invoke: the command name must be a non-empty string", null));
    }
    if (secret === null) {
      return Promise.reject(
        bridgeError(
          "Unauthorized",
          "Command '" + command + "': this page has no bridge secret; open it with the full URL that `tauraro run --serve` printed (ending in #…)",
          command,
        ),
      );
    }
    let timeout = o.timeout === undefined ? cfg.defaultTimeout : o.timeout;
    if (typeof timeout !== "number" || !(timeout >= 0)) {
      return Promise.reject(bridgeError("InvalidArguments", "Command '" + command + "': options.timeout must be a number ≥ 0", command));
    }
    if (timeout > 2147483647) timeout = 0;
    const signal = o.signal;
    if (signal && signal.aborted) return Promise.reject(bridgeError("Cancelled", "Command '" + command + "' was cancelled", command));
    if (args === undefined) args = {};
    const onChunk =
      typeof o.onChunk === "function"
        ? o.onChunk
        : o.channel
          ? (c: any) => {
              const ch = o.channel!;
              if (typeof ch.onmessage === "function") ch.onmessage(c);
            }
          : null;
    let frame: any;
    const id = nextId++;
    try {
      if (typeof args === "object" && args !== null && hasBinary(args, 0)) {
        const m: any = raw !== null && raw.form === "action" ? { id, action: command, data: args } : { type: "invoke", id, command, args };
        if (timeout !== cfg.defaultTimeout) m.timeout = timeout;
        if (onChunk !== null) m.stream = true;
        frame = encodeBinary(m);
      } else {
        const a = JSON.stringify(args);
        frame =
          raw !== null && raw.form === "action"
            ? '{"id":' + id + ',"action":' + JSON.stringify(command) + ',"data":' + (a === undefined ? "null" : a)
            : '{"type":"invoke","id":' + id + ',"command":' + JSON.stringify(command) + ',"args":' + (a === undefined ? "null" : a);
        if (timeout !== cfg.defaultTimeout) frame += ',"timeout":' + timeout;
        if (onChunk !== null) frame += ',"stream":true';
        frame += "}";
      }
    } catch (e: any) {
      return Promise.reject(bridgeError("InvalidArguments", "Command '" + command + "': arguments cannot be sent as JSON: " + e.message, command));
    }
    return new Promise((resolve, reject) => {
      const c: Call = { id, command, resolve, reject, timeout, deadline: 0, done: false, onChunk, signal, onAbort: null, conn: 0, raw };
      pending.set(id, c);
      if (timeout > 0) trackTimeout(c);
      if (signal) {
        c.onAbort = () => onAbortCall(c);
        signal.addEventListener("abort", c.onAbort, { once: true });
      }
      enqueue(frame, c);
    });
  }

  function listen(event: string, handler: (e: BridgeEvent<any>) => void): () => void {
    let set = listeners.get(event);
    if (set === undefined) listeners.set(event, (set = new Set()));
    set.add(handler);
    return () => {
      const s = listeners.get(event);
      if (s !== undefined && s.delete(handler) && s.size === 0) listeners.delete(event);
    };
  }
  function once(event: string, handler: (e: BridgeEvent<any>) => void): () => void {
    const un = listen(event, (e) => {
      un();
      handler(e);
    });
    return un;
  }
  function emit(event: string, payload?: unknown): Promise<void> {
    if (typeof event !== "string" || event.length === 0) {
      return Promise.reject(bridgeError("InvalidArguments", "emit: the event name must be a non-empty string", null));
    }
    if (secret === null) {
      return Promise.reject(bridgeError("Unauthorized", "emit: this page has no bridge secret", null));
    }
    const msg = { type: "event", event, payload: payload === undefined ? null : payload };
    try {
      enqueue(hasBinary(payload, 0) ? encodeBinary(msg) : JSON.stringify(msg), null);
    } catch (e: any) {
      return Promise.reject(bridgeError("InvalidArguments", "emit: the payload cannot be sent as JSON: " + e.message, null));
    }
    return Promise.resolve();
  }
  // The pointer position of the latest press, so a window drag knows where it started.
  let lastDown: { screenX: number; screenY: number; t: number } | null = null;
  const onDown = (e: any) => {
    lastDown = { screenX: e.screenX, screenY: e.screenY, t: Date.now() };
  };
  try {
    g.addEventListener("pointerdown", onDown, { capture: true, passive: true });
    g.addEventListener("mousedown", onDown, { capture: true, passive: true });
  } catch {
    /* no DOM events */
  }
  function windowAction(s: string): void {
    if (secret === null) return;
    if (s === "window:drag_start" && lastDown !== null && Date.now() - lastDown.t < 2000) {
      enqueue(JSON.stringify({ type: "window", action: "drag_start", screenX: lastDown.screenX, screenY: lastDown.screenY }), null);
    } else enqueue(s, null);
  }

  // The original's wry-style channel: raw window strings and JSON invoke/action messages whose
  // replies go to window.handleInvokeResponse / window.handleBackendResponse.
  function postMessage(message: any): void {
    if (typeof message !== "string") message = JSON.stringify(message);
    if (WINDOW_STRINGS[message]) return windowAction(message);
    let m: any;
    try {
      m = JSON.parse(message);
    } catch {
      console.error("ipc.postMessage: not a window command nor JSON:", message);
      return;
    }
    // Failures before the call exists (no secret, bad arguments) still reach the app's hook.
    const rawFailed = (form: "invoke" | "action", command: any) => (e: any) => {
      const reply: any = { id: m.id, command: typeof command === "string" ? command : null, success: false, error: e.message, errorType: e.name, traceback: "" };
      if (form === "action") reply.action = reply.command;
      const hook = form === "action" ? g.handleBackendResponse : g.handleInvokeResponse;
      if (typeof hook === "function") hook(reply);
    };
    if (m && typeof m === "object") {
      if (m.type === "invoke") {
        call(m.command, m.args, { timeout: m.timeout }, { appId: m.id, form: "invoke" }).catch(rawFailed("invoke", m.command));
        return;
      }
      if (m.type === undefined && typeof m.action === "string") {
        call(m.action, m.data, { timeout: m.timeout }, { appId: m.id, form: "action" }).catch(rawFailed("action", m.action));
        return;
      }
      if (m.type === "event") {
        emit(m.event, m.payload).catch(() => {});
        return;
      }
    }
    console.error("ipc.postMessage: unknown message:", message);
  }

  const bridge: TauraroBridge = {
    invoke,
    listen,
    once,
    emit,
    window: {
      minimize: () => windowAction("window:minimize"),
      toggleMaximize: () => windowAction("window:maximize"),
      close: () => windowAction("window:close"),
      startDrag: () => windowAction("window:drag_start"),
    },
    ready,
    get connected() {
      return socket !== null;
    },
    get authorized() {
      return secret !== null;
    },
  };

  // Where there is no native window (served to a browser tab), the server turns window actions
  // into this event; a close then closes the tab when the browser allows it.
  listen(WINDOW, (e) => {
    if (e.payload && e.payload.action === "close") {
      try {
        g.close();
      } catch {
        /* not closable */
      }
    }
  });

  Object.defineProperty(g, "__TAURARO__", { value: bridge, configurable: false, enumerable: false, writable: false });
  g.tauraro = bridge;
  g.invoke = invoke;
  if (!g.ipc || typeof g.ipc.postMessage !== "function") g.ipc = { postMessage };
  connect();
  return bridge;
}
