"""Common string constants and classes (string): ascii_letters, digits, ...,
capwords, Template ($-substitution) and Formatter (str.format as a class)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each and join them with sep (or one space)."""
    return (sep or " ").join(x.capitalize() for x in s.split(sep))


# ---------------------------------------------------------------------------
# Template
# ---------------------------------------------------------------------------

_sentinel_dict = {}
_id_start = frozenset("_" + ascii_letters)
_id_chars = frozenset("_" + ascii_letters + digits)


class _Match:
    """One placeholder found in a template: kind is escaped/named/braced/invalid."""
    __slots__ = ("kind", "name", "start", "end", "text")

    def __init__(self, kind, name, start, end, text):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.text = text


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None  # re.IGNORECASE in CPython; only consulted for custom patterns

    def __init__(self, template):
        self.template = template

    def _custom(self):
        cls = type(self)
        return (cls.idpattern != Template.idpattern or cls.braceidpattern is not None
                or "pattern" in _mro_attrs(cls) or cls.flags is not None)

    def _matches(self):
        if self._custom():
            return self._re_matches()
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(t)
        out = []
        i = t.find(delim)
        while i >= 0:
            j = i + dl
            if t.startswith(delim, j):
                out.append(_Match("escaped", None, i, j + dl, t[i:j + dl]))
                i = t.find(delim, j + dl)
                continue
            if j < n and t[j] in _id_start:
                k = j + 1
                while k < n and t[k] in _id_chars:
                    k += 1
                out.append(_Match("named", t[j:k], i, k, t[i:k]))
                i = t.find(delim, k)
                continue
            if j < n and t[j] == "{" and j + 1 < n and t[j + 1] in _id_start:
                k = j + 2
                while k < n and t[k] in _id_chars:
                    k += 1
                if k < n and t[k] == "}":
                    out.append(_Match("braced", t[j + 1:k], i, k + 1, t[i:k + 1]))
                    i = t.find(delim, k + 1)
                    continue
            out.append(_Match("invalid", None, i, j, t[i:j]))
            i = t.find(delim, j)
        return out

    def _re_matches(self):
        import re
        cls = type(self)
        pattern = _mro_attrs(cls).get("pattern")
        if pattern is None:
            delim = re.escape(cls.delimiter)
            idp = cls.idpattern
            bid = cls.braceidpattern or idp
            pattern = (rf"{delim}(?:(?P<escaped>{delim})|(?P<named>{idp})|"
                       rf"{{(?P<braced>{bid})}}|(?P<invalid>))")
        flags = cls.flags if cls.flags is not None else re.IGNORECASE
        if isinstance(pattern, str):
            pattern = re.compile(pattern, flags | re.VERBOSE)
        out = []
        for mo in pattern.finditer(self.template):
            gd = mo.groupdict()
            if gd.get("escaped") is not None:
                out.append(_Match("escaped", None, mo.start(), mo.end(), mo.group()))
            elif gd.get("named") is not None:
                out.append(_Match("named", gd["named"], mo.start(), mo.end(), mo.group()))
            elif gd.get("braced") is not None:
                out.append(_Match("braced", gd["braced"], mo.start(), mo.end(), mo.group()))
            elif gd.get("invalid") is not None:
                out.append(_Match("invalid", None, mo.start("invalid"), mo.end(), mo.group()))
            else:
                raise ValueError("Unrecognized named group in pattern", pattern)
        return out

    def _invalid(self, m):
        i = m.end
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _render(self, mapping, safe):
        t = self.template
        parts = []
        pos = 0
        for m in self._matches():
            parts.append(t[pos:m.start])
            if m.kind == "escaped":
                parts.append(self.delimiter)
            elif m.kind == "invalid":
                if not safe:
                    self._invalid(m)
                parts.append(m.text)
            elif safe:
                try:
                    parts.append(str(mapping[m.name]))
                except KeyError:
                    parts.append(m.text)
            else:
                parts.append(str(mapping[m.name]))
            pos = m.end
        parts.append(t[pos:])
        return "".join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._render(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._render(mapping, True)

    def is_valid(self):
        for m in self._matches():
            if m.kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for m in self._matches():
            if m.name is not None and m.name not in ids:
                ids.append(m.name)
        return ids


def _mro_attrs(cls):
    found = {}
    for base in reversed(cls.__mro__):
        if base is Template or base is object:
            continue
        try:
            d = base.__dict__
        except AttributeError:
            continue
        if "pattern" in d:
            found["pattern"] = d["pattern"]
    return found


# ---------------------------------------------------------------------------
# Formatter
# ---------------------------------------------------------------------------

def _parse_format(s):
    """Yields (literal_text, field_name, format_spec, conversion) like str.format's parser."""
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == "{":
            if i + 1 < n and s[i + 1] == "{":
                literal.append("{")
                yield ("".join(literal), None, None, None)
                literal = []
                i += 2
                continue
            # a replacement field: find its end, counting nested braces
            j = i + 1
            depth = 1
            while j < n:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                if i + 1 >= n:
                    raise ValueError("Single '{' encountered in format string")
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            # split field into name, conversion, spec
            k = 0
            m = len(field)
            bracket = False
            while k < m:
                ch = field[k]
                if ch == "[":
                    bracket = True
                elif ch == "]":
                    bracket = False
                elif not bracket and (ch == "!" or ch == ":"):
                    break
                k += 1
            name = field[:k]
            conversion = None
            spec = ""
            if k < m and field[k] == "!":
                if k + 1 >= m:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = field[k + 1]
                k += 2
                if k < m:
                    if field[k] != ":":
                        raise ValueError("expected ':' after conversion specifier")
                    spec = field[k + 1:]
            elif k < m:
                spec = field[k + 1:]
            yield ("".join(literal), name, spec, conversion)
            literal = []
            i = j + 1
        elif c == "}":
            if i + 1 < n and s[i + 1] == "}":
                literal.append("}")
                yield ("".join(literal), None, None, None)
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ("".join(literal), None, None, None)


def _field_name_split(name):
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == "[":
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format() as overridable methods: parse, get_value, get_field,
    convert_field, format_field, check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field specification "
                                         "to automatic field numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from manual field specification "
                                         "to automatic field numbering")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
