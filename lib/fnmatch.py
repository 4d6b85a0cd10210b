"""fnmatch: Unix shell-style wildcard matching (Tauraro).

``*`` matches everything, ``?`` one character, ``[seq]`` / ``[!seq]`` a character in / not in
seq. translate() produces the same regular expression text as CPython 3.11.
"""
import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Tests whether name matches pat (case-normalised as os.path.normcase does)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        pat_str = str(pat, "ISO-8859-1")
        res_str = translate(pat_str)
        res = bytes(res_str, "ISO-8859-1")
    else:
        res = translate(pat)
    return re.compile(res).match


def filter(names, pat):
    """The names in ``names`` that match ``pat``."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Tests whether name matches pat, case-sensitively."""
    match = _compile_pattern(pat)
    return match(name) is not None


_STAR = object()


def _class_body(pat, i, j):
    """The regex text of the bracket expression pat[i:j] (i just after '[')."""
    if "-" not in pat[i:j]:
        stuff = pat[i:j].replace("\\", r"\\")
    else:
        chunks = []
        k = i + 2 if pat[i] == "!" else i + 1
        while True:
            k = pat.find("-", k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += "-"
        # drop reversed (empty) ranges such as z-a
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = "-".join(s.replace("\\", r"\\").replace("-", r"\-") for s in chunks)
    return re.sub(r"([&~|])", r"\\\1", stuff)


def translate(pat):
    """The regular expression (as text) equivalent to the shell pattern ``pat``."""
    res = []
    add = res.append
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i = i + 1
        if c == "*":
            if (not res) or res[-1] is not _STAR:
                add(_STAR)
        elif c == "?":
            add(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j = j + 1
            if j < n and pat[j] == "]":
                j = j + 1
            while j < n and pat[j] != "]":
                j = j + 1
            if j >= n:
                add("\\[")
            else:
                stuff = _class_body(pat, i, j)
                i = j + 1
                if not stuff:
                    add("(?!)")
                elif stuff == "!":
                    add(".")
                else:
                    if stuff[0] == "!":
                        stuff = "^" + stuff[1:]
                    elif stuff[0] in ("^", "["):
                        stuff = "\\" + stuff
                    add(f"[{stuff}]")
        else:
            add(re.escape(c))
    # star handling: a fixed prefix, then atomic lazy groups up to each fixed part
    inp = res
    res = []
    add = res.append
    i, n = 0, len(inp)
    while i < n and inp[i] is not _STAR:
        add(inp[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            add(".*")
            break
        fixed = []
        while i < n and inp[i] is not _STAR:
            fixed.append(inp[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            add(".*")
            add(fixed)
        else:
            add(f"(?>.*?{fixed})")
    res = "".join(res)
    return fr"(?s:{res})\Z"
