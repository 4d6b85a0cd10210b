"""Text wrapping and filling (textwrap): wrap, fill, shorten, dedent, indent
and the TextWrapper class. Words are split like CPython's TextWrapper does
(whitespace runs, hyphenated words, em-dashes)."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "
_ws_set = frozenset(_whitespace)
_ws_trans = {ord(c): " " for c in _whitespace}


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    # a word character that is not a decimal digit
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_wordpunct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _dash_run_then_word(s, j):
    """True if s[j:] starts with two or more '-' followed by a word character."""
    n = len(s)
    k = j
    while k < n and s[k] == "-":
        k += 1
    return k - j >= 2 and k < n and _is_word(s[k])


def _split_chunks(text, break_on_hyphens):
    """Splits text into whitespace runs and words (hyphenated words split after
    their hyphens when break_on_hyphens)."""
    n = len(text)
    chunks = []
    i = 0
    if not break_on_hyphens:
        while i < n:
            j = i
            if text[i] in _ws_set:
                while j < n and text[j] in _ws_set:
                    j += 1
            else:
                while j < n and text[j] not in _ws_set:
                    j += 1
            chunks.append(text[i:j])
            i = j
        return chunks
    while i < n:
        c = text[i]
        if c in _ws_set:
            j = i
            while j < n and text[j] in _ws_set:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # an em-dash between words: "--" (or longer) after word punctuation, before a word char
        if c == "-" and i > 0 and _is_wordpunct(text[i - 1]) and _dash_run_then_word(text, i):
            j = i
            while j < n and text[j] == "-":
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # a word: the shortest run of non-whitespace ending at a break point
        j = i + 1
        while True:
            if j < n and text[j] == "-" and _hyphen_break(text, j):
                j += 1
                break
            if j >= n or text[j] in _ws_set:
                break
            if _is_wordpunct(text[j - 1]) and _dash_run_then_word(text, j):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _hyphen_break(s, j):
    """At a '-' at s[j] inside a word: may the line break after it?"""
    n = len(s)
    # preceded by two letters, or by letter-hyphen-letter
    before = (j >= 2 and _is_letter(s[j - 2]) and _is_letter(s[j - 1])) or \
             (j >= 3 and _is_letter(s[j - 3]) and s[j - 2] == "-" and _is_letter(s[j - 1]))
    if not before:
        return False
    # followed by letter, optional hyphen, letter
    k = j + 1
    if k >= n or not _is_letter(s[k]):
        return False
    k += 1
    if k < n and s[k] == "-":
        k += 1
    return k < n and _is_letter(s[k])


def _sentence_end(chunk):
    # [a-z][.!?]["']?\Z
    n = len(chunk)
    if n >= 1 and chunk[-1] in "\"'":
        n -= 1
    if n < 2:
        return False
    return chunk[n - 1] in ".!?" and "a" <= chunk[n - 2] <= "z"


class TextWrapper:
    """Object for wrapping/filling text (see the module functions)."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_ws_trans)
        return text

    def _split(self, text):
        return [c for c in _split_chunks(text, self.break_on_hyphens) if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # break after the last hyphen that fits, unless only hyphens precede it
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # leading whitespace is dropped on every line but the first
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                ln = len(chunks[-1])
                if cur_len + ln <= width:
                    cur_line.append(chunks.pop())
                    cur_len += ln
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + "".join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Wraps text into a list of lines of at most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wraps text and returns a single string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate text to fit in width (with a placeholder)."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def _only_blanks(line):
    if not line:
        return False
    for c in line:
        if c != " " and c != "\t":
            return False
    return True


def dedent(text):
    """Remove any common leading whitespace from every line in text
    (lines of only spaces/tabs are normalised to empty)."""
    lines = text.split("\n")
    for i in range(len(lines)):
        if _only_blanks(lines[i]):
            lines[i] = ""
    margin = None
    for line in lines:
        k = 0
        n = len(line)
        while k < n and (line[k] == " " or line[k] == "\t"):
            k += 1
        if k == n:
            continue  # blank (or empty) line: no say in the margin
        indent = line[:k]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            j = 0
            for x, y in zip(margin, indent):
                if x != y:
                    break
                j += 1
            margin = margin[:j]
    if margin:
        ml = len(margin)
        lines = [line[ml:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the beginning of selected lines in text (by default the
    lines that are not whitespace-only)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
