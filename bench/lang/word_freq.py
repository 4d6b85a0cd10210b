# Word-frequency count over a deterministically generated text.
SYLLABLES = ["ka", "ro", "ta", "mi", "su", "ne", "lo", "vi", "da", "pe", "zu", "ho"]


def generate(n_words, seed=12345):
    state = seed
    words = []
    for _ in range(n_words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + state % 3
        w = []
        s = state
        for _ in range(length):
            w.append(SYLLABLES[s % len(SYLLABLES)])
            s //= len(SYLLABLES)
        word = "".join(w)
        if state % 7 == 0:
            word = word.capitalize()
        if state % 11 == 0:
            word += ","
        elif state % 13 == 0:
            word += "."
        words.append(word)
    lines = []
    for i in range(0, len(words), 12):
        lines.append(" ".join(words[i:i + 12]))
    return "\n".join(lines)


def count(text):
    freq = {}
    for line in text.splitlines():
        for raw in line.split():
            w = raw.strip(".,").lower()
            if w:
                freq[w] = freq.get(w, 0) + 1
    return freq


text = generate(1_200_000)
total = 0
for _ in range(2):
    freq = count(text)
    total += sum(freq.values())
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("words", total, "distinct", len(freq))
for w, c in top:
    print(w, c)
print("checksum", sum(len(w) * c for w, c in freq.items()) % 1000003)
