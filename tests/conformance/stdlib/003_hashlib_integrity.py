# A file-integrity checker: builds a manifest of digests for some in-memory "files",
# verifies it, detects tampering, and signs it with HMAC.
import hashlib
import hmac
import base64

files = {
    "README.md": b"# Project\n\nHello, world.\n",
    "src/main.py": b"print('hi')\n" * 50,
    "data.bin": bytes(range(256)) * 4,
    "empty.txt": b"",
}

def digest(data, algo="sha256", chunk=64):
    h = hashlib.new(algo)
    for i in range(0, len(data), chunk):
        h.update(data[i:i + chunk])
    return h.hexdigest()

manifest = {}
for name in sorted(files):
    manifest[name] = {a: digest(files[name], a) for a in ("md5", "sha1", "sha256")}
    print(f"{name:12} {len(files[name]):5} md5={manifest[name]['md5']} sha256={manifest[name]['sha256'][:16]}...")

# verify: identical content -> ok; tampered content -> mismatch
files["src/main.py"] = files["src/main.py"].replace(b"hi", b"ho", 1)
for name in sorted(files):
    ok = hmac.compare_digest(digest(files[name]), manifest[name]["sha256"])
    print(name, "OK" if ok else "MODIFIED")

# one-shot vs incremental, copies, sizes
h = hashlib.sha512(b"abc")
c = h.copy()
c.update(b"def")
print(h.name, h.digest_size, h.block_size, h.hexdigest()[:32], c.hexdigest()[:32])
print(hashlib.sha512(b"abcdef").hexdigest() == c.hexdigest())
for algo in ["sha224", "sha384", "sha3_256", "blake2b", "blake2s"]:
    print(algo, hashlib.new(algo, b"integrity").hexdigest()[:24])
print(hashlib.md5(b"abc").digest(), hashlib.shake_128(b"abc").hexdigest(8))

# signing the manifest
lines = "\n".join(f"{k} {v['sha256']}" for k, v in sorted(manifest.items())).encode()
key = b"secret-key"
sig = hmac.new(key, lines, hashlib.sha256)
print(sig.name, sig.digest_size, sig.hexdigest())
print(base64.b64encode(sig.digest()).decode())
print(hmac.compare_digest(sig.hexdigest(), hmac.new(key, lines, "sha256").hexdigest()))
print(hmac.digest(key, b"msg", "sha1").hex())

# key derivation
dk = hashlib.pbkdf2_hmac("sha256", b"correct horse", b"salt1234", 2000, dklen=24)
print(dk.hex())

try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("rot13")
except ValueError as e:
    print("ValueError:", e)
