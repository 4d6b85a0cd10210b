"""pathlib for Tauraro: PurePath/PurePosixPath/PureWindowsPath (parsing only as POSIX),
Path/PosixPath with the file-system methods programs use. Written from CPython 3.11's
documented behaviour (parsing and normalisation, reprs, error messages)."""
import os
import re

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath",
           "WindowsPath"]


def _parse(parts):
    """(drv, root, [parts...]) of the joined path strings, as CPython normalises them."""
    root = ''
    rel = []
    for part in parts:
        if not part:
            continue
        if part.startswith('/'):
            if part.startswith('//') and not part.startswith('///'):
                root = '//'
            else:
                root = '/'
            rel = []
        for x in part.split('/'):
            if x and x != '.':
                rel.append(x)
    return '', root, rel


def _fspath(a):
    if isinstance(a, str):
        return a
    if isinstance(a, PurePath):
        return str(a)
    f = getattr(type(a), '__fspath__', None)
    if f is not None:
        r = f(a)
        if isinstance(r, str):
            return r
    raise TypeError("argument should be a str or an os.PathLike object where "
                    "__fspath__ returns a str, not %r" % type(a).__name__)


def _translate_glob(pat):
    """Regex for one glob path component (fnmatch rules, case-sensitive)."""
    i, n = 0, len(pat)
    res = []
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            res.append('.*')
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                res.append('\\[')
            else:
                stuff = pat[i:j].replace('\\', '\\\\')
                i = j + 1
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] == '^':
                    stuff = '\\' + stuff
                res.append('[' + stuff + ']')
        else:
            res.append(re.escape(c))
    return '(?s:' + ''.join(res) + r')\Z'


_glob_cache = {}


def _glob_match(pat, name):
    rx = _glob_cache.get(pat)
    if rx is None:
        rx = re.compile(_translate_glob(pat))
        _glob_cache[pat] = rx
    return rx.match(name) is not None


class _PathParents:
    """Sequence of a path's logical parents (`path.parents`)."""
    __slots__ = ('_path', '_n')

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        p = self._path
        return p._from_parsed(p._drv, p._root, p._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """Base class for manipulating paths without I/O."""
    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        strs = []
        for a in args:
            if isinstance(a, PurePath):
                strs.append(str(a))
            else:
                strs.append(_fspath(a))
        drv, root, parts = _parse(strs)
        self._drv = drv
        self._root = root
        self._parts = parts
        self._str = None
        self._hash = None
        return self

    def _from_parsed(self, drv, root, parts):
        obj = object.__new__(type(self))
        obj._drv = drv
        obj._root = root
        obj._parts = list(parts)
        obj._str = None
        obj._hash = None
        return obj

    def __str__(self):
        if self._str is None:
            s = self._drv + self._root + '/'.join(self._parts)
            self._str = s or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(str(self)))

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key() and type(self)._flavour == type(other)._flavour

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour != type(other)._flavour:
            return NotImplemented
        return self._cmpparts() < other._cmpparts()

    def __le__(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour != type(other)._flavour:
            return NotImplemented
        return self._cmpparts() <= other._cmpparts()

    def __gt__(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour != type(other)._flavour:
            return NotImplemented
        return self._cmpparts() > other._cmpparts()

    def __ge__(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour != type(other)._flavour:
            return NotImplemented
        return self._cmpparts() >= other._cmpparts()

    def _cmpparts(self):
        return list(self.parts)

    _flavour = 'posix'

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def parts(self):
        if self._drv or self._root:
            return tuple([self._drv + self._root] + self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        if not self._parts:
            return ''
        return self._parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        else:
            return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        else:
            return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parsed(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        to = type(self)(*other)
        n = len(to._parts)
        if (to._root != self._root or to._drv != self._drv or
                self._parts[:n] != to._parts):
            formatted = str(to)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._from_parsed('', '', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parsed(self._drv, self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pat = type(self)(path_pattern)
        if not pat._parts and not pat._root:
            raise ValueError("empty pattern")
        parts = self.parts
        pat_parts = pat.parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not _glob_match(p, part):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    __slots__ = ()
    _flavour = 'windows'


class Path(PurePath):
    """PurePath subclass that can make system calls."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = type(self)(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _make_child_relpath(self, part):
        return self._from_parsed(self._drv, self._root, self._parts + [part])

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pat._parts)
        if pattern.endswith('/'):
            parts.append('')
        yield from self._glob(parts)

    def rglob(self, pattern):
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = ['**'] + list(pat._parts)
        yield from self._glob(parts)

    def _glob(self, parts):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == '':
            if self.is_dir():
                yield self
            return
        if head == '**':
            seen = set()
            for d in self._walk_dirs():
                for p in d._glob(rest):
                    k = str(p)
                    if k not in seen:
                        seen.add(k)
                        yield p
            return
        if not any(ch in head for ch in '*?['):
            child = self._make_child_relpath(head)
            if rest:
                if child.is_dir():
                    yield from child._glob(rest)
            elif child.exists() or child.is_symlink():
                yield child
            return
        try:
            entries = os.listdir(self)
        except OSError:
            return
        for name in entries:
            if head[0] != '.' and name.startswith('.'):
                continue
            if _glob_match(head, name):
                child = self._make_child_relpath(name)
                if rest:
                    if child.is_dir():
                        yield from child._glob(rest)
                else:
                    yield child

    def _walk_dirs(self):
        yield self
        try:
            entries = os.listdir(self)
        except OSError:
            return
        for name in entries:
            if name.startswith('.'):
                continue
            child = self._make_child_relpath(name)
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        s = os.path.realpath(str(self))
        if strict and not os.path.exists(s):
            os.stat(s)
        return type(self)(s)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            return os.stat(self)
        return os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def owner(self):
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if 'b' not in mode and encoding is None:
            encoding = 'utf-8'
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' %
                            data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return type(self)(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        if not exist_ok and self.exists():
            raise FileExistsError(17, 'File exists', str(self))
        with open(str(self), 'a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def exists(self):
        try:
            self.stat()
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self):
        try:
            return os.path.isdir(str(self))
        except (OSError, ValueError):
            return False

    def is_file(self):
        try:
            return os.path.isfile(str(self))
        except (OSError, ValueError):
            return False

    def is_symlink(self):
        try:
            return os.path.islink(str(self))
        except (OSError, ValueError):
            return False

    def is_mount(self):
        return os.path.ismount(str(self)) if hasattr(os.path, 'ismount') else False

    def expanduser(self):
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~':
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return type(self)(homedir, *self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
