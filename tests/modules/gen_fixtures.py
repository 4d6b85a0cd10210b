#!/usr/bin/env python3
"""Writes tests/modules/fixtures/<module>.json: each case's code and CPython 3.11's output.

Output is stdout, plus "!! <last stderr line>" when the snippet exits with an error.
Usage: python3 tests/modules/gen_fixtures.py
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = {
    "re": {
        "match_groups": r"""
import re
m = re.match(r'(\w+) (\w+)', 'hello world foo')
print(m, m.group(0), m.group(1, 2), m.groups(), m.span(2), m.start(1), m.end(2), m.regs)
""",
        "named_groups": r"""
import re
p = re.compile(r'(?P<key>\w+)=(?P<val>\d+)', re.I)
m = p.search('  abc=123 ')
print(p, p.groups, p.groupindex, p.flags, m.groupdict(), m['key'], m.lastindex, m.lastgroup, m.pos, m.endpos)
print(re.sub(r'(?P<x>a)', r'\g<x>\g<0>\g<1>', 'bab'), re.search(r'(?P<q>["\']).*?(?P=q)', 'say "hi" now'))
""",
        "findall_finditer": r"""
import re
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2c3'), re.findall(r'(a)|(b)', 'ab'))
print([m.span() for m in re.finditer(r'\b\w', 'hi there you')], re.findall(r'', 'ab'), re.findall(r'a*', 'baaac'))
""",
        "sub_subn": r"""
import re
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@example bob@host'), re.sub('x*', '-', 'abxd'), re.sub(r'\b', '|', 'hi there'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'), re.subn('a', 'b', 'aaa', 2), re.sub('a', r'\\', 'bab'))
print(re.sub('a', lambda m: None, 'bab'), re.sub('a|', '-', 'baac'), re.sub(r'(a)|b', r'[\1]', 'abc'))
""",
        "split": r"""
import re
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'\W+', 'Words, words, words.', 1), re.split(r'x*', 'axbc'))
print(re.split(r'', 'abc'), re.split(r'(?=b)', 'abab'), re.split(r'(a)|(b)', 'xaybz'), re.split(':', 'a:b:c', maxsplit=1))
""",
        "anchors_flags": r"""
import re
print(re.search(r'^b', 'a\nb', re.M), re.search(r'a$', 'a\n'), re.search(r'a\Z', 'a\n'))
print(re.findall(r'(?m)^\w', 'ab\ncd\n'), re.findall(r'\w$', 'ab\ncd\n'), re.findall(r'.', 'a\nb'), re.findall(r'(?s).', 'a\nb'))
print(re.match('(?i:H)ello', 'hello'), re.match('(?i:H)ello', 'hELLO'), re.findall(r'(?i)a(?-i:b)c', 'ABC AbC'))
print(re.compile(r'''
   \d+  # digits
   \.   # dot
''', re.X).findall('1.2.33.'), re.I | re.M, re.compile('a', re.I | re.S))
""",
        "unicode": r"""
import re
print(re.findall(r'\w+', 'héllo wörld 123 ñ_x'), re.findall(r'\d', '١٢3'), re.findall(r'(?a)\w+', 'héllo'))
print(re.findall(r'\s', 'a\u00a0b\u2003c\x1cd\ufeffe'), re.match('😀(.)', '😀😀x').span(1), re.findall(r'(?i)straße', 'STRAßE straße'))
""",
        "advanced": r"""
import re
print(re.findall(r'(?>a+)b', 'aaab'), re.findall(r'a++b', 'aaab aaa'), re.findall(r'(a)?(?(1)b|c)', 'ab c b'))
print(re.search('(?<=abc)def', 'abcdef'), re.search('(?<!x)y', 'xyay'), re.fullmatch(r'a|ab', 'ab'))
print(re.compile('ab').match('xxab', 2), re.compile('ab').match('xxab', 2, 3), re.compile('^ab').search('xxab', 2))
""",
        "escape_bytes": r"""
import re
print(re.escape('a.b*c d-e#f~'), re.escape(b'a.b'), re.findall(rb'\d', b'a1b2'), re.sub(b'a', b'\\n', b'a'))
""",
        "errors": r"""
import re
for e in ['(', ')', 'a**', '*a', '[a', r'\q', '(?P<1>a)', '(?P<a>x)(?P<a>y)', r'(?P=b)', '(?<=a+)b', r'\2(a)', 'a{3,2}', '(?z)', 'a(?i)b', '[z-a]']:
    try:
        re.compile(e)
    except re.error as ex:
        print(e, '|', ex, '|', ex.msg, ex.pos, ex.lineno, ex.colno)
for tpl in [r'\3', r'\g<x>', r'\g<2', r'\q']:
    try:
        re.sub('(a)(b)', tpl, 'ab')
    except Exception as ex:
        print(tpl, type(ex).__name__, ex)
try:
    re.search('a', b'a')
except TypeError as ex:
    print(ex)
""",
        "uncaught_error": r"""
import re
re.compile('a(b')
""",
    },
    "random": {
        "seed_int": r"""
import random
random.seed(42)
print(random.random(), random.randint(1, 6), random.randrange(10), random.randrange(0, 100, 7), random.randrange(10, 0, -3))
print(random.choice('abcdef'), random.getrandbits(1), random.getrandbits(40), random.getrandbits(200))
""",
        "shuffle_sample_choices": r"""
import random
random.seed(7)
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample(range(1000), 30), random.sample(['a', 'b'], counts=[3, 2], k=4))
print(random.choices('abc', k=5), random.choices('abc', weights=[1, 5, 10], k=6), random.choices(range(4), cum_weights=[1, 2, 3, 10], k=4))
""",
        "distributions": r"""
import random
random.seed(12345)
print(random.uniform(1, 10), random.triangular(0, 10, 2), random.gauss(), random.gauss(5, 2), random.normalvariate(10, 3))
print(random.expovariate(1.5), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.gammavariate(0.5, 1), random.gammavariate(3, 2))
print(random.betavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 2))
""",
        "seeds": r"""
import random
for s in ['hello', b'hello', 3.7, -5, 2**100, 0]:
    random.seed(s)
    print(repr(s), random.random())
random.seed('hello', version=1)
print(random.random(), random.randbytes(9), random.randrange(10**30))
""",
        "state_and_classes": r"""
import random
r = random.Random(7)
s = r.getstate(); a = r.random(); r.setstate(s)
print(a == r.random(), len(s[1]), s[0], r.randint(0, 10))
class MyR(random.Random):
    def random(self):
        return 0.5
m = MyR(1)
print(m.choice('abcd'), m.randrange(100), m.uniform(0, 10))
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.choice([]), lambda: random.sample([1], 2), lambda: random.choices('ab', [1])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
""",
    },
    "hashlib": {
        "digests": r"""
import hashlib
for n in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_256', 'sha3_512']:
    h = hashlib.new(n, b'hello')
    h.update(b' world')
    c = h.copy(); c.update(b'!')
    print(n, h.hexdigest(), c.hexdigest()[:16], h.digest_size, h.block_size, h.name)
print(hashlib.md5(b'abc').digest(), hashlib.shake_128(b'x').hexdigest(10), hashlib.sha256(bytearray(b'abc')).hexdigest())
""",
        "hmac_pbkdf2": r"""
import hashlib, hmac
h = hmac.new(b'key', b'msg', 'sha256'); print(h.hexdigest(), h.name, h.digest_size, h.block_size)
h2 = hmac.new(b'key', digestmod=hashlib.sha1); h2.update(b'a'); c = h2.copy(); c.update(b'b'); print(h2.hexdigest(), c.hexdigest())
print(hmac.new(b'k' * 200, b'm', hashlib.sha512).hexdigest()[:32], hmac.digest(b'k', b'm', 'md5'), hmac.compare_digest('ab', 'ac'))
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex())
""",
        "errors": r"""
import hashlib, hmac
for f in [lambda: hashlib.md5('x'), lambda: hashlib.new('foo'), lambda: hmac.new(b'k', b'm')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
""",
    },
    "struct": {
        "pack_unpack": r"""
import struct
print(struct.pack('>IHB', 0xdeadbeef, 0xcafe, 1), struct.unpack('<Qq', b'\xff' * 16), struct.unpack('@hq', bytes(16)))
print(struct.pack('e', 1.5), struct.pack('<f', 3.14), struct.unpack('<f', struct.pack('<f', 3.14)), struct.pack('>d', -0.0))
print(struct.pack('3p', b'abcdef'), struct.pack('5p', b'ab'), struct.unpack('5p', b'\x09abcd'), struct.unpack('??', b'\x00\x05'))
print(struct.pack('<3s', b'abcdef'), struct.pack('<5s', b'ab'), struct.unpack('<2c', b'xy'), struct.unpack('<xhx', b'\x00\x01\x00\x00'))
""",
        "calcsize_struct": r"""
import struct
print(struct.calcsize('@bhiqc'), struct.calcsize('@ci'), struct.calcsize('@i0q'), struct.calcsize('=bhiq'), struct.calcsize('5s3p2x?ePnN'))
s = struct.Struct('<hi4s'); print(s.format, s.size, struct.Struct(b'>i').format, s.pack(1, 2, b'ab'), s.unpack(b'\x01\x00\x02\x00\x00\x00abcd'))
ba = bytearray(6); struct.pack_into('<h', ba, 1, -2); print(ba, struct.unpack_from('<h', ba, 1), list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')))
""",
        "half_floats": r"""
import struct
print(struct.unpack('<e', struct.pack('<e', 0.1)), struct.pack('<e', 65504), struct.pack('<e', 1e-8), struct.pack('<e', 65519.0), struct.pack('<e', 5.96e-8), struct.pack('<e', 0.00006))
try:
    struct.pack('<e', 65520.0)
except OverflowError as e:
    print(e)
""",
        "range_errors": r"""
import struct
for f, v in [('b', 200), ('B', -1), ('h', 40000), ('H', -1), ('i', 2**31), ('I', -1), ('l', 2**31), ('L', 2**32), ('q', 2**63), ('Q', -1)]:
    for mode in '@<>':
        try:
            struct.pack(mode + f, v)
        except struct.error as e:
            print(mode + f, v, e)
""",
        "other_errors": r"""
import struct
for args in [('i', 1.5), ('c', b'ab'), ('s', 'x'), ('f', 'x'), ('ii', 1), ('z', 1), ('<n', 1), ('3', 1)]:
    try:
        struct.pack(*args)
    except Exception as e:
        print(args, type(e).__name__, e)
for f in [lambda: struct.unpack('i', b'abc'), lambda: struct.unpack_from('i', b'abcdef', 4), lambda: struct.pack_into('i', bytearray(6), -10, 1), lambda: list(struct.iter_unpack('i', b'abcde'))]:
    try:
        f()
    except struct.error as e:
        print(e)
""",
    },
}


def run(code):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=60)
    out = r.stdout.decode("utf-8")
    if r.returncode != 0:
        lines = [l for l in r.stderr.decode("utf-8").splitlines() if l.strip()]
        out += "!! " + (lines[-1] if lines else "") + "\n"
    return out


def main():
    for mod, cases in CASES.items():
        data = [{"name": name, "code": code.lstrip("\n"), "out": run(code.lstrip("\n"))} for name, code in cases.items()]
        with open(os.path.join(HERE, "fixtures", mod + ".json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(mod, len(data), "cases")


if __name__ == "__main__":
    main()
