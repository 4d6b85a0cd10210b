import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
try:
    try:
        sys.exit("bye")
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("BaseException caught:", type(e).__name__, e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
try:
    raise StopIteration
except StopIteration as e:
    print("stop", e.value)
