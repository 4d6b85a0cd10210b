import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
print(sys.argv[0].endswith(".py"))
print(type(sys.version_info.major).__name__, sys.version_info[0])
print(sys.maxsize > 2 ** 31)
print(callable(sys.exit))
print(sys.stdout is not None)
