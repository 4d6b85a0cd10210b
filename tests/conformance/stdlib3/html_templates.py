# A template renderer that escapes user content, plus an HTML parser that extracts links.
import html
from html.parser import HTMLParser
import re


def render(template, **context):
    def sub(m):
        expr = m.group(1).strip()
        raw = expr.endswith("|safe")
        if raw:
            expr = expr[:-5].strip()
        value = context
        for part in expr.split("."):
            value = value[part] if isinstance(value, dict) else getattr(value, part)
        text = str(value)
        return text if raw else html.escape(text)
    return re.sub(r"\{\{(.*?)\}\}", sub, template)


page = """<html><head><title>{{ title }}</title></head>
<body>
<h1 class="greeting">Hello, {{ user.name }}!</h1>
<p>Your comment: {{ comment }}</p>
<a href="/profile?u={{ user.id }}" title='{{ user.name }}'>profile</a>
<div>{{ banner|safe }}</div>
<!-- rendered for {{ user.id }} -->
<img src="/img/logo.png" alt="Logo &amp; mark"/>
</body></html>"""

out = render(page, title="Tom & Jerry's <Show>",
             user={"name": "O'Brien \"Bob\"", "id": "42&x=<1>"},
             comment="<script>alert('x')</script> & more",
             banner="<b>Sale&nbsp;today</b>")
print(out)
print(html.escape("<'\"&>"), html.escape("<'\"&>", quote=False))


class LinkExtractor(HTMLParser):
    def __init__(self):
        super().__init__()
        self.events = []
        self.links = []
        self.text = []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
        self._in_title = tag == "title"

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))
        self._in_title = False

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))


p = LinkExtractor()
p.feed("<!DOCTYPE html>" + out)
p.close()
for ev in p.events:
    print(ev)
print(p.links)
print(p.text)

for s in ["&lt;p&gt;caf&eacute; &amp; cr&egrave;me&lt;/p&gt;", "&#60;&#x3E; &#8364;&#128; &copy2024",
          "AT&T &amp&amp; &unknown; &#0; &hellip;&nbsp;|", "plain text"]:
    print(repr(html.unescape(s)))

q = LinkExtractor()
for chunk in ["<ul><li><a hr", "ef='/one'>One</a></li><li><A HREF=/two ", "DATA-X=1>Two</a>", "</li></ul>"]:
    q.feed(chunk)
q.close()
print(q.links, q.text)
print([e for e in q.events if e[0] == "start"])
