# splitlines / strip(chars) / capitalize / join edge cases (astral chars, lone surrogates, long joins).
cases = ["", "\n", "a\n", "a\nb", "a\n\nb\n", "\n\n", "a\r\nb", "a\rb\n", "x\x0by\x0cz", "a\x1cb\x85c\u2028d\u2029e", "abc"]
for c in cases:
    print(repr(c.splitlines()), repr(c.splitlines(True)))
for s in ["", ".,", "..a,b,,", "abc", ",x.", "\U0001F600.,", ".,\U0001F600", "\ud800.", ".a\ud800"]:
    print(repr(s.strip(".,")), repr(s.strip(".")), repr(s.strip("")), repr(s.lstrip(".,")), repr(s.rstrip(".,")), repr(s.strip("\U0001F600")), repr(s.strip(".,x")))
for s in ["", "a", "aBC", "Hello World", "ß", "ßa", "ﬁx", "1abc", "éA", "ǆa", "abc\U0001F600", "ǅ"]:
    print(repr(s.capitalize()), repr(s.lower()), repr(s.upper()))
for parts in [[], ["a"], ["a", "b"], ["ab", "cd", "ef"], ["x"*10, "y"*10, "z"], ["a"]*20, ["\U0001F600", "b", "c"]]:
    print(repr("".join(parts)), repr(", ".join(parts)), repr("-".join(tuple(parts))), repr("".join(iter(parts))))
class S(str): pass
print(repr("".join([S("a"), "b", S("c")])))
try:
    "".join(["a", 1, "b"])
except TypeError as e:
    print(e)
print("a b  c\td\n".split(), " x ".split(), "".split(), "a,b".split(","), "a b c".split(None, 1), "a b".split(maxsplit=0))
