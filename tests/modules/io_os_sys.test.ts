import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mod, call, meth, list, pyError, repr, None } from "./helpers.js";
import { builtins } from "../../src/lang/runtime/builtins.js";
import { PyBytes } from "../../src/lang/runtime/index.js";

const io = mod("io");
const os = mod("os");
const sys = mod("sys");
const path = os.path.$d;

test("StringIO read/write/seek/iteration", () => {
  const s = call(io.StringIO, ["a\nb\n"]);
  assert.equal(meth(s, "readline"), "a\n");
  assert.equal(meth(s, "read"), "b\n");
  meth(s, "seek", 0, 2);
  assert.equal(meth(s, "write", "cé"), 2);
  assert.equal(meth(s, "getvalue"), "a\nb\ncé");
  meth(s, "close");
  assert.equal(pyError(() => meth(s, "read")), "ValueError: I/O operation on closed file");
});

test("BytesIO", () => {
  const b = call(io.BytesIO, [new PyBytes(new Uint8Array([97, 10, 98]))]);
  assert.equal(repr(meth(b, "readline")), "b'a\\n'");
  assert.equal(pyError(() => meth(b, "write", "x")), "TypeError: a bytes-like object is required, not 'str'");
});

test("open(): text modes, universal newlines, errors", () => {
  const dir = mkdtempSync(join(tmpdir(), "tauraro-io-"));
  try {
    const p = join(dir, "f.txt");
    writeFileSync(p, "one\r\ntwo\rthree\n");
    const f = call(builtins.open, [p]);
    assert.equal(repr(meth(f, "readlines")), "['one\\n', 'two\\n', 'three\\n']");
    meth(f, "close");
    const w = call(builtins.open, [p, "w"], { encoding: "utf-8" });
    meth(w, "write", "é\n");
    meth(w, "close");
    assert.equal(readFileSync(p, "utf8"), "é\n");
    const err = pyError(() => call(builtins.open, [join(dir, "missing")]));
    assert.equal(err, `FileNotFoundError: [Errno 2] No such file or directory: '${join(dir, "missing")}'`);
    assert.equal(pyError(() => call(builtins.open, [p, "rw"])), "ValueError: must have exactly one of create/read/write/append mode");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("os and os.path", () => {
  assert.equal(call(path.join, ["a", "b", "/c", "d"]), "/c/d");
  assert.equal(path.normpath("/a/./b/../c//"), "/a/c");
  assert.equal(repr(path.splitext("x.tar.gz")), "('x.tar', '.gz')");
  assert.equal(repr(path.split("/a/b/")), "('/a/b', '')");
  assert.equal(path.relpath("/a/b/c", "/a/x"), "../b/c");
  assert.equal(path.basename("/a/b"), "b");
  const dir = mkdtempSync(join(tmpdir(), "tauraro-os-"));
  try {
    call(os.makedirs, [join(dir, "x/y")]);
    writeFileSync(join(dir, "x/y/f"), "hi");
    assert.equal(path.getsize(join(dir, "x/y/f")), 2);
    assert.equal(repr(os.listdir(join(dir, "x"))), "['y']");
    assert.match(pyError(() => os.mkdir(join(dir, "x"))), /FileExistsError: \[Errno 17\] File exists/);
    assert.equal(path.isdir(join(dir, "x")), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.equal(os.getenv("TAURARO_SURELY_UNSET"), None);
});

test("sys basics", () => {
  assert.equal(repr(sys.version_info), "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)");
  assert.equal(sys.maxsize, 9223372036854775807n);
  assert.equal(pyError(() => sys.exit(2)), "SystemExit: 2");
  assert.ok(sys.modules.m.has("sys"));
  void list;
});
