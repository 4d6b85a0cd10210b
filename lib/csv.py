"""CSV file reading and writing (csv): reader, writer, DictReader, DictWriter,
dialects (excel, excel-tab, unix) and the QUOTE_* constants. Parsing and
quoting follow CPython's _csv state machine."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "field_size_limit", "reader",
           "writer", "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


_field_limit = 128 * 1024


def field_size_limit(*args):
    """Sets an upper limit on parsed fields; returns the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError(f"field_size_limit expected at most 1 argument, got {len(args)}")
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class Dialect:
    """Describe a CSV dialect (subclass and set the attributes)."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Params(self)


_ATTRS = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
          "lineterminator", "quoting", "strict")


class _Params:
    """The validated parameters of a reader or writer."""

    def __init__(self, dialect=None, **kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        defaults = {"delimiter": ",", "quotechar": '"', "escapechar": None,
                    "doublequote": True, "skipinitialspace": False,
                    "lineterminator": "\r\n", "quoting": QUOTE_MINIMAL, "strict": False}
        vals = {}
        if isinstance(dialect, _Params):
            defaults = {name: getattr(dialect, name) for name in _ATTRS}
            dialect = None
        for name in _ATTRS:
            if name in kw:
                vals[name] = kw.pop(name)
            elif dialect is not None and getattr(dialect, name, None) is not None:
                vals[name] = getattr(dialect, name)
            elif dialect is not None and name in ("escapechar", "quotechar") and \
                    hasattr(dialect, name) and _explicit_none(dialect, name):
                vals[name] = None
            else:
                vals[name] = defaults[name]
        if kw:
            name = next(iter(kw))
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        d = vals["delimiter"]
        if not isinstance(d, str) or len(d) != 1:
            if isinstance(d, str):
                raise TypeError('"delimiter" must be a 1-character string')
            raise TypeError(f'"delimiter" must be string, not {type(d).__name__}')
        q = vals["quotechar"]
        if q is not None and (not isinstance(q, str) or len(q) != 1):
            if isinstance(q, str):
                raise TypeError('"quotechar" must be a 1-character string')
            raise TypeError(f'"quotechar" must be string or None, not {type(q).__name__}')
        e = vals["escapechar"]
        if e is not None and (not isinstance(e, str) or len(e) != 1):
            if isinstance(e, str):
                raise TypeError('"escapechar" must be a 1-character string')
            raise TypeError(f'"escapechar" must be string or None, not {type(e).__name__}')
        lt = vals["lineterminator"]
        if not isinstance(lt, str):
            raise TypeError(f'"lineterminator" must be a string, not {type(lt).__name__}')
        quoting = vals["quoting"]
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError("bad \"quoting\" value")
        if q is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        for name in _ATTRS:
            setattr(self, name, vals[name])
        self.doublequote = bool(self.doublequote)
        self.skipinitialspace = bool(self.skipinitialspace)
        self.strict = bool(self.strict)


def _explicit_none(dialect, name):
    for klass in type(dialect).__mro__ if not isinstance(dialect, type) else dialect.__mro__:
        if klass is Dialect:
            return False
        if name in klass.__dict__:
            return klass.__dict__[name] is None
    return False


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    p = _Params(dialect, **fmtparams)
    _dialects[name] = p


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


# ---- reader ----

_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)


class _Reader:
    def __init__(self, iterable, dialect, kw):
        self._it = iter(iterable)
        self.dialect = _Params(dialect, **kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        delim = d.delimiter
        quotechar = d.quotechar if d.quoting != QUOTE_NONE else None
        esc = d.escapechar
        doublequote = d.doublequote
        skipspace = d.skipinitialspace
        strict = d.strict
        nonnumeric = d.quoting == QUOTE_NONNUMERIC
        fields = []
        field = []
        numeric = False
        state = _START_RECORD

        def save():
            s = "".join(field)
            field.clear()
            if numeric:
                fields.append(float(s))
            else:
                fields.append(s)

        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if strict:
                        raise Error("unexpected end of data")
                    save()
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            if "\0" in line:
                raise Error("line contains NUL")
            for c in line + "\0":
                # START_RECORD falls through to START_FIELD, AFTER_ESCAPED_CRNL to IN_FIELD
                if state == _START_RECORD:
                    if c == "\0":
                        return fields
                    if c == "\n" or c == "\r":
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _AFTER_ESCAPED_CRNL:
                    # like IN_FIELD, except that end of line does not end the record
                    if c == "\0":
                        continue
                if state == _START_FIELD:
                    if c == "\n" or c == "\r" or c == "\0":
                        save()
                        numeric = False
                        state = _START_RECORD if c == "\0" else _EAT_CRNL
                    elif c == quotechar:
                        state = _IN_QUOTED_FIELD
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == " " and skipspace:
                        pass
                    elif c == delim:
                        save()
                        numeric = False
                    else:
                        numeric = nonnumeric
                        field.append(c)
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    if c == "\n" or c == "\r":
                        field.append(c)
                        state = _AFTER_ESCAPED_CRNL
                    else:
                        if c == "\0":
                            c = "\n"
                        field.append(c)
                        state = _IN_FIELD
                elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                    if c == "\n" or c == "\r" or c == "\0":
                        save()
                        numeric = False
                        state = _START_RECORD if c == "\0" else _EAT_CRNL
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == delim:
                        save()
                        numeric = False
                        state = _START_FIELD
                    else:
                        field.append(c)
                elif state == _IN_QUOTED_FIELD:
                    if c == "\0":
                        pass
                    elif c == esc:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == quotechar:
                        state = _QUOTE_IN_QUOTED_FIELD if doublequote else _IN_FIELD
                    else:
                        field.append(c)
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    if c == "\0":
                        c = "\n"
                    field.append(c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if c == quotechar:
                        field.append(c)
                        state = _IN_QUOTED_FIELD
                    elif c == delim:
                        save()
                        numeric = False
                        state = _START_FIELD
                    elif c == "\n" or c == "\r" or c == "\0":
                        save()
                        numeric = False
                        state = _START_RECORD if c == "\0" else _EAT_CRNL
                    elif not strict:
                        field.append(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'" % (delim, quotechar))
                elif state == _EAT_CRNL:
                    if c == "\n" or c == "\r":
                        pass
                    elif c == "\0":
                        state = _START_RECORD
                    else:
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file in universal-newline mode?")
                if len(field) > _field_limit:
                    raise Error("field larger than field limit (%d)" % _field_limit)
            if state == _START_RECORD:
                return fields


def reader(iterable, dialect="excel", **fmtparams):
    """csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])"""
    return _Reader(iterable, dialect, fmtparams)


# ---- writer ----

class _Writer:
    def __init__(self, fileobj, dialect, kw):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _Params(dialect, **kw)

    def _join(self, row):
        d = self.dialect
        delim = d.delimiter
        quotechar = d.quotechar
        esc = d.escapechar
        quoting = d.quoting
        lt = d.lineterminator
        out = []
        nfields = 0
        total = 0
        for field in row:
            nfields += 1
            if quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float, complex))
            else:
                quoted = quoting == QUOTE_ALL
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            buf = []
            for c in text:
                want_escape = False
                if c == delim or c == esc or c == quotechar or c in lt:
                    if quoting == QUOTE_NONE:
                        want_escape = True
                    else:
                        if c == quotechar:
                            if d.doublequote:
                                buf.append(quotechar)
                            else:
                                want_escape = True
                        elif c == esc:
                            want_escape = True
                        if not want_escape:
                            quoted = True
                    if want_escape:
                        if esc is None:
                            raise Error("need to escape, but no escapechar set")
                        buf.append(esc)
                buf.append(c)
            piece = "".join(buf)
            if quoted:
                piece = quotechar + piece + quotechar
            total += len(piece)
            out.append(piece)
        if nfields == 1 and total == 0:
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out = [quotechar + quotechar]
        return delim.join(out) + lt

    def writerow(self, row):
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        return self._write(self._join(it))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect="excel", **fmtparams):
    """csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])"""
    return _Writer(fileobj, dialect, fmtparams)


# ---- DictReader / DictWriter ----

class DictReader:
    """Reads rows into dicts keyed by the first row (or by fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

    def __class_getitem__(cls, item):
        return cls


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    def __class_getitem__(cls, item):
        return cls


class Sniffer:
    """Deduces the format of a CSV file (delimiter and quote character)."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        lines = [l for l in sample.split("\n") if l.strip()][:20]
        candidates = delimiters or "".join(self.preferred) + "|"
        best = None
        for ch in candidates:
            counts = [l.count(ch) for l in lines]
            if counts and counts[0] > 0 and all(c == counts[0] for c in counts):
                if best is None or ch in self.preferred:
                    best = ch
                    if ch in self.preferred:
                        break
        if best is None:
            raise Error("Could not determine delimiter")
        quote = '"'
        if sample.count("'") > sample.count('"'):
            quote = "'"

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL
        dialect.delimiter = best
        dialect.quotechar = quote
        dialect.doublequote = True
        dialect.skipinitialspace = False
        return dialect

    def has_header(self, sample):
        rows = list(reader(sample.splitlines(), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, body = rows[0], rows[1:]
        votes = 0
        for i, h in enumerate(header):
            for row in body:
                if i >= len(row):
                    continue
                try:
                    float(row[i])
                    numeric = True
                except ValueError:
                    numeric = False
                try:
                    float(h)
                    hnum = True
                except ValueError:
                    hnum = False
                votes += 1 if numeric and not hnum else (-1 if numeric == hnum else 0)
        return votes > 0
