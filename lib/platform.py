"""platform: information about the host system (Tauraro).

The Python implementation is reported as CPython 3.11.7, the language level Tauraro
implements, so programs that branch on it behave as under CPython.
"""
import os
import sys
from collections import namedtuple

__version__ = "1.0.8"

_PY_VERSION = "3.11.7"


def python_version():
    return _PY_VERSION


def python_version_tuple():
    return tuple(_PY_VERSION.split("."))


def python_implementation():
    return "CPython"


def python_branch():
    return ""


def python_revision():
    return ""


def python_build():
    return ("main", "Jan  1 2024 00:00:00")


def python_compiler():
    return "GCC 11.4.0"


class uname_result(namedtuple("uname_result", "system node release version machine")):
    """(system, node, release, version, machine), plus the processor attribute."""

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        return iter([tuple.__getitem__(self, i) for i in range(5)] + [self.processor])

    def __len__(self):
        return 6

    def __getitem__(self, key):
        return (tuple.__getitem__(self, 0), tuple.__getitem__(self, 1),
                tuple.__getitem__(self, 2), tuple.__getitem__(self, 3),
                tuple.__getitem__(self, 4), self.processor)[key]

    def __repr__(self):
        return ("uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)"
                % (self.system, self.node, self.release, self.version, self.machine))


_uname_cache = None


def _processor():
    # CPython asks `uname -p`, which is "unknown" (reported as "") on most Linux systems
    return ""


def uname():
    global _uname_cache
    if _uname_cache is None:
        if hasattr(os, "uname"):
            u = os.uname()
            system, node, release, version, machine = (u.sysname, u.nodename, u.release,
                                                       u.version, u.machine)
        else:
            system, node, release, version, machine = "Windows", "", "", "", ""
        _uname_cache = uname_result(system, node, release, version, machine)
    return _uname_cache


def system():
    """'Linux', 'Darwin', 'Windows', ..."""
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    """'x86_64', 'arm64', ..."""
    return uname().machine


def processor():
    return uname().processor


def architecture(executable=sys.executable, bits="", linkage=""):
    size = 64 if sys.maxsize > 2 ** 32 else 32
    fmt = "ELF" if sys.platform.startswith("linux") else ""
    return (bits or "%dbit" % size, linkage or fmt)


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    if sys.platform.startswith("linux"):
        return ("glibc", version or "2.35")
    return (lib, version)


def platform(aliased=False, terse=False):
    """A single string identifying the platform, e.g. 'Linux-6.1.0-x86_64-with-glibc2.35'."""
    s, n, r, v, m = tuple.__getitem__(uname(), slice(0, 5))
    if s == "Darwin":
        s = "macOS"
    if terse:
        return "%s-%s" % (s, r)
    if s == "Linux":
        lib, ver = libc_ver()
        return "%s-%s-%s-with-%s%s" % (s, r, m, lib, ver)
    return "%s-%s-%s" % (s, r, m)


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def freedesktop_os_release():
    info = {}
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if not line or line.startswith("#") or "=" not in line:
                        continue
                    k, v = line.split("=", 1)
                    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
                        v = v[1:-1]
                    info[k] = v
            if "NAME" not in info:
                info["NAME"] = "Linux"
            if "ID" not in info:
                info["ID"] = "linux"
            if "PRETTY_NAME" not in info:
                info["PRETTY_NAME"] = "Linux"
            return info
        except OSError:
            continue
    raise OSError("Unable to read files /etc/os-release, /usr/lib/os-release")
