parts = []
for i in range(5):
    parts.append(f"<li>{i}</li>")
html = "<ul>" + "".join(parts) + "</ul>"
print(html)
s = ""
for ch in "abcdef":
    s = ch + s
print(s)
lines = ["name,qty", "apple,3", "pear,10"]
text = "\n".join(lines)
print(text)
rows = [line.split(",") for line in text.splitlines()[1:]]
print(rows)
total = sum(int(q) for _, q in rows)
print(f"total={total}")
table = "\n".join(f"{n:<8}{q:>4}" for n, q in rows)
print(table)
acc = []
for word in "the cat sat on the mat".split():
    acc.append(word[0].upper() + word[1:])
print(" ".join(acc))
