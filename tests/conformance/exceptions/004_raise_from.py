class ConfigError(Exception):
    pass
def load(d):
    try:
        return int(d["port"])
    except KeyError as e:
        raise ConfigError("missing port") from e
    except ValueError as e:
        raise ConfigError("bad port") from e
for cfg in [{"port": "80"}, {}, {"port": "eighty"}]:
    try:
        print("port", load(cfg))
    except ConfigError as e:
        print(e, "| cause:", type(e.__cause__).__name__, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(e, "| context:", repr(e.__context__), e.__cause__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise RuntimeError("no chain") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
e = ValueError("plain")
print(e.__cause__, e.__context__)
