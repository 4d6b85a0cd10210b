def http_status(code):
    match code:
        case 200:
            return "OK"
        case 301 | 302:
            return "Redirect"
        case 404:
            return "Not Found"
        case 500 | 502 | 503:
            return "Server Error"
        case _:
            return "Unknown"
for c in [200, 302, 404, 503, 418]:
    print(c, http_status(c))
def kind(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case "hello":
            return "greeting"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case _:
            return "other"
for v in [None, True, False, "hello", 0, -1, 1.5, 1, "x"]:
    print(repr(v), kind(v))
