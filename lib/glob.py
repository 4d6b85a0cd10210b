"""glob: pathname pattern expansion (Tauraro).

Results come in directory-listing order, as in CPython (sort them for stable output).
Names starting with '.' match only patterns starting with '.' unless include_hidden.
"""
import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching ``pathname`` ('**' spans directories when recursive)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        try:
            s = next(it)
            if s:
                it = _chain([s], it)
        except StopIteration:
            pass
    return it


def _chain(first, rest):
    yield from first
    yield from rest


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        assert not dironly
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        else:
            if _isdir(_join(root_dir, dirname)):
                yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden=False):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    else:
        if _isdir(dirname):
            return [basename]
    return []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, False)


def _glob2(dirname, pattern, dironly, include_hidden=False):
    assert _isrecursive(pattern)
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden=include_hidden)


def _iterdir(dirname, dironly):
    try:
        it = os.scandir(dirname or ".")
    except OSError:
        return
    try:
        with it:
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        yield entry.name
                except OSError:
                    pass
    except OSError:
        return


def _listdir(dirname, dironly):
    return list(_iterdir(dirname, dironly))


def _rlistdir(dirname, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden=include_hidden):
                yield _join(x, y)


def _lexists(pathname):
    try:
        os.lstat(pathname)
    except (OSError, ValueError):
        return False
    return True


def _isdir(pathname):
    return os.path.isdir(pathname)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile("([*?[])")
magic_check_bytes = re.compile(b"([*?[])")


def has_magic(s):
    if isinstance(s, bytes):
        match = magic_check_bytes.search(s)
    else:
        match = magic_check.search(s)
    return match is not None


def _ishidden(path):
    return path[0] in (".", b"."[0])


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b"**"
    return pattern == "**"


def escape(pathname):
    """Escapes the magic characters *, ? and [ (not the drive)."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = magic_check_bytes.sub(rb"[\1]", pathname)
    else:
        pathname = magic_check.sub(r"[\1]", pathname)
    return drive + pathname
