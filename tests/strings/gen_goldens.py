#!/usr/bin/env python3
"""Writes JSON golden fixtures for tests/strings/*.test.ts (run with CPython 3.11).

Floats are encoded as their repr strings ('nan', 'inf', '-0.0' included). An expected
exception is encoded as {"err": "TypeName: message"}.
"""
import json, math, os, random, struct, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures")
os.makedirs(OUT, exist_ok=True)
R = random.Random(20240611)


def err(e):
    return {"err": type(e).__name__ + ": " + str(e)}


def attempt(f):
    try:
        return f()
    except Exception as e:  # noqa
        return err(e)


def dump(name, data):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
        json.dump(data, fh, separators=(",", ":"))


def rand_double():
    k = R.random()
    if k < 0.25:  # random bit pattern
        while True:
            x = struct.unpack("<d", struct.pack("<Q", R.getrandbits(64)))[0]
            if math.isfinite(x):
                return x
    if k < 0.45:  # short decimals (many exact ties in binary)
        return float(f"{R.randint(-99999, 99999)}e{R.randint(-8, 8)}")
    if k < 0.65:  # dyadic rationals: exact halves at some decimal position
        return R.randint(-(1 << 20), 1 << 20) / (1 << R.randint(0, 12))
    if k < 0.8:
        return R.uniform(-1000, 1000)
    if k < 0.9:
        return R.choice([1.0, -1.0]) * 10.0 ** R.randint(-30, 30) * R.choice([1, 1.5, 9.999999, 5, 2.5])
    return R.choice([1.0, -1.0]) * R.random() * 10.0 ** R.randint(-320, 308)


SPECIALS = [0.0, -0.0, 0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 0.1, 0.2, 0.3, 1e16, 1e15,
            123456789012345.0, 1234567890123456.0, 12345678901234567.0, 1e-5, 1e-4, 0.0001, 0.00012345,
            1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9.999999999999999e22, 1e22, 1e21,
            1e23, 2.0, 100.0, 1e100, 0.05, 0.15, 0.25, 0.35, 0.45, 9.5, 10.5, 99.5, 999.5, 0.995, 9.995,
            float("inf"), float("-inf"), float("nan"), 4503599627370496.5 - 0.5, 2.0**52 + 1, 2.0**53, 2.0**63,
            1e-7, 123.456, -123.456, 1e-310, 3.14159, 2.718281828459045, 1/3, 2/3]

FLOAT_FMTS = ["%.0f", "%.1f", "%.2f", "%.3f", "%.6f", "%.12f", "%.20f", "%f", "%#.0f",
              "%.0e", "%.1e", "%.3e", "%e", "%.16e", "%.25e", "%#.0e", "%E",
              "%g", "%.0g", "%.1g", "%.2g", "%.3g", "%.10g", "%.17g", "%#g", "%#.3g", "%G", "%#.0g"]
ROUNDS = [0, 1, 2, 3, 5, 10, 15, -1, -2, -5, 300, -300]


def floats():
    xs = SPECIALS + [rand_double() for _ in range(320)]
    rows = []
    for x in xs:
        rows.append([repr(x), repr(x), [f % x for f in FLOAT_FMTS],
                     [attempt(lambda: repr(round(x, n))) for n in ROUNDS]])
    reprs = [[repr(y)] for y in (rand_double() for _ in range(2500))]
    # extreme exponents
    for e in range(-1074, 1024, 3):
        y = math.ldexp(R.random() + 0.5, e) if e < 1023 else 1.5 * 2.0 ** 1023
        reprs.append([repr(y)])
    dump("floats.json", {"fmts": FLOAT_FMTS, "rounds": ROUNDS, "rows": rows, "reprs": reprs})


CP_STRS = ["", "a", "hello", "h\u00e9llo w\u00f6rld", "\U0001F600", "a\U0001F600b\U0001F601c", "\U0001F600\U0001F601\U0001F602",
            "x\u4e2d\u6587\U00020000y", "abc\U0001F44D\U0001F3FDdef", "0123456789"]


def codepoints():
    rows = []
    opts = [None, 0, 1, 2, -1, -2, 3, 5, -5, 100, -100]
    for s in CP_STRS:
        idx = [[i, s[i] if -len(s) <= i < len(s) else None] for i in range(-len(s) - 2, len(s) + 2)]
        sl = []
        for _ in range(120):
            a, b = R.choice(opts), R.choice(opts)
            c = R.choice([None, 1, 1, 2, 3, -1, -2, -3, 0])
            sl.append([a, b, c, attempt(lambda: s[a:b:c])])
        rows.append([s, len(s), idx, sl])
    dump("codepoints.json", rows)


def enc(v):
    if isinstance(v, bool):
        return ["b", v]
    if isinstance(v, int):
        return ["i", str(v)]
    if isinstance(v, float):
        return ["f", repr(v)]
    return ["s", v]


INT_VALS = [0, 1, -1, 7, -42, 255, 1000, -1234, 65, 1234567, -9876543210, 2**53 + 1, -(2**64), 10**30, 0x1F600, 0x110000]
FLT_VALS = [0.0, -0.0, 1.0, -1.5, 2.5, 0.125, 1234.5, -1234567.891, 1e16, 1e-5, 123456789.125, 3.14159265358979,
            1e100, -2.675, 0.5, 9.995, 1e22, 5e-324, float("inf"), float("-inf"), float("nan"), -0.0004, 100.0]
STR_VALS = ["", "a", "abc", "hello world", "h\u00e9llo", "\U0001F600x", "\u4e2d\u6587"]


def rand_spec():
    parts = []
    fa = R.choice(["", "", "", "<", ">", "^", "=", "x<", "*>", "0^", "\U0001F600=", " <", "0="])
    parts.append(fa)
    parts.append(R.choice(["", "", "", "+", "-", " "]))
    parts.append(R.choice(["", "", "", "", "", "z"]))
    parts.append(R.choice(["", "", "", "#"]))
    parts.append(R.choice(["", "", "", "0"]))
    parts.append(R.choice(["", "", "1", "5", "8", "10", "13", "20"]))
    parts.append(R.choice(["", "", "", "", ",", "_"]))
    parts.append(R.choice(["", "", "", ".0", ".1", ".2", ".3", ".6", ".12", ".20", "."]))
    parts.append(R.choice(["", "", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s", "q"]))
    return "".join(parts)


FIXED_SPECS = ["", "d", ",", "_", "08,", "09,", "010,", "0=10,", "0<10,", "#_b", "_x", "#010x", "+.3f", ".3", ".0",
               "#", "#.0", "%", ".1%", ",.2f", "z.1f", "z", "n", "e", "g", ".17g", "abc", ",_", "_,", ",,", ".", ".2d",
               "+c", "#c", ",c", "05c", "^5c", "x<5c", "99999999999999999999d", ".99999999999999999999f", "\u00e9", "\x01",
               "=^5", "010", "010,", "=+10", "^010", "s", ".1", "^7", "x^7", "\U0001F600^7", "#=", "=.2", "+z#=", "z#=",
               ">+#0", "_.3f", "0>12_.4e", "_n", ",n", "_s", "010.3", "-^+10", ":"]


def formatspec():
    rows = []
    for spec in FIXED_SPECS + [rand_spec() for _ in range(650)]:
        vals = R.sample(INT_VALS, 3) + R.sample(FLT_VALS, 4) + R.sample(STR_VALS, 1)
        if spec in FIXED_SPECS:
            vals = INT_VALS + FLT_VALS + STR_VALS + [True]
        rows.append([spec, [[enc(v), attempt(lambda: format(v, spec))] for v in vals]])
    dump("formatspec.json", rows)


SM_STRS = ["", " ", "a", "abc", "Hello World", "  hello  world  ", "\thello\nworld\r\n", "a,b,,c,", ",a,b,", "aaa", "abcabcabc",
           "hello_World-foo bar", "HELLO", "hELLO wORLD", "ß", "straße", "\u0130stanbul", "\u03a3\u0391\u03a3", "\u039f\u0394\u039f\u03a3 \u03a3",
           "\u01c4\u01c5\u01c6 \u01f1x", "\u10d0\u10d1", "\ufb01ne \ufb00", "12345", "\u00b2\u00b3", "\u0661\u0662", "\u4e00\u4e8c\u4e09",
           "\u2160\u2161", "\u00bd", "x\u00a0y\u2003z\u3000", "a\x1cb\x1dc\x1ed\x85e\u2028f\u2029g\x0bh\x0ci",
           "\U0001F600 smile \U0001F600", "caf\u00e9 \u00e9t\u00e9", "\u4e2d\u6587 \u5b57", "tab\tsep\tx", "01\t012\t0123\t01234\n\t.",
           "-42", "+7", "'quoted'", '"dq"', "both ' and \"", "back\\slash", "\x00\x07\x7f\x80\x9f\xa0\xad", "\u200b\u200e\ufeff",
           "\ud800x", "\U0010FFFF\U000E0001", "_ident1", "1abc", "class", "\u00e9t\u00e9", "Title Case String", "Title case", "ǅungla",
           "mIxEd 123 CaSe", "under_score__x", "a\u0345b", "\u1fb3\u1f80", "\u0149x", "\u13a0\uab70", "\u0131", "\u1e9e"]

SUBS = ["", "a", "b", "ab", "abc", "l", "o", " ", ",", "\U0001F600", "\u00e9", "xyz", "\t", "ss"]
POS = [None, 0, 1, 2, -1, -3, 5, 100, -100]


def sm_cases():
    out = []
    def add(m, s, *args):
        out.append([m, s, list(args), attempt(lambda: call(m, s, args))])
    for s in SM_STRS:
        for m in ["upper", "lower", "casefold", "swapcase", "title", "capitalize", "isdigit", "isdecimal", "isnumeric",
                  "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable",
                  "isascii", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "__repr__", "__ascii__",
                  "expandtabs", "__len__"]:
            add(m, s)
        add("splitlines", s, True)
        add("expandtabs", s, 4)
        add("expandtabs", s, 0)
        for sep in [None, " ", ",", "a", "", "ab", "\U0001F600"]:
            for mx in [-1, R.choice([0, 1, 2])]:
                add("split", s, sep, mx)
                add("rsplit", s, sep, mx)
        for ch in R.sample([" ", "a", "ab", " \t", "\U0001F600 ", "h", "\u00e9"], 3):
            add("strip", s, ch); add("lstrip", s, ch); add("rstrip", s, ch)
        for w in [R.choice([0, 5]), R.choice([10, 11])]:
            add("center", s, w); add("ljust", s, w, "*"); add("rjust", s, w, "\U0001F600"); add("zfill", s, w)
        add("center", s, 9, "ab")
        for sub in R.sample(SUBS, 4):
            add("partition", s, sub); add("rpartition", s, sub)
            add("removeprefix", s, sub); add("removesuffix", s, sub)
            add("replace", s, sub, "X"); add("replace", s, sub, "\U0001F601", 2)
            for _ in range(1):
                a, b = R.choice(POS), R.choice(POS)
                for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
                    add(m, s, sub, a, b)
            for m in ["find", "rfind", "count", "startswith", "endswith"]:
                add(m, s, sub)
        add("startswith", s, ["x", "H", "a", ""], 1)
        add("endswith", s, ["d", "\U0001F600"])
        for enc in ["utf-8", "ascii", "latin-1"]:
            for errs in R.sample(["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"], 2):
                add("encode", s, enc, errs)
    add("translate", "hello world", [[ord("l"), "L"], [ord("o"), None], [ord("w"), 0x1F600]])
    add("maketrans", "abc", "xyz", "h")
    add("maketrans", "abc", "xy")
    add("join", ",", ["a", "b", "\U0001F600"])
    add("encode", "x", "nope")
    add("encode", "\u00e9", "ascii", "bogus")
    for bs in [b"hello", b"\xff", b"\xc3\xa9", b"\xc3", b"\xe2\x82", b"\xe2\x82x", b"\xed\xa0\x80", b"\xf0\x9f\x98\x80",
               b"\xf0\x9f\x98", b"a\x80b", b"\xc0\xaf", b"\xf5", b"\xf4\x90\x80\x80", b"\xe0\x80\x80", b"ok\xffok\xfe\xfd",
               b"\xef\xbb\xbfbom"]:
        for enc in ["utf-8", "ascii", "latin-1"]:
            for errs in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
                out.append(["decode", list(bs), [enc, errs], attempt(lambda: bs.decode(enc, errs))])
    return out


def call(m, s, args):
    if m == "__repr__":
        return repr(s)
    if m == "__ascii__":
        return ascii(s)
    if m == "__len__":
        return len(s)
    if m in ("startswith", "endswith") and args and isinstance(args[0], list):
        args = (tuple(args[0]),) + tuple(args[1:])
    if m == "translate":
        return s.translate(dict(args[0]))
    if m == "maketrans":
        return sorted(str.maketrans(s, *args).items())
    if m == "join":
        return s.join(args[0])
    if m in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
        while args and args[-1] is None and len(args) > 1:
            if len(args) == 3 and args[1] is not None:
                break
            args = args[:-1]
    r = getattr(s, m)(*args)
    if isinstance(r, bytes):
        return list(r)
    if isinstance(r, tuple):
        return list(r)
    return r


def strmethods():
    cases = sm_cases()
    import unicodedata
    cps = list(range(0, 0x250)) + R.sample(range(0x250, 0x30000), 1500)
    chars = []
    preds = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle",
             "isidentifier", "isprintable"]
    for c in cps:
        if 0xD800 <= c < 0xE000 or unicodedata.category(chr(c)) == "Cn":
            continue
        ch = chr(c)
        mask = sum(1 << i for i, p in enumerate(preds) if getattr(ch, p)())
        chars.append([c, mask, ch.upper(), ch.lower(), ch.title(), ch.casefold(), ch.swapcase(), repr(ch)])
    dump("strmethods.json", {"cases": cases, "preds": preds, "chars": chars})


def enc2(v):
    if v is None:
        return ["n", None]
    return enc(v)


PCT_VALS = [0, 1, -1, 42, -255, 65, 3000000000, 2**70, -(2**64), True, False, None, 0.0, -0.0, 1.5, -2.5, 3.99, 1e16, 1e-5,
            123.456, float("inf"), float("-inf"), float("nan"), 2.675, "", "a", "abc", "h\u00e9llo", "\U0001F600", "it's", 0x10FFFF]
PCT_FIXED = ["%s", "%r", "%a", "%d", "%i", "%u", "%x", "%X", "%o", "%e", "%E", "%f", "%F", "%g", "%G", "%c", "%%", "%5%", "%",
             "%5", "%y", "%\u00e9", "abc", "", "%s %s", "%*d", "%-*d|", "%.*f", "%ld %hi %Lf", "%(a)s", "%(a", "%5.2f %s %r %d %x %o %e %g %c %%"]


def rand_pct():
    out = []
    for _ in range(R.choice([1, 1, 1, 2, 3])):
        out.append(R.choice(["", "", "x", " | ", "\u00e9"]))
        spec = "%" + "".join(R.sample(["-", "+", " ", "#", "0", "", "", ""], R.choice([0, 1, 2])))
        spec += R.choice(["", "", "", "1", "5", "12", "*", "05"])
        spec += R.choice(["", "", "", ".0", ".2", ".5", ".*", ".10"])
        spec += R.choice("sradiuxXoeEfFgGc") if R.random() < 0.95 else R.choice(["%", "q", "l"])
        out.append(spec)
    return "".join(out)


def percent():
    rows = []
    def add(fmt, operand):
        if operand[0] == "tuple":
            a = tuple(operand[1])
            e = [enc2(v) for v in operand[1]]
        elif operand[0] == "dict":
            a = dict(operand[1])
            e = [[k, enc2(v)] for k, v in operand[1]]
        else:
            a = operand[1]
            e = enc2(a)
        rows.append([fmt, operand[0], e, attempt(lambda: fmt % a)])
    for fmt in PCT_FIXED:
        for v in PCT_VALS:
            add(fmt, ("single", v))
        add(fmt, ("tuple", []))
        add(fmt, ("tuple", [5, 3]))
        add(fmt, ("tuple", [2, 3.14159, 4]))
        add(fmt, ("dict", [("a", 1)]))
    for _ in range(2500):
        fmt = rand_pct()
        need = fmt.count("%") + fmt.count("*")
        k = max(0, need + R.choice([0, 0, 0, 0, -1, 1]))
        small = [v for v in PCT_VALS if not (isinstance(v, int) and abs(v) > 1000 and abs(v) < 2**63)]
        vals = [R.choice(PCT_VALS) if "*" not in fmt else R.choice([R.choice(small), R.randint(-8, 8)]) for _ in range(k)]
        add(fmt, ("tuple", vals) if k != 1 or R.random() < 0.5 else ("single", vals[0]))
    for fmt in ["%(a)s %(b)r", "%(a)d|%(b)5s", "%(x)s %s", "%(a)s %(a)s", "%(a)-8.3f|", "%(missing)s", "%s", "%(a)(b))s", "%(a)*d"]:
        add(fmt, ("dict", [("a", 1.5), ("b", "x"), ("a)(b)", 7), ("x", None)]))
    dump("percent.json", rows)


class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def enc3(v):
    if isinstance(v, P):
        return ["obj", {k: enc3(x) for k, x in v.__dict__.items()}]
    if isinstance(v, list):
        return ["list", [enc3(x) for x in v]]
    if isinstance(v, dict):
        return ["dict", [[k, enc3(x)] for k, x in v.items()]]
    return enc2(v)


SF_ARGS = [1, "abc", 2.5, [10, "x", [7, 8]], {"k": "v", "n": 3, 1: "one"}, P(x=1, y="two", p=P(z=3.25)), -42, True, None, 1e16, "\U0001F600"]
SF_KW = {"name": "Bob", "n": 7, "f": 0.1, "lst": [1, 2, 3], "obj": P(a="A", b=[4, 5]), "w": 10, "p": 3}
SF_FIXED = ["", "plain", "{}", "{} {}", "{0} {1} {0}", "{} {1}", "{0} {}", "{name}", "{name!r}", "{name!s:>10}", "{name!a}", "{1!r}",
            "{10!r}", "{0.real}", "{3[0]} {3[2][1]}", "{4[k]} {4[1]}", "{4[missing]}", "{5.x} {5.y} {5.p.z}", "{5.q}", "{3[9]}",
            "{3[x]}", "{{}} {{{0}}}", "{", "}", "a}b", "{0", "{0!}", "{0!x}", "{0!rr}", "{0:", "{0:{1}", "{:{w}}|", "{:{w}.{p}}|",
            "{:{}{}}", "{0:{1}{2}}", "{:{:{}}}", "{0[}", "{0]}", "{0.}", "{0..x}", "{0[0]x}", "{a{b}", "{obj.a} {obj.b[1]}", "{lst[2]}",
            "{2:.1f} {2:e} {2:%}", "{0:>5} {1:*^9} {6:+d}", "{n:{w}d}|{f:.{p}f}", "{7} {7:d} {8} {9} {9:,}", "{!r:^20}", "{:}",
            "{:x}", "{2:d}", "{1:d}", "{99999999999999999999}", "{0:99999999999999999999}", "{\u00e9}", "{name.upper}",
            "{0!r:}", "{0!s}", "{!}", "{:::}", "{0:{{}}}", "{a[b]c}", "{lst[]}", "{ name }", "{-1}", "{0[-1]}"]


def strformat():
    rows = []
    for f in SF_FIXED:
        for args, kw in [(SF_ARGS, SF_KW), (SF_ARGS[:2], {}), ([], SF_KW)]:
            r = attempt(lambda: f.format(*args, **kw))
            if isinstance(r, str) and "object at 0x" in r:
                continue
            rows.append([f, [enc3(a) for a in args], [[k, enc3(v)] for k, v in kw.items()], r])
    dump("strformat.json", rows)


def main():
    which = sys.argv[1:] or ["floats", "codepoints", "formatspec", "percent", "strformat", "strmethods"]
    for w in which:
        globals()[w]()


if __name__ == "__main__":
    main()
