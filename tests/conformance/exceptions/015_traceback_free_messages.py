import json
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
    print(e.msg, e.lineno, e.colno, e.pos)
try:
    json.loads("[1, 2")
except ValueError as e:
    print(e)
try:
    json.loads("")
except ValueError as e:
    print(e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
try:
    "{0} {1}".format(1)
except IndexError as e:
    print(e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(repr(e))
try:
    "%d" % "s"
except TypeError as e:
    print(e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print(e)
try:
    list(range(3))[3]
except IndexError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    int("99", 40)
except ValueError as e:
    print(e)
