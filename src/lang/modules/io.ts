/**
 * The `io` module: StringIO, BytesIO, and the file objects `open()` returns (TextIOWrapper,
 * BufferedReader/Writer/Random), plus the standard streams used by `sys`.
 *
 * File objects are synchronous: reads load the rest of the file from the current position once
 * (then serve lines from memory), writes are buffered and flushed on flush()/close()/seek()/exit.
 */
import { openSync, closeSync, readSync, writeSync, fstatSync, ftruncateSync } from "node:fs";
import { defineModule } from "./registry.js";
import {
  None,
  PyObject,
  PyIterator,
  PyList,
  PyBytes,
  PyByteArray,
  PyType,
  STOP,
  T,
  typeOf,
  isSubtype,
  raise,
  typeError,
  valueError,
  newException,
  captureTraceback,
  callv,
  getattr,
  getIter,
  toArray,
  isInt,
  index as pyIndex,
  repr,
  str as pyStr,
} from "../runtime/index.js";
import { cpLen, strEncode, bytesDecode } from "../runtime/strings/index.js";
import { flushStdout, writeStdout, writeStderr } from "../runtime/builtins.js";
import { nativeClass, method, getset, osErrorFrom, fspath, strOf, isNone } from "./util.js";
import { atExit } from "./sysState.js";

// ---- base ----

/** Common JS layout of every stream: closed flag and the virtual operations. */
export abstract class IOObj extends PyIterator {
  closed = false;
  abstract binary: boolean;
  rd(_n: number): any {
    unsupported("read");
  }
  rline(_n: number): any {
    unsupported("readline");
  }
  wr(_x: any): number {
    unsupported("write");
  }
  tellImpl(): number {
    unsupported("tell");
  }
  seekImpl(_pos: number, _whence: number): number {
    unsupported("seek");
  }
  truncImpl(_size: number | null): number {
    unsupported("truncate");
  }
  flushImpl(): void {}
  closeImpl(): void {}
  readableImpl(): boolean {
    return false;
  }
  writableImpl(): boolean {
    return false;
  }
  seekableImpl(): boolean {
    return false;
  }
  $next(): any {
    checkOpen(this);
    const l = this.rline(-1);
    return (this.binary ? (l as PyBytes).b.length : (l as string).length) ? l : STOP;
  }
}

let UnsupportedOperation: PyType;

function unsupported(what: string): never {
  const e = newException(UnsupportedOperation, [what]);
  captureTraceback(e);
  throw e;
}

export function checkOpen(o: IOObj): void {
  if (o.closed) valueError(o instanceof StringIOJs ? "I/O operation on closed file" : "I/O operation on closed file.");
}

function sizeArg(n: any): number {
  if (isNone(n)) return -1;
  if (!isInt(n) && typeof n !== "boolean") {
    const t = typeOf(n);
    if (t.$L.__index__ === undefined) typeError(`argument should be integer or None, not '${t.$name}'`);
  }
  return Number(pyIndex(n));
}

/** Advances `n` code points from UTF-16 index i (n < 0: to the end). */
function advanceCp(s: string, i: number, n: number): number {
  if (n < 0) return s.length;
  let j = i;
  while (n > 0 && j < s.length) {
    const c = s.charCodeAt(j);
    j += c >= 0xd800 && c <= 0xdbff && j + 1 < s.length ? 2 : 1;
    n--;
  }
  return j;
}

/** The end (exclusive) of the line starting at i for a newline mode, or -1 when there is no terminator. */
function lineEnd(s: string, i: number, nl: string | null): number {
  if (nl === null || nl === "\n") {
    const k = s.indexOf("\n", i);
    return k < 0 ? -1 : k + 1;
  }
  if (nl === "") {
    for (let k = i; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c === 10) return k + 1;
      if (c === 13) return k + 1 < s.length && s.charCodeAt(k + 1) === 10 ? k + 2 : k + 1;
    }
    return -1;
  }
  const k = s.indexOf(nl, i);
  return k < 0 ? -1 : k + nl.length;
}

function readTextLine(s: string, pos: number, n: number, nl: string | null): number {
  let end = lineEnd(s, pos, nl);
  if (end < 0) end = s.length;
  if (n >= 0) {
    const lim = advanceCp(s, pos, n);
    if (lim < end) end = lim;
  }
  return end;
}

function bytesLike(x: any, what = "a bytes-like object is required"): Uint8Array {
  if (x instanceof PyBytes) return x.b;
  if (x instanceof PyByteArray) return x.b.subarray(0, x.n);
  if (x instanceof PyObject && (x as any).$mv instanceof Uint8Array) return (x as any).$mv;
  typeError(`${what}, not '${typeOf(x).$name}'`);
}

// ---- StringIO ----

export class StringIOJs extends IOObj {
  binary = false;
  s = "";
  pos = 0;
  nl: string | null = "\n";
  override rd(n: number): string {
    const end = advanceCp(this.s, this.pos, n);
    const r = this.s.slice(this.pos, end);
    this.pos = Math.max(this.pos, end);
    return r;
  }
  override rline(n: number): string {
    if (this.pos >= this.s.length) return "";
    const end = readTextLine(this.s, this.pos, n, this.nl === null ? "\n" : this.nl === "" ? "" : this.nl === "\r\n" ? "\r\n" : this.nl === "\r" ? "\r" : "\n");
    const r = this.s.slice(this.pos, end);
    this.pos = end;
    return r;
  }
  override wr(x: any): number {
    let t = strOf(x);
    if (t === undefined) typeError(`string argument expected, got '${typeOf(x).$name}'`);
    const n = cpLen(t);
    if (this.nl === null) t = t.replace(/\r\n?/g, "\n");
    else if (this.nl === "\r" || this.nl === "\r\n") t = t.replace(/\n/g, this.nl);
    if (t.length === 0) return n;
    const s = this.s;
    if (this.pos === s.length) this.s = s + t;
    else if (this.pos > s.length) this.s = s + "\0".repeat(this.pos - s.length) + t;
    else this.s = s.slice(0, this.pos) + t + s.slice(this.pos + t.length);
    this.pos += t.length;
    return n;
  }
  override tellImpl(): number {
    return this.pos;
  }
  override seekImpl(pos: number, whence: number): number {
    if (whence === 0) {
      if (pos < 0) valueError(`Negative seek position ${pos}`);
      this.pos = pos;
    } else if (whence === 1) {
      if (pos !== 0) unsupported("Can't do nonzero cur-relative seeks");
    } else if (whence === 2) {
      if (pos !== 0) unsupported("Can't do nonzero cur-relative seeks");
      this.pos = this.s.length;
    } else valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    return this.pos;
  }
  override truncImpl(size: number | null): number {
    const n = size === null ? this.pos : size;
    if (n < 0) valueError(`Negative size value ${n}`);
    if (n < this.s.length) this.s = this.s.slice(0, n);
    return n;
  }
  override readableImpl(): boolean {
    return true;
  }
  override writableImpl(): boolean {
    return true;
  }
  override seekableImpl(): boolean {
    return true;
  }
}

// ---- BytesIO ----

export class BytesIOJs extends IOObj {
  binary = true;
  buf = new Uint8Array(64);
  len = 0;
  pos = 0;
  value(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
  reset(b: Uint8Array): void {
    this.buf = new Uint8Array(Math.max(64, b.length));
    this.buf.set(b);
    this.len = b.length;
    this.pos = 0;
  }
  override rd(n: number): PyBytes {
    const start = Math.min(this.pos, this.len);
    const end = n < 0 ? this.len : Math.min(this.len, start + n);
    this.pos = Math.max(this.pos, end);
    return new PyBytes(this.buf.slice(start, end));
  }
  override rline(n: number): PyBytes {
    const start = Math.min(this.pos, this.len);
    let end = this.buf.subarray(0, this.len).indexOf(10, start);
    end = end < 0 ? this.len : end + 1;
    if (n >= 0 && start + n < end) end = start + n;
    this.pos = Math.max(this.pos, end);
    return new PyBytes(this.buf.slice(start, end));
  }
  override wr(x: any): number {
    const b = bytesLike(x);
    const need = this.pos + b.length;
    if (need > this.buf.length) {
      const nb = new Uint8Array(Math.max(need, this.buf.length * 2));
      nb.set(this.buf.subarray(0, this.len));
      this.buf = nb;
    }
    if (this.pos > this.len) this.buf.fill(0, this.len, this.pos);
    this.buf.set(b, this.pos);
    this.pos = need;
    if (need > this.len) this.len = need;
    return b.length;
  }
  override tellImpl(): number {
    return this.pos;
  }
  override seekImpl(pos: number, whence: number): number {
    if (whence === 0) {
      if (pos < 0) valueError(`negative seek value ${pos}`);
      this.pos = pos;
    } else if (whence === 1) this.pos = Math.max(0, this.pos + pos);
    else if (whence === 2) this.pos = Math.max(0, this.len + pos);
    else valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    return this.pos;
  }
  override truncImpl(size: number | null): number {
    const n = size === null ? this.pos : size;
    if (n < 0) valueError(`negative size value ${n}`);
    if (n < this.len) this.len = n;
    return n;
  }
  override readableImpl(): boolean {
    return true;
  }
  override writableImpl(): boolean {
    return true;
  }
  override seekableImpl(): boolean {
    return true;
  }
}

// ---- files ----

const openWriters = new Set<FileJs>();
let exitHooked = false;
function trackWriter(f: FileJs): void {
  openWriters.add(f);
  if (!exitHooked) {
    exitHooked = true;
    atExit.unshift(() => {
      exitHooked = false;
      for (const w of [...openWriters]) {
        try {
          w.flushImpl();
        } catch {
          /* ignore at exit */
        }
      }
      openWriters.clear();
    });
  }
}

function normEnc(e: string): string {
  const x = e.toLowerCase().replace(/_/g, "-");
  if (x === "utf8" || x === "utf-8" || x === "u8" || x === "utf") return "utf-8";
  if (x === "latin-1" || x === "latin1" || x === "iso-8859-1" || x === "iso8859-1" || x === "l1") return "latin-1";
  if (x === "ascii" || x === "us-ascii") return "ascii";
  return x;
}

/** A file opened by open(): text (TextIOWrapper) or binary (Buffered*). */
export class FileJs extends IOObj {
  binary = false;
  fd = -1;
  name: any = None;
  mode = "r";
  encoding = "UTF-8";
  enc = "utf-8";
  errors = "strict";
  nl: string | null = null;
  canRead = false;
  canWrite = false;
  append = false;
  closefd = true;
  /** Byte position of the cursor when nothing is cached or pending. */
  bpos = 0;
  /** Read cache: the rest of the file from byte `base`, decoded (text) or raw (binary). */
  rtext: string | null = null;
  rbytes: Uint8Array | null = null;
  rpos = 0;
  base = 0;
  /** Text mode: the undecoded bytes of the cache, for tell(). */
  rraw: Uint8Array | null = null;
  translated = false;
  wtext = "";
  wchunks: Uint8Array[] = [];
  wlen = 0;
  seekable = true;

  private loadRead(): void {
    if (this.wtext.length || this.wlen) this.flushImpl();
    if (this.rtext !== null || this.rbytes !== null) return;
    if (!this.canRead) unsupported("not readable");
    const chunks: Buffer[] = [];
    let pos = this.bpos;
    let total = 0;
    for (;;) {
      const b = Buffer.allocUnsafe(total < 65536 ? 65536 : Math.min(total, 1 << 24));
      let n: number;
      try {
        n = readSync(this.fd, b, 0, b.length, this.seekable ? pos : null);
      } catch (e: any) {
        if (e.code === "EAGAIN") {
          Atomics.wait(sleeper, 0, 0, 5);
          continue;
        }
        if (e.code === "ESPIPE") {
          this.seekable = false;
          continue;
        }
        throw osErrorFrom(e);
      }
      if (n === 0) break;
      chunks.push(b.subarray(0, n));
      pos += n;
      total += n;
    }
    const raw = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    this.base = this.bpos;
    this.rpos = 0;
    if (this.binary) {
      this.rbytes = raw;
      return;
    }
    let t = decodeBytes(raw, this.enc, this.errors);
    if (this.base === 0 && t.charCodeAt(0) === 0xfeff && this.enc === "utf-8-sig") t = t.slice(1);
    this.translated = false;
    if (this.nl === null && t.indexOf("\r") >= 0) {
      t = t.replace(/\r\n?/g, "\n");
      this.translated = true;
    }
    this.rraw = raw;
    this.rtext = t;
  }

  /** Byte offset of the read cursor. */
  private cacheTell(): number {
    if (this.binary) return this.base + this.rpos;
    const t = this.rtext!;
    if (this.rpos >= t.length) return this.base + this.rraw!.length;
    if (!this.translated) return this.base + Buffer.byteLength(t.slice(0, this.rpos), this.enc === "latin-1" ? "latin1" : "utf8");
    // Universal newlines translated \r\n → \n: recount from the raw text.
    const orig = decodeBytes(this.rraw!, this.enc, "replace");
    let i = 0;
    let j = 0;
    while (j < this.rpos && i < orig.length) {
      if (orig.charCodeAt(i) === 13 && orig.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      j++;
    }
    return this.base + Buffer.byteLength(orig.slice(0, i), this.enc === "latin-1" ? "latin1" : "utf8");
  }

  private dropCache(): void {
    if (this.rtext !== null || this.rbytes !== null) {
      this.bpos = this.cacheTell();
      this.rtext = null;
      this.rbytes = null;
      this.rraw = null;
    }
  }

  override rd(n: number): any {
    this.loadRead();
    if (this.binary) {
      const b = this.rbytes!;
      const start = this.rpos;
      const end = n < 0 ? b.length : Math.min(b.length, start + n);
      this.rpos = end;
      return new PyBytes(b.slice(start, end));
    }
    const t = this.rtext!;
    const end = advanceCp(t, this.rpos, n);
    const r = t.slice(this.rpos, end);
    this.rpos = end;
    return r;
  }

  override rline(n: number): any {
    this.loadRead();
    if (this.binary) {
      const b = this.rbytes!;
      const start = this.rpos;
      let end = b.indexOf(10, start);
      end = end < 0 ? b.length : end + 1;
      if (n >= 0 && start + n < end) end = start + n;
      this.rpos = end;
      return new PyBytes(b.slice(start, end));
    }
    const t = this.rtext!;
    if (this.rpos >= t.length) return "";
    const end = readTextLine(t, this.rpos, n, this.nl);
    const r = t.slice(this.rpos, end);
    this.rpos = end;
    return r;
  }

  override wr(x: any): number {
    if (!this.canWrite) unsupported("not writable");
    this.dropCache();
    if (this.binary) {
      const b = bytesLike(x);
      this.wchunks.push(b.slice());
      this.wlen += b.length;
      if (this.wlen > 65536) this.flushImpl();
      return b.length;
    }
    const s = strOf(x);
    if (s === undefined) typeError(`write() argument must be str, not ${typeOf(x).$name}`);
    let t = s;
    if (this.nl === "\r" || this.nl === "\r\n") t = t.replace(/\n/g, this.nl);
    this.wtext += t;
    if (this.wtext.length > 65536) this.flushImpl();
    return cpLen(s);
  }

  override flushImpl(): void {
    if (this.closed) return;
    let data: Uint8Array | null = null;
    if (this.binary) {
      if (this.wlen) {
        data = this.wchunks.length === 1 ? this.wchunks[0] : Buffer.concat(this.wchunks, this.wlen);
        this.wchunks = [];
        this.wlen = 0;
      }
    } else if (this.wtext.length) {
      data = encodeText(this.wtext, this.enc, this.errors);
      this.wtext = "";
    }
    if (data === null || data.length === 0) return;
    let off = 0;
    while (off < data.length) {
      try {
        off += writeSync(this.fd, data, off, data.length - off, this.append || !this.seekable ? null : this.bpos + off);
      } catch (e: any) {
        if (e.code === "EAGAIN") {
          Atomics.wait(sleeper, 0, 0, 1);
          continue;
        }
        if (e.code === "ESPIPE") {
          this.seekable = false;
          continue;
        }
        throw osErrorFrom(e);
      }
    }
    if (this.append) this.bpos = fileSize(this.fd);
    else this.bpos += data.length;
  }

  override tellImpl(): number {
    if (this.rtext !== null || this.rbytes !== null) return this.cacheTell();
    this.flushImpl();
    return this.bpos;
  }

  override seekImpl(pos: number, whence: number): number {
    if (!this.seekable) unsupported("underlying stream is not seekable");
    if (!this.binary) {
      if (whence === 1 && pos !== 0) unsupported("can't do nonzero cur-relative seeks");
      if (whence === 2 && pos !== 0) unsupported("can't do nonzero end-relative seeks");
    }
    const cur = this.tellImpl();
    this.flushImpl();
    this.rtext = null;
    this.rbytes = null;
    this.rraw = null;
    if (whence === 0) {
      if (pos < 0) valueError(`negative seek position ${pos}`);
      this.bpos = pos;
    } else if (whence === 1) this.bpos = Math.max(0, cur + pos);
    else if (whence === 2) this.bpos = Math.max(0, fileSize(this.fd) + pos);
    else valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    return this.bpos;
  }

  override truncImpl(size: number | null): number {
    if (!this.canWrite) unsupported("File not open for writing");
    const n = size === null ? this.tellImpl() : size;
    this.flushImpl();
    this.dropCache();
    try {
      ftruncateSync(this.fd, n);
    } catch (e) {
      throw osErrorFrom(e);
    }
    return n;
  }

  override closeImpl(): void {
    if (this.closed) return;
    try {
      this.flushImpl();
    } finally {
      this.closed = true;
      openWriters.delete(this);
      if (this.closefd && this.fd > 2) {
        try {
          closeSync(this.fd);
        } catch {
          /* already closed */
        }
      }
    }
  }

  override readableImpl(): boolean {
    return this.canRead;
  }
  override writableImpl(): boolean {
    return this.canWrite;
  }
  override seekableImpl(): boolean {
    return this.seekable;
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

function fileSize(fd: number): number {
  try {
    return fstatSync(fd).size;
  } catch (e) {
    throw osErrorFrom(e);
  }
}

export function decodeBytes(b: Uint8Array, enc: string, errors: string): string {
  const e = enc === "utf-8-sig" ? "utf-8" : enc;
  try {
    return bytesDecode(b, e, errors);
  } catch (err) {
    if (err instanceof PyObject) throw err;
    throw err;
  }
}

export function encodeText(s: string, enc: string, errors: string): Uint8Array {
  return strEncode(s, enc === "utf-8-sig" ? "utf-8" : enc, errors);
}

// ---- standard streams ----

/** stdin, read in chunks from fd 0 and decoded as UTF-8 (universal newlines). */
const stdin = { text: "", eof: false, decoder: new TextDecoder("utf-8") };

function stdinFill(): boolean {
  if (stdin.eof) return false;
  const b = Buffer.allocUnsafe(65536);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, b, 0, b.length, null);
    } catch (e: any) {
      if (e.code === "EAGAIN") {
        Atomics.wait(sleeper, 0, 0, 10);
        continue;
      }
      if (e.code === "EOF") n = 0;
      else {
        stdin.eof = true;
        return false;
      }
    }
    if (n === 0) {
      stdin.eof = true;
      stdin.text += stdin.decoder.decode();
      return false;
    }
    let t = stdin.decoder.decode(b.subarray(0, n), { stream: true });
    if (t.indexOf("\r") >= 0) t = t.replace(/\r\n?/g, "\n");
    stdin.text += t;
    return true;
  }
}

/** One line of stdin including its "\n"; "" at end of input. */
export function stdinReadLine(limit = -1): string {
  let k: number;
  while ((k = stdin.text.indexOf("\n")) < 0 && (limit < 0 || stdin.text.length < limit)) {
    if (!stdinFill()) break;
  }
  let end = k < 0 ? stdin.text.length : k + 1;
  if (limit >= 0) end = Math.min(end, advanceCp(stdin.text, 0, limit));
  const line = stdin.text.slice(0, end);
  stdin.text = stdin.text.slice(end);
  return line;
}

export function stdinRead(n: number): string {
  if (n < 0) {
    while (stdinFill());
    const r = stdin.text;
    stdin.text = "";
    return r;
  }
  while (stdin.text.length < n * 2 && stdinFill());
  const end = advanceCp(stdin.text, 0, n);
  const r = stdin.text.slice(0, end);
  stdin.text = stdin.text.slice(end);
  return r;
}

/** While sys.stdout is redirected, the writer print() used before (the console's). */
export const stdoutBase: { write: ((s: string) => void) | null } = { write: null };

export class StdStreamJs extends IOObj {
  binary = false;
  constructor(public fd: number, public name: string) {
    super();
  }
  override rd(n: number): string {
    if (this.fd !== 0) unsupported("not readable");
    flushStdout();
    return stdinRead(n);
  }
  override rline(n: number): string {
    if (this.fd !== 0) unsupported("not readable");
    flushStdout();
    return stdinReadLine(n);
  }
  override wr(x: any): number {
    if (this.fd === 0) unsupported("not writable");
    const s = strOf(x);
    if (s === undefined) typeError(`write() argument must be str, not ${typeOf(x).$name}`);
    if (this.fd === 1) {
      if (stdoutBase.write) stdoutBase.write(s);
      else writeStdout(s);
    }
    else writeStderr(s);
    return cpLen(s);
  }
  override flushImpl(): void {
    if (this.fd === 1) flushStdout();
  }
  override closeImpl(): void {
    this.flushImpl();
    this.closed = true;
  }
  override readableImpl(): boolean {
    return this.fd === 0;
  }
  override writableImpl(): boolean {
    return this.fd !== 0;
  }
}

class StdBufferJs extends PyObject {
  constructor(public fd: number) {
    super();
  }
}

// ---- Python classes ----

function self(o: any): IOObj {
  if (!(o instanceof IOObj)) typeError(`descriptor requires an io object but received '${typeOf(o).$name}'`);
  return o;
}

function commonMethods(cls: string): Record<string, any> {
  return {
    read: method(cls, "read", "size=", (o: any, n: any) => {
      checkOpen(self(o));
      return o.rd(sizeArg(n));
    }),
    readline: method(cls, "readline", "size=", (o: any, n: any) => {
      checkOpen(self(o));
      return o.rline(sizeArg(n));
    }),
    readlines: method(cls, "readlines", "hint=", (o: any, hint: any) => {
      checkOpen(self(o));
      const h = sizeArg(hint);
      const out: any[] = [];
      let total = 0;
      for (;;) {
        const l = o.rline(-1);
        const len = o.binary ? l.b.length : l.length;
        if (!len) break;
        out.push(l);
        total += len;
        if (h > 0 && total >= h) break;
      }
      return new PyList(out);
    }),
    write: method(cls, "write", "s, /", (o: any, x: any) => {
      checkOpen(self(o));
      return o.wr(x);
    }),
    writelines: method(cls, "writelines", "lines, /", (o: any, lines: any) => {
      checkOpen(self(o));
      const it = getIter(lines);
      for (let v = it.$next(); v !== STOP; v = it.$next()) o.wr(v);
      return None;
    }),
    seek: method(cls, "seek", "pos, whence=, /", (o: any, pos: any, whence: any) => {
      checkOpen(self(o));
      return o.seekImpl(Number(pyIndex(pos)), whence === undefined ? 0 : Number(pyIndex(whence)));
    }),
    tell: method(cls, "tell", "", (o: any) => {
      checkOpen(self(o));
      return o.tellImpl();
    }),
    truncate: method(cls, "truncate", "size=, /", (o: any, size: any) => {
      checkOpen(self(o));
      return o.truncImpl(isNone(size) ? null : Number(pyIndex(size)));
    }),
    flush: method(cls, "flush", "", (o: any) => {
      checkOpen(self(o));
      o.flushImpl();
      return None;
    }),
    close: method(cls, "close", "", (o: any) => {
      self(o).closeImpl();
      o.closed = true;
      return None;
    }),
    closed: getset("closed", (o: any) => self(o).closed),
    readable: method(cls, "readable", "", (o: any) => {
      checkOpen(self(o));
      return o.readableImpl();
    }),
    writable: method(cls, "writable", "", (o: any) => {
      checkOpen(self(o));
      return o.writableImpl();
    }),
    seekable: method(cls, "seekable", "", (o: any) => {
      checkOpen(self(o));
      return o.seekableImpl();
    }),
    isatty: method(cls, "isatty", "", (o: any) => {
      checkOpen(self(o));
      return o instanceof StdStreamJs ? !!process.stdout.isTTY && o.fd === 1 : false;
    }),
    fileno: method(cls, "fileno", "", (o: any) => {
      checkOpen(self(o));
      if (o instanceof FileJs || o instanceof StdStreamJs) return o.fd;
      unsupported("fileno");
    }),
    __enter__: method(cls, "__enter__", "", (o: any) => {
      checkOpen(self(o));
      return o;
    }),
    __exit__: method(cls, "__exit__", "*args", (o: any) => {
      self(o).closeImpl();
      o.closed = true;
      return None;
    }),
    __iter__: method(cls, "__iter__", "", (o: any) => {
      checkOpen(self(o));
      return o;
    }),
    __next__: method(cls, "__next__", "", (o: any) => {
      const v = self(o).$next();
      if (v === STOP) raise(T.StopIteration);
      return v;
    }),
  };
}

let StringIOType: PyType;
let BytesIOType: PyType;
let TextIOWrapperType: PyType;
let BufferedReaderType: PyType;
let BufferedWriterType: PyType;
let BufferedRandomType: PyType;
let IOBase: PyType;
let TextIOBase: PyType;
let BufferedIOBase: PyType;
let RawIOBase: PyType;

function buildTypes(): void {
  if (StringIOType) return;
  class BaseJs extends PyObject {}
  UnsupportedOperation = nativeClass("UnsupportedOperation", "io", [T.OSError, T.ValueError], T.OSError.$js, {}, { dict: true });
  IOBase = nativeClass("_IOBase", "_io", [T.object], BaseJs, {}, { dict: true });
  RawIOBase = nativeClass("_RawIOBase", "_io", [IOBase], BaseJs, {}, { dict: true });
  BufferedIOBase = nativeClass("_BufferedIOBase", "_io", [IOBase], BaseJs, {}, { dict: true });
  TextIOBase = nativeClass("_TextIOBase", "_io", [IOBase], BaseJs, {}, { dict: true });

  StringIOType = nativeClass(
    "StringIO",
    "_io",
    [TextIOBase],
    StringIOJs,
    {
      ...commonMethods("StringIO"),
      __init__: method("StringIO", "__init__", "initial_value=, newline=", (o: StringIOJs, init: any, nl: any) => {
        if (nl !== undefined && nl !== None && typeof nl !== "string") typeError(`newline must be str or None, not ${typeOf(nl).$name}`);
        if (typeof nl === "string" && !["", "\n", "\r", "\r\n"].includes(nl)) valueError(`illegal newline value: ${repr(nl)}`);
        o.nl = nl === undefined ? "\n" : nl === None ? null : nl;
        o.s = "";
        o.pos = 0;
        o.closed = false;
        if (!isNone(init)) {
          const s = strOf(init);
          if (s === undefined) typeError(`initial_value must be str or None, not ${typeOf(init).$name}`);
          o.wr(s);
          o.pos = 0;
        }
        return None;
      }),
      getvalue: method("StringIO", "getvalue", "", (o: StringIOJs) => {
        checkOpen(o);
        return o.s;
      }),
      line_buffering: false,
      encoding: None,
      errors: None,
      newlines: None,
    },
    { dict: true },
  );

  BytesIOType = nativeClass(
    "BytesIO",
    "_io",
    [BufferedIOBase],
    BytesIOJs,
    {
      ...commonMethods("BytesIO"),
      __init__: method("BytesIO", "__init__", "initial_bytes=", (o: BytesIOJs, init: any) => {
        o.closed = false;
        o.reset(isNone(init) ? new Uint8Array(0) : bytesLike(init));
        return None;
      }),
      getvalue: method("BytesIO", "getvalue", "", (o: BytesIOJs) => {
        checkOpen(o);
        return new PyBytes(o.value());
      }),
      read1: method("BytesIO", "read1", "size=", (o: BytesIOJs, n: any) => {
        checkOpen(o);
        return o.rd(sizeArg(n));
      }),
      getbuffer: method("BytesIO", "getbuffer", "", (o: BytesIOJs) => {
        checkOpen(o);
        return new PyByteArray(o.value());
      }),
    },
    { dict: true },
  );

  const fileAttrs = (cls: string) => ({
    ...commonMethods(cls),
    name: getset("name", (o: any) => o.name),
    mode: getset("mode", (o: any) => o.mode),
  });
  TextIOWrapperType = nativeClass(
    "TextIOWrapper",
    "_io",
    [TextIOBase],
    FileJs,
    {
      ...fileAttrs("TextIOWrapper"),
      encoding: getset("encoding", (o: any) => (o instanceof StdStreamJs ? "utf-8" : o.encoding)),
      errors: getset("errors", (o: any) => (o instanceof StdStreamJs ? (o.fd === 2 ? "backslashreplace" : "strict") : o.errors)),
      newlines: getset("newlines", () => None),
      line_buffering: getset("line_buffering", (o: any) => o instanceof StdStreamJs && o.fd !== 0 && !!process.stdout.isTTY),
      buffer: getset("buffer", (o: any) => {
        if (o instanceof StdStreamJs) return (o as any).$buffer ?? ((o as any).$buffer = makeStdBuffer(o.fd));
        return None;
      }),
      reconfigure: method("TextIOWrapper", "reconfigure", "*, encoding=, errors=, newline=, line_buffering=, write_through=", () => None),
      __repr__: method("TextIOWrapper", "__repr__", "", (o: any) => {
        if (o instanceof StdStreamJs) return `<_io.TextIOWrapper name='${o.name}' mode='${o.fd === 0 ? "r" : "w"}' encoding='utf-8'>`;
        return `<_io.TextIOWrapper name=${repr(o.name)} mode=${repr(o.mode)} encoding=${repr(o.encoding)}>`;
      }),
    },
    { dict: true },
  );
  const bufRepr = (cls: string) =>
    method(cls, "__repr__", "", (o: any) => `<_io.${cls} name=${repr(o.name)}>`);
  const readExtras = (cls: string) => ({
    read1: method(cls, "read1", "size=", (o: any, n: any) => {
      checkOpen(self(o));
      return o.rd(sizeArg(n));
    }),
    peek: method(cls, "peek", "size=", (o: any) => {
      checkOpen(self(o));
      const p = o.tellImpl();
      const r = o.rd(-1);
      o.seekImpl(p, 0);
      return r;
    }),
  });
  BufferedReaderType = nativeClass("BufferedReader", "_io", [BufferedIOBase], FileJs, { ...fileAttrs("BufferedReader"), ...readExtras("BufferedReader"), __repr__: bufRepr("BufferedReader") }, { dict: true });
  BufferedWriterType = nativeClass("BufferedWriter", "_io", [BufferedIOBase], FileJs, { ...fileAttrs("BufferedWriter"), __repr__: bufRepr("BufferedWriter") }, { dict: true });
  BufferedRandomType = nativeClass("BufferedRandom", "_io", [BufferedIOBase], FileJs, { ...fileAttrs("BufferedRandom"), ...readExtras("BufferedRandom"), __repr__: bufRepr("BufferedRandom") }, { dict: true });
  // Objects are created natively; FileJs instances get their type per instance.
  Object.defineProperty(FileJs.prototype, "$cls", { value: TextIOWrapperType, writable: true, configurable: true });
  Object.defineProperty(StdStreamJs.prototype, "$cls", { value: TextIOWrapperType, writable: true, configurable: true });
}

let StdBufferType: PyType | null = null;
function makeStdBuffer(fd: number): any {
  if (!StdBufferType) {
    StdBufferType = nativeClass("BufferedWriter", "_io", [BufferedIOBase], StdBufferJs, {
      write: method("BufferedWriter", "write", "b, /", (o: StdBufferJs, b: any) => {
        const data = bytesLike(b);
        flushStdout();
        let off = 0;
        while (off < data.length) {
          try {
            off += writeSync(o.fd, data, off, data.length - off);
          } catch (e: any) {
            if (e.code === "EAGAIN") continue;
            if (e.code === "EPIPE") break;
            throw osErrorFrom(e);
          }
        }
        return data.length;
      }),
      flush: method("BufferedWriter", "flush", "", () => {
        flushStdout();
        return None;
      }),
      read: method("BufferedReader", "read", "size=", (o: StdBufferJs, n: any) => {
        const s = stdinRead(sizeArg(n));
        return new PyBytes(Buffer.from(s, "utf8"));
      }),
      readline: method("BufferedReader", "readline", "size=", () => new PyBytes(Buffer.from(stdinReadLine(-1), "utf8"))),
    });
  }
  const b = new StdBufferJs(fd);
  b.$cls = StdBufferType;
  return b;
}

export function stdStreams(): { stdin: StdStreamJs; stdout: StdStreamJs; stderr: StdStreamJs } {
  buildTypes();
  return { stdin: new StdStreamJs(0, "<stdin>"), stdout: new StdStreamJs(1, "<stdout>"), stderr: new StdStreamJs(2, "<stderr>") };
}

// ---- open() ----

/** builtins.open / io.open. */
export function openFile(file: any, mode: any, buffering: any, encoding: any, errors: any, newline: any, closefd: any): any {
  buildTypes();
  const m = mode === undefined ? "r" : mode;
  if (typeof m !== "string") typeError(`open() argument 'mode' must be str, not ${typeOf(m).$name}`);
  let r = 0, w = 0, x = 0, a = 0, plus = 0, b = 0, t = 0;
  const seen = new Set<string>();
  for (const c of m) {
    if (seen.has(c) || !"rwxabt+U".includes(c)) valueError(`invalid mode: '${m}'`);
    seen.add(c);
    if (c === "r") r = 1;
    else if (c === "w") w = 1;
    else if (c === "x") x = 1;
    else if (c === "a") a = 1;
    else if (c === "+") plus = 1;
    else if (c === "b") b = 1;
    else if (c === "t") t = 1;
    else if (c === "U") valueError(`invalid mode: '${m}'`);
  }
  if (r + w + x + a > 1) valueError("must have exactly one of create/read/write/append mode");
  if (b && t) valueError("can't have text and binary mode at once");
  if (b && !isNone(encoding)) valueError("binary mode doesn't take an encoding argument");
  if (b && !isNone(errors)) valueError("binary mode doesn't take an errors argument");
  if (b && !isNone(newline)) valueError("binary mode doesn't take a newline argument");
  if (!isNone(encoding) && typeof encoding !== "string") typeError(`open() argument 'encoding' must be str or None, not ${typeOf(encoding).$name}`);
  if (!isNone(newline)) {
    if (typeof newline !== "string") typeError(`open() argument 'newline' must be str or None, not ${typeOf(newline).$name}`);
    if (!["", "\n", "\r", "\r\n"].includes(newline)) valueError(`illegal newline value: ${newline}`);
  }
  if (!b && buffering === 0) valueError("can't have unbuffered text I/O");
  if (r + w + x + a === 0) valueError("Must have exactly one of create/read/write/append mode and at most one plus");
  const f = new FileJs();
  let fd: number;
  let name: any = file;
  if (isInt(file) || typeof file === "boolean") {
    fd = Number(file);
    if (fd < 0) valueError("negative file descriptor");
    f.closefd = closefd === undefined ? true : !!closefd;
  } else {
    const path = fspath(file, "open");
    if (closefd === false) valueError("Cannot use closefd=False with file name");
    const flags = r ? (plus ? "r+" : "r") : w ? (plus ? "w+" : "w") : x ? (plus ? "wx+" : "wx") : plus ? "a+" : "a";
    try {
      fd = openSync(path, flags, 0o666);
    } catch (e: any) {
      throw osErrorFrom(e, file);
    }
    try {
      if (fstatSync(fd).isDirectory()) {
        closeSync(fd);
        throw osErrorFrom({ code: "EISDIR" }, file);
      }
    } catch (e) {
      throw osErrorFrom(e, file);
    }
  }
  f.fd = fd;
  f.name = name;
  f.mode = m;
  f.canRead = !!(r || plus);
  f.canWrite = !!(w || x || a || plus);
  f.append = !!a;
  f.binary = !!b;
  if (a) {
    try {
      f.bpos = fstatSync(fd).size;
    } catch {
      f.seekable = false;
    }
  }
  try {
    if (!fstatSync(fd).isFile()) f.seekable = false;
  } catch {
    /* keep */
  }
  if (b) {
    f.$cls = plus ? BufferedRandomType : r ? BufferedReaderType : BufferedWriterType;
    f.mode = (r ? "r" : w ? "w" : x ? "x" : "a") + "b" + (plus ? "+" : "");
  } else {
    f.$cls = TextIOWrapperType;
    f.encoding = isNone(encoding) ? "UTF-8" : encoding;
    f.enc = normEnc(f.encoding);
    if (!["utf-8", "utf-8-sig", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "iso-8859-15"].includes(f.enc)) {
      raise(T.LookupError, `unknown encoding: ${f.encoding}`);
    }
    f.errors = isNone(errors) ? "strict" : pyStr(errors);
    f.nl = isNone(newline) ? null : newline;
  }
  if (f.canWrite) trackWriter(f);
  return f;
}

// ---- module ----

defineModule(
  "io",
  (m) => {
    buildTypes();
    m.set("StringIO", StringIOType);
    m.set("BytesIO", BytesIOType);
    m.set("TextIOWrapper", TextIOWrapperType);
    m.set("BufferedReader", BufferedReaderType);
    m.set("BufferedWriter", BufferedWriterType);
    m.set("BufferedRandom", BufferedRandomType);
    m.set("IOBase", IOBase);
    m.set("RawIOBase", RawIOBase);
    m.set("BufferedIOBase", BufferedIOBase);
    m.set("TextIOBase", TextIOBase);
    m.set("UnsupportedOperation", UnsupportedOperation);
    m.set("DEFAULT_BUFFER_SIZE", 8192);
    m.set("SEEK_SET", 0);
    m.set("SEEK_CUR", 1);
    m.set("SEEK_END", 2);
    m.fn("open", "file, mode=, buffering=, encoding=, errors=, newline=, closefd=, opener=", openFile);
    m.fn("text_encoding", "encoding, stacklevel=, /", (e: any) => (isNone(e) ? "utf-8" : e));
  },
  {},
);

export function ioTypes() {
  buildTypes();
  return { StringIOType, BytesIOType, TextIOWrapperType, UnsupportedOperation };
}

export { callv, getattr, toArray, isSubtype };
