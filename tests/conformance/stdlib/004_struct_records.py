# A binary record packer: fixed-size records with a header, packed with struct,
# written to a bytearray, read back with unpack_from/iter_unpack, and checksummed.
import struct
import binascii

HEADER = struct.Struct("<4sHHI")          # magic, version, count, crc32
RECORD = struct.Struct("<I16sdhB?3x")     # id, name, balance, delta, flags, active, pad
print(HEADER.size, RECORD.size, HEADER.format, RECORD.format)

people = [
    (1, "alice", 1523.75, -12, 3, True),
    (2, "bob", 0.1, 300, 0, False),
    (3, "a very long name that gets truncated", -42.5, -32768, 255, True),
]
body = bytearray(RECORD.size * len(people))
for i, (pid, name, bal, delta, flags, active) in enumerate(people):
    RECORD.pack_into(body, i * RECORD.size, pid, name.encode(), bal, delta, flags, active)
crc = binascii.crc32(body)
blob = HEADER.pack(b"RECS", 1, len(people), crc) + bytes(body)
print(len(blob), hex(crc), blob[:12].hex(" "))

magic, version, count, crc2 = HEADER.unpack_from(blob)
print(magic, version, count, crc2 == binascii.crc32(blob[HEADER.size:]))
for rec in RECORD.iter_unpack(blob[HEADER.size:]):
    pid, name, bal, delta, flags, active = rec
    print(pid, name.rstrip(b"\0").decode(), bal, delta, flags, active)
print(RECORD.unpack_from(blob, HEADER.size + RECORD.size)[1])

# native alignment vs standard sizes
for fmt in ["@bhiq", "=bhiq", "@ci", "@i0q", "!HHL", "<5s3p2x?e", "@qqc"]:
    print(fmt, struct.calcsize(fmt))
print(struct.pack(">IHB", 0xDEADBEEF, 0xCAFE, 7).hex(), struct.pack("<h", -2), struct.pack("!d", 1.5))
print(struct.unpack("<Qq", b"\xff" * 16), struct.unpack(">f", struct.pack(">f", 0.1)))
print(struct.pack("<e", 3.14159), struct.unpack("<e", b"\x48\x42"), struct.pack("5p", b"hi"))

# errors
for fmt, args in [("<h", (40000,)), ("<B", (-1,)), (">i", (2**31,)), ("<q", (2**63,)), ("<i", (1.5,)), ("c", (b"ab",)), ("<2i", (1,)), ("<y", (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(fmt, "struct.error:", e)
try:
    struct.unpack("<i", b"abc")
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack_from("<i", b"abcdef", 4)
except struct.error as e:
    print("struct.error:", e)
