TEXT = """Call me Ishmael. Some years ago - never mind how long precisely - having
little or no money in my purse, and nothing particular to interest me on
shore, I thought I would sail about a little and see the watery part of
the world. It is a way I have of driving off the spleen and regulating the
circulation. Whenever I find myself growing grim about the mouth; whenever
it is a damp, drizzly November in my soul; whenever I find myself
involuntarily pausing before coffin warehouses, and bringing up the rear of
every funeral I meet; then, I account it high time to get to sea as soon
as I can."""

PUNCT = ".,;:-!?\"'()"


def words_of(text):
    out = []
    for raw in text.split():
        w = raw.strip(PUNCT).lower()
        if w:
            out.append(w)
    return out


def sentences_of(text):
    flat = " ".join(text.split())
    parts = []
    cur = []
    for ch in flat:
        cur.append(ch)
        if ch in ".!?":
            s = "".join(cur).strip()
            if s:
                parts.append(s)
            cur = []
    tail = "".join(cur).strip()
    if tail:
        parts.append(tail)
    return parts


def syllables(word):
    vowels = "aeiouy"
    count, prev = 0, False
    for ch in word:
        v = ch in vowels
        if v and not prev:
            count += 1
        prev = v
    if word.endswith("e") and count > 1:
        count -= 1
    return max(count, 1)


words = words_of(TEXT)
sents = sentences_of(TEXT)
print("lines:", len(TEXT.splitlines()))
print("words:", len(words))
print("unique:", len(set(words)))
print("sentences:", len(sents))
print("chars (no spaces):", sum(1 for c in TEXT if not c.isspace()))
print(f"avg word length: {sum(map(len, words)) / len(words):.3f}")
print(f"avg sentence length: {len(words) / len(sents):.2f} words")

freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, c in top:
    print(f"  {w:<10} {'#' * c} {c}")

by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
longest = max(by_len)
print("longest words:", by_len[longest])
print("length histogram:", {k: len(v) for k, v in sorted(by_len.items())})

syl = sum(syllables(w) for w in words)
fk = 206.835 - 1.015 * (len(words) / len(sents)) - 84.6 * (syl / len(words))
print(f"syllables: {syl}, flesch: {fk:.1f}")
letters = {}
for c in TEXT.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
print("top letters:", "".join(k for k, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:10]))
print("first sentence:", sents[0])
print("shortest sentence:", min(sents, key=len))
