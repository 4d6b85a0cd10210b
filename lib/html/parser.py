"""html.parser: a simple, forgiving HTML tokenizer calling handler methods (Tauraro).

Covers start/end/self-closing tags with attributes (names lowercased, values unescaped,
valueless attributes as None), text (character references converted when
``convert_charrefs`` is true, the default), comments, declarations, processing
instructions, and raw-text ``<script>``/``<style>`` content. Input may be fed in pieces:
an unfinished construct waits for more data until close().
"""
import re as _re
from html import unescape

__all__ = ["HTMLParser"]

_tagname = _re.compile(r"[a-zA-Z][^\t\n\r\f />\x00]*")
_attr = _re.compile(
    r"""([^\s/>][^\s/=>]*)(\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?(?:\s|/(?!>))*""")
_space_slash = _re.compile(r"(?:\s|/(?!>))*")
_endtag = _re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_charref = _re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_entityref = _re.compile(r"&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")


class HTMLParser:
    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ""
        self.lasttag = "???"
        self.interesting = None
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self.__starttag_text = None

    def feed(self, data):
        """Feeds text to the parser; complete constructs are reported at once."""
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        """Processes any buffered data as if followed by end of file."""
        self.goahead(True)

    def getpos(self):
        return self.lineno, self.offset

    def get_starttag_text(self):
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()

    def clear_cdata_mode(self):
        self.cdata_elem = None

    def updatepos(self, i, j):
        if i >= j:
            return j
        rawdata = self.rawdata
        nlines = rawdata.count("\n", i, j)
        if nlines:
            self.lineno = self.lineno + nlines
            pos = rawdata.rindex("\n", i, j)
            self.offset = j - (pos + 1)
        else:
            self.offset = self.offset + j - i
        return j

    def _data(self, text):
        if text:
            if self.convert_charrefs and not self.cdata_elem:
                self.handle_data(unescape(text))
            else:
                self.handle_data(text)

    def goahead(self, end):
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            if self.cdata_elem:
                # raw text up to the matching end tag
                m = _re.compile(r"</\s*%s\s*>" % self.cdata_elem, _re.I).search(rawdata, i)
                if m is None:
                    if not end:
                        break
                    j = n
                else:
                    j = m.start()
            elif self.convert_charrefs:
                j = rawdata.find("<", i)
                if j < 0:
                    amppos = rawdata.rfind("&", max(i, n - 34))
                    if amppos >= 0 and not _re.compile(r"[\s;]").search(rawdata, amppos) \
                            and not end:
                        break
                    j = n
            else:
                m = _re.compile(r"[&<]").search(rawdata, i)
                j = m.start() if m else n
            if i < j:
                self._data(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith("<", i):
                if _re.match(r"<[a-zA-Z]", rawdata[i:i + 2]):
                    k = self.parse_starttag(i)
                elif rawdata.startswith("</", i):
                    k = self.parse_endtag(i)
                elif rawdata.startswith("<!--", i):
                    k = self.parse_comment(i)
                elif rawdata.startswith("<?", i):
                    k = self.parse_pi(i)
                elif rawdata.startswith("<!", i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data("<")
                    k = i + 1
                elif end:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # an unfinished construct at end of input is text
                    self._data(rawdata[i:n])
                    k = n
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                m = _charref.match(rawdata, i)
                if m:
                    name = m.group()[2:-1]
                    self.handle_charref(name)
                    k = m.end()
                    if not rawdata.startswith(";", k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in rawdata[i:] or end:
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith("&", i):
                m = _entityref.match(rawdata, i)
                if m:
                    name = m.group(1)
                    self.handle_entityref(name)
                    k = m.end()
                    if not rawdata.startswith(";", k - 1):
                        k = k - 1
                    i = self.updatepos(i, k)
                    continue
                if end or i + 1 < n and not _re.match(r"[a-zA-Z]", rawdata[i + 1]):
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
        if end and i < n and not self.cdata_elem:
            self._data(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    def parse_starttag(self, i):
        rawdata = self.rawdata
        m = _tagname.match(rawdata, i + 1)
        if not m:
            return -1
        tag = m.group().lower()
        k = m.end()
        k = _space_slash.match(rawdata, k).end()
        attrs = []
        while k < len(rawdata) and rawdata[k] != ">" and not rawdata.startswith("/>", k):
            am = _attr.match(rawdata, k)
            if not am or am.end() == k:
                break
            attrname, rest, attrvalue = am.group(1, 2, 3)
            if not rest:
                attrvalue = None
            elif attrvalue[:1] == "'" == attrvalue[-1:] or attrvalue[:1] == '"' == attrvalue[-1:]:
                attrvalue = attrvalue[1:-1]
            if attrvalue:
                attrvalue = unescape(attrvalue)
            attrs.append((attrname.lower(), attrvalue))
            k = am.end()
        j = rawdata.find(">", k)
        if j < 0:
            return -1
        end_text = rawdata[k:j + 1]
        self.__starttag_text = rawdata[i:j + 1]
        self.lasttag = tag
        if end_text.endswith("/>") or rawdata[j - 1:j] == "/":
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return j + 1

    def parse_endtag(self, i):
        rawdata = self.rawdata
        j = rawdata.find(">", i + 1)
        if j < 0:
            return -1
        m = _endtag.match(rawdata, i)
        if m:
            tag = m.group(1).lower()
        else:
            inner = rawdata[i + 2:j].strip()
            if not inner:
                return j + 1
            tm = _tagname.match(inner)
            if not tm:
                self.handle_comment(inner)
                return j + 1
            tag = tm.group().lower()
        if self.cdata_elem is not None and tag != self.cdata_elem:
            self.handle_data(rawdata[i:j + 1])
            return j + 1
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return j + 1

    def parse_comment(self, i, report=1):
        rawdata = self.rawdata
        j = rawdata.find("-->", i + 4)
        if j < 0:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:j])
        return j + 3

    def parse_pi(self, i):
        rawdata = self.rawdata
        j = rawdata.find(">", i + 2)
        if j < 0:
            return -1
        self.handle_pi(rawdata[i + 2:j])
        return j + 1

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata.startswith("<![", i):
            j = rawdata.find("]>", i + 3)
            if j < 0:
                return -1
            self.unknown_decl(rawdata[i + 3:j])
            return j + 2
        j = rawdata.find(">", i + 2)
        if j < 0:
            return -1
        if rawdata[i:i + 9].lower() == "<!doctype":
            self.handle_decl(rawdata[i + 2:j])
        else:
            self.handle_comment(rawdata[i + 2:j])
        return j + 1

    # ---- overridable handlers
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
