# Tokens and identifiers: base64/base32/base16/base85, binascii, and uuid.
import base64
import binascii
import uuid

payload = b"user=42;role=admin;\xff\x00"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                 (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode)]:
    e = enc(payload)
    print(enc.__name__, e, dec(e) == payload)
print(base64.b64decode("dXNlcj00Mg"+"=="), base64.encodebytes(payload * 3))
for s, v in [("dXNlcj00Mg", False), ("dXNl cj00Mg==", False), ("dXNl cj00Mg==", True)]:
    try:
        print(base64.b64decode(s, validate=v))
    except binascii.Error as e:
        print("binascii.Error:", e)
print(binascii.hexlify(payload, "-", 4), binascii.unhexlify("48656c6c6f"), binascii.crc32(payload))

ns = uuid.NAMESPACE_URL
ids = [uuid.uuid5(ns, f"https://example.com/item/{i}") for i in range(3)]
for u in ids:
    print(u, u.version, u.hex[:8], u.int % 1000)
print(sorted(ids)[0] == min(ids), uuid.uuid3(uuid.NAMESPACE_DNS, "example.com"))
u = uuid.UUID("{00010203-0405-0607-0809-0a0b0c0d0e0f}")
print(repr(u), u.urn, u.fields, u.bytes_le.hex(), u.variant)
r = uuid.uuid4()
print(r.version, r.variant, uuid.UUID(r.hex) == r, len(r.urn))
