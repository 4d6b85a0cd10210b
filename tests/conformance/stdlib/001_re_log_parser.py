# A web-server log analyser built on re: named groups, verbose patterns, finditer,
# sub with templates and functions, split, and error handling.
import re

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.5 - alice [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 112 "https://example.com/" "curl/8.0"
10.0.0.5 - alice [10/Oct/2023:13:56:09 +0000] "POST /api/login HTTP/1.1" 200 98 "https://example.com/" "curl/8.0"
172.16.0.3 - - [10/Oct/2023:14:02:11 +0000] "GET /static/app.js?v=123 HTTP/2.0" 304 0 "-" "Safari/17"
garbage line that does not match
192.168.1.10 - bob [10/Oct/2023:14:10:00 +0000] "DELETE /api/items/42 HTTP/1.1" 500 17 "-" "python-requests/2.31"
"""

LINE = re.compile(r"""
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})      # client address
    \s-\s(?P<user>\S+)\s                   # identity and user
    \[(?P<day>\d{2})/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+)\s[+-]\d{4}\]
    \s"(?P<method>[A-Z]+)\s(?P<path>[^\s?]+)(?:\?(?P<query>\S*))?\s(?P<proto>HTTP/[\d.]+)"
    \s(?P<status>\d{3})\s(?P<size>\d+)
""", re.VERBOSE)

print(LINE.groups, sorted(LINE.groupindex.items())[:4])
stats = {}
bad = 0
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad += 1
        print(f"line {n}: unparsable: {line[:20]!r}")
        continue
    d = m.groupdict()
    stats.setdefault(d["status"][0] + "xx", []).append(d["path"])
    user = None if d["user"] == "-" else d["user"]
    print(n, m.group("ip", "method"), m["path"], d["query"], user, m.span("status"), m.lastgroup)
print(sorted(stats.items()), "bad:", bad)

# every timestamp, every IP, as tuples and as strings
print(re.findall(r"\[(\d{2})/(\w{3})/(\d{4})", LOG)[:2])
print(sorted(set(re.findall(r"^\d+\.\d+\.\d+\.\d+", LOG, re.M))))
print([m.start() for m in re.finditer(r"HTTP/(?:1\.1|2\.0)", LOG)])

# anonymise: keep the first octet, mask the rest; dates to ISO order
masked = re.sub(r"\b(\d{1,3})\.\d{1,3}\.\d{1,3}\.\d{1,3}\b", r"\1.x.x.x", LOG)
months = {"Oct": "10"}
iso = re.sub(r"\[(\d{2})/(\w{3})/(\d{4}):", lambda m: "[%s-%s-%s " % (m[3], months[m[2]], m[1]), masked)
print(iso.splitlines()[1])
print(re.subn(r"(?i)http/(\d)\.(\d)", r"h\g<1>\2", LOG)[1])

# split a query string and a header list
print(re.split(r"[&=]", "v=123&debug=1&x"))
print(re.split(r"(\s*[,;]\s*)", "a , b;c ;  d", maxsplit=2))
print(re.split(r"\b", "hi there"))

# tokenising a tiny expression language with lastgroup
TOKENS = re.compile(r"(?P<NUM>\d+(?:\.\d*)?)|(?P<NAME>[A-Za-z_]\w*)|(?P<OP>[-+*/()=])|(?P<WS>\s+)|(?P<BAD>.)")
for m in TOKENS.finditer("rate = base*1.5 + (n - 2) $"):
    if m.lastgroup != "WS":
        print(m.lastgroup, repr(m.group()), m.lastindex, end="; ")
print()

# escaping user input and Match repr
needle = "a+b (c)"
print(re.escape(needle), re.search(re.escape(needle), "x a+b (c) y"))
print(re.fullmatch(r"[\w.-]+@[\w-]+(\.[\w-]+)+", "first.last@mail.example.org"))
print(re.match(r"(\d+)-(\d+)?", "12-").groups("none"), re.compile(r"(?i)ab", re.M))

for pat in ["(unclosed", "a{2,1}", r"(?P<n>x)(?P<n>y)", "[z-a]", r"\k"]:
    try:
        re.compile(pat)
    except re.error as e:
        print("re.error:", e.msg, "| pos", e.pos)
