import html


def inline(text):
    text = html.escape(text, quote=False)
    out = []
    i = 0
    while i < len(text):
        if text.startswith("**", i):
            j = text.find("**", i + 2)
            if j != -1:
                out.append("<strong>" + text[i + 2:j] + "</strong>")
                i = j + 2
                continue
        if text[i] == "*":
            j = text.find("*", i + 1)
            if j != -1:
                out.append("<em>" + text[i + 1:j] + "</em>")
                i = j + 1
                continue
        if text[i] == "`":
            j = text.find("`", i + 1)
            if j != -1:
                out.append("<code>" + text[i + 1:j] + "</code>")
                i = j + 1
                continue
        if text[i] == "[":
            close = text.find("](", i)
            end = text.find(")", close + 2) if close != -1 else -1
            if close != -1 and end != -1:
                out.append(f'<a href="{text[close + 2:end]}">{text[i + 1:close]}</a>')
                i = end + 1
                continue
        out.append(text[i])
        i += 1
    return "".join(out)


def convert(md):
    out = []
    para = []
    list_kind = None
    in_code = False

    def flush_para():
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()

    def close_list():
        nonlocal list_kind
        if list_kind:
            out.append(f"</{list_kind}>")
            list_kind = None

    for raw in md.splitlines():
        line = raw.rstrip()
        if line.startswith("```"):
            flush_para()
            close_list()
            if in_code:
                out.append("</code></pre>")
            else:
                lang = line[3:].strip()
                out.append(f'<pre><code class="language-{lang}">' if lang else "<pre><code>")
            in_code = not in_code
            continue
        if in_code:
            out.append(html.escape(raw))
            continue
        if not line.strip():
            flush_para()
            close_list()
            continue
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            flush_para()
            close_list()
            out.append(f"<h{level}>{inline(line[level:].strip())}</h{level}>")
        elif line.lstrip().startswith(("- ", "* ")) or line.split(".", 1)[0].isdigit():
            kind = "ul" if line.lstrip()[0] in "-*" else "ol"
            flush_para()
            if list_kind != kind:
                close_list()
                out.append(f"<{kind}>")
                list_kind = kind
            item = line.lstrip()[2:] if kind == "ul" else line.split(".", 1)[1].strip()
            out.append(f"  <li>{inline(item)}</li>")
        elif line.startswith(">"):
            flush_para()
            close_list()
            out.append(f"<blockquote>{inline(line[1:].strip())}</blockquote>")
        elif line.strip() == "---":
            flush_para()
            close_list()
            out.append("<hr>")
        else:
            close_list()
            para.append(line.strip())
    flush_para()
    close_list()
    return "\n".join(out)


DOC = """# Tauraro *Notes*

This is **bold**, this is *em*, and `code <b>`.
It continues on a second line with a [link](https://example.com/a?b=1&c=2).

## Lists
- first item
- second with **strong**
* third

1. one
2. two & three

> quoted *text*
---
```python
def f(x):
    return x < 3 and "ok"
```
Trailing paragraph with an unclosed *star and 5 < 6.
"""
print(convert(DOC))
