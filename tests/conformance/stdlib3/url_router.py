# A tiny URL router: parse incoming URLs, match routes, build links and redirects.
from urllib.parse import (urlparse, urlsplit, urlunsplit, urljoin, urlencode, parse_qs,
                          parse_qsl, quote, quote_plus, unquote, unquote_plus, urldefrag)
import re

ROUTES = []


def route(pattern):
    regex = re.compile("^" + re.sub(r"<(\w+)>", r"(?P<\1>[^/]+)", pattern) + "$")

    def register(fn):
        ROUTES.append((regex, fn))
        return fn
    return register


@route("/users/<uid>")
def user(uid, query):
    fields = query.get("fields", ["name"])
    return f"user {unquote(uid)!r} fields={fields}"


@route("/search")
def search(query):
    q = query.get("q", [""])[0]
    page = int(query.get("page", ["1"])[0])
    tags = query.get("tag", [])
    return f"search q={q!r} page={page} tags={tags}"


@route("/files/<name>/download")
def download(name, query):
    return f"download {unquote(name)!r}"


def dispatch(url):
    parts = urlsplit(url)
    query = parse_qs(parts.query, keep_blank_values=True)
    for regex, fn in ROUTES:
        m = regex.match(parts.path)
        if m:
            return fn(**m.groupdict(), query=query)
    return f"404 {parts.path}"


for url in [
    "https://shop.example.com/users/ann%20lee?fields=name&fields=email#top",
    "http://localhost:8080/search?q=red+shoes&page=2&tag=sale&tag=new&empty=",
    "/search?q=caf%C3%A9%20au%20lait",
    "/files/report%202024.pdf/download",
    "/missing/page?x=1",
]:
    print(dispatch(url))

u = urlparse("https://user:secret@Example.COM:8443/a/b;v=1?x=1&y=2#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.params, u.fragment)
print(u._replace(fragment="", query="z=3").geturl())

base = "https://example.com/docs/guide/intro.html?lang=en"
for rel in ["setup.html", "../api/index.html", "/about", "//cdn.example.com/x.js", "?lang=fr",
            "#section-2", "./", "../../..", "mailto:team@example.com", ""]:
    print(repr(rel), "->", urljoin(base, rel))

params = {"q": "tea & biscuits", "page": 3, "filter": ["new", "sale"], "sym": "a/b=c"}
print(urlencode(params))
print(urlencode(params, doseq=True))
print(urlencode([("path", "/x y"), ("k", "v")], quote_via=quote, safe="/"))
print(parse_qsl("a=1&b=2&a=3&c"), parse_qsl("a=1;b=2", separator=";"))
print(parse_qs("name=J%C3%BCrgen&city=K%C3%B6ln&empty=", keep_blank_values=True))
print(quote("/path with spaces/ümlaut?&="), quote("a/b c", safe=""), quote_plus("x y+z&w"))
print(unquote("%E2%9C%93 done%21"), unquote_plus("hello+world%3F"), unquote("bad%zzescape"))
print(urldefrag("http://a/b/c#frag"), urlunsplit(("http", "h.example", "/p", "q=1", "f")))
next_url = "https://example.com/login?" + urlencode({"next": "/cart?items=3&coupon=SAVE 10"})
print(next_url)
print(parse_qs(urlsplit(next_url).query)["next"][0])
