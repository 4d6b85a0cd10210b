/**
 * The contract between the bridge core (`router.ts`) and whatever carries page frames.
 *
 * The WebSocket transport (`wsTransport.ts`) is the one in use; another (for instance a DevTools
 * protocol binding driven by the browser host) only has to deliver frames as `Connection`s.
 *
 * @module
 */

/** One authenticated page connection. */
export interface Connection {
  /** Send a text frame. */
  sendText(text: string): void;
  /** Send a binary frame. */
  sendBinary(data: Uint8Array): void;
  /** Close the connection (the page will try to reconnect unless the server is gone). */
  close(code?: number, reason?: string): void;
  /** Set by the router: called for every frame the page sends. */
  onFrame: (data: string | Uint8Array) => void;
  /** Set by the router: called once when the connection is gone. */
  onClose: () => void;
}

/** A source of page connections. */
export interface Transport {
  /** Start delivering new (already authenticated) connections to `accept`. */
  start(accept: (conn: Connection) => void): void;
  /** Close every connection and stop accepting. */
  close(): Promise<void>;
}
