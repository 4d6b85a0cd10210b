"""tempfile: temporary files and directories (Tauraro).

Names are ``prefix`` + 8 random characters from [a-z0-9_] + ``suffix``, created with
O_EXCL in ``dir`` (default gettempdir(): $TMPDIR, $TEMP, $TMP, then /tmp, /var/tmp,
/usr/tmp, then the current directory).
"""
import os as _os
import sys as _sys
import io as _io
from random import Random as _Random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir",
           "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_bin_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
_text_openflags = _bin_openflags


class _RandomNameSequence:
    """An endless supply of 8-character random names."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._rng = _Random()

    def __iter__(self):
        return self

    def __next__(self):
        return "".join(self._rng.choices(self.characters, k=8))


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    dirlist = []
    for envname in "TMPDIR", "TEMP", "TMP":
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    namer = _get_candidate_names()
    for dir in _candidate_tempdir_list():
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for seq in range(100):
            name = next(namer)
            filename = _os.path.join(dir, name)
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
                try:
                    _os.write(fd, b"blat")
                finally:
                    _os.close(fd)
                    _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except (PermissionError, IsADirectoryError, NotADirectoryError):
                break
            except OSError:
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s"
                            % _candidate_tempdir_list())


def gettempprefix():
    """The default prefix of temporary names: 'tmp'."""
    return template


def gettempprefixb():
    return _os.fsencode(template)


def gettempdir():
    """The directory used for temporary files."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return _os.fsdecode(tempdir)


def gettempdirb():
    return _os.fsencode(gettempdir())


def _sanitize_params(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, dir


def _mkstemp_inner(dir, pre, suf, flags):
    dir = _os.path.abspath(dir)
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, pre + name + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, file
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a file only the user can read and write; returns (os-level fd, absolute path)."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a directory only the user can use; returns its absolute path."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: prefer mkstemp)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


def _rmtree(path, ignore_errors=False):
    """Removes a directory tree (files first, then directories, bottom-up)."""
    try:
        for root, dirs, files in _os.walk(path, topdown=False):
            for name in files:
                try:
                    _os.unlink(_os.path.join(root, name))
                except OSError:
                    if not ignore_errors:
                        raise
            for name in dirs:
                p = _os.path.join(root, name)
                try:
                    if _os.path.islink(p):
                        _os.unlink(p)
                    else:
                        _os.rmdir(p)
                except OSError:
                    if not ignore_errors:
                        raise
        _os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


class _TemporaryFileWrapper:
    """A file object that removes its file when closed (if ``delete``)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        file = self.__dict__["file"]
        return getattr(file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._cleanup()
        return result

    def close(self):
        self.file.close()
        self._cleanup()

    def _cleanup(self):
        if not self._closed:
            self._closed = True
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object at %#x>" % id(self)


def _open_fd(fd, mode, buffering, encoding, newline, errors):
    kwargs = {}
    if buffering != -1:
        kwargs["buffering"] = buffering
    if "b" not in mode:
        if encoding is not None:
            kwargs["encoding"] = encoding
        if newline is not None:
            kwargs["newline"] = newline
        if errors is not None:
            kwargs["errors"] = errors
    return open(fd, mode, **kwargs)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (``.name``), removed on close if ``delete``."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags)
    try:
        file = _open_fd(fd, mode, buffering, encoding, newline, errors)
        return _TemporaryFileWrapper(file, name, delete)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file with no name in the file system (removed at once, POSIX style)."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags)
    try:
        _os.unlink(name)
        return _open_fd(fd, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """Data kept in memory until it exceeds ``max_size`` (then a TemporaryFile)."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline="\n" if newline is None else newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {"mode": mode, "buffering": buffering, "suffix": suffix,
                                   "prefix": prefix, "encoding": encoding,
                                   "newline": newline, "dir": dir, "errors": errors}

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs["mode"]

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return self._file.seekable()


class TemporaryDirectory:
    """A directory removed with its contents by cleanup() or at the end of a with block,
    which binds the directory's path."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._removed and _os.path.exists(self.name):
            _rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._removed = True

    __class_getitem__ = classmethod(lambda cls, item: cls)
