"""getpass: reading a password without echo, and the login name (Tauraro).

Tauraro reads from standard input and cannot switch the terminal's echo off, so
getpass() warns on stderr like CPython does when echo free input is unavailable.
"""
import os
import sys

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getpass(prompt="Password: ", stream=None):
    """Prompts (on stderr by default) and reads a line from stdin, without its newline."""
    if stream is None:
        stream = sys.stderr
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line[-1] == "\n":
        line = line[:-1]
    return line


def getuser():
    """The login name: $LOGNAME, $USER, $LNAME or $USERNAME, else the password database."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(name)
        if user:
            return user
    try:
        return os.getlogin()
    except Exception:
        pass
    try:
        uid = os.getuid()
        with open("/etc/passwd", encoding="utf-8") as f:
            for line in f:
                parts = line.split(":")
                if len(parts) > 2 and parts[2] == str(uid):
                    return parts[0]
    except (OSError, AttributeError):
        pass
    raise OSError("No username set in the environment")
