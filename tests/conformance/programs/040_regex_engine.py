def parse(pattern):
    """Parse a tiny regex: literals, '.', '*', '+', '?', '^', '$', [abc], [a-z], [^x]."""
    tokens = []
    i = 0
    anchored_start = pattern.startswith("^")
    if anchored_start:
        i = 1
    anchored_end = False
    while i < len(pattern):
        c = pattern[i]
        if c == "$" and i == len(pattern) - 1:
            anchored_end = True
            i += 1
            continue
        if c == "[":
            j = pattern.index("]", i + 1)
            body = pattern[i + 1:j]
            negate = body.startswith("^")
            if negate:
                body = body[1:]
            chars = set()
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    chars.update(chr(o) for o in range(ord(body[k]), ord(body[k + 2]) + 1))
                    k += 3
                else:
                    chars.add(body[k])
                    k += 1
            atom = ("set", frozenset(chars), negate)
            i = j + 1
        elif c == "\\":
            atom = ("lit", pattern[i + 1])
            i += 2
        elif c == ".":
            atom = ("any",)
            i += 1
        else:
            atom = ("lit", c)
            i += 1
        if i < len(pattern) and pattern[i] in "*+?":
            tokens.append((pattern[i], atom))
            i += 1
        else:
            tokens.append(("one", atom))
    return tokens, anchored_start, anchored_end


def atom_matches(atom, ch):
    kind = atom[0]
    if kind == "any":
        return True
    if kind == "lit":
        return atom[1] == ch
    return (ch in atom[1]) != atom[2]


def match_here(tokens, text, ti, pos, anchored_end):
    if ti == len(tokens):
        return pos if (not anchored_end or pos == len(text)) else -1
    q, atom = tokens[ti]
    if q == "one":
        if pos < len(text) and atom_matches(atom, text[pos]):
            return match_here(tokens, text, ti + 1, pos + 1, anchored_end)
        return -1
    lo = 1 if q == "+" else 0
    hi = 1 if q == "?" else len(text) - pos
    n = 0
    while n < hi and pos + n < len(text) and atom_matches(atom, text[pos + n]):
        n += 1
    for k in range(n, lo - 1, -1):
        r = match_here(tokens, text, ti + 1, pos + k, anchored_end)
        if r != -1:
            return r
    return -1


def search(pattern, text):
    tokens, a_start, a_end = parse(pattern)
    starts = [0] if a_start else range(len(text) + 1)
    for s in starts:
        end = match_here(tokens, text, 0, s, a_end)
        if end != -1:
            return (s, end, text[s:end])
    return None


import re
tests = [
    ("abc", "xxabcxx"), ("a.c", "abc adc"), ("ab*c", "ac abc abbbc"), ("ab+c", "ac abbc"),
    ("colou?r", "my color"), ("colou?r", "my colour"), ("^hello", "hello world"), ("^world", "hello world"),
    ("world$", "hello world"), ("[0-9]+", "order 66 now"), ("[^a-z ]+", "abc DEF ghi"),
    ("x*", "yyy"), ("a.*b", "a1b2b3"), ("\\.py$", "main.py"), ("^[a-z_][a-z0-9_]*$", "snake_case9"),
    ("^[a-z_][a-z0-9_]*$", "9lives"), ("[aeiou][aeiou]", "queueing"), ("h.?t", "hit hat ht"),
]
agree = 0
for pat, text in tests:
    mine = search(pat, text)
    m = re.search(pat, text)
    ref = (m.start(), m.end(), m.group()) if m else None
    agree += mine == ref
    print(f"{pat!r:22} {text!r:16} -> {mine} {'ok' if mine == ref else 'MISMATCH ' + str(ref)}")
print(f"{agree}/{len(tests)} agree with re")
