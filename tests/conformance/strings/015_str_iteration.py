s = "hello world"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
vowels = [c for c in s if c in "aeiou"]
print(vowels)
for i, ch in enumerate("abc"):
    print(i, ch)
print(list(zip("abc", "xyz")))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
it = iter("xy")
print(next(it), next(it), next(it, "done"))
print("".join(c * 2 for c in "abc"))
print("-".join("abc"))
print(list(reversed("abc")))
print(dict(enumerate("ab")))
