import json


class Router:
    def __init__(self):
        self.routes = []
        self.middleware = []

    def route(self, method, pattern):
        def deco(fn):
            self.routes.append((method, pattern.strip("/").split("/"), fn))
            return fn
        return deco

    def use(self, fn):
        self.middleware.append(fn)
        return fn

    def _match(self, parts, pattern):
        if len(parts) != len(pattern):
            return None
        params = {}
        for p, pat in zip(parts, pattern):
            if pat.startswith("<") and pat.endswith(">"):
                name, _, conv = pat[1:-1].partition(":")
                if conv == "int":
                    if not p.isdigit():
                        return None
                    p = int(p)
                params[name] = p
            elif p != pat:
                return None
        return params

    def handle(self, raw):
        req = json.loads(raw)
        for mw in self.middleware:
            early = mw(req)
            if early is not None:
                return json.dumps(early, sort_keys=True)
        parts = req["path"].strip("/").split("/")
        allowed = []
        for method, pattern, fn in self.routes:
            params = self._match(parts, pattern)
            if params is None:
                continue
            if method != req["method"]:
                allowed.append(method)
                continue
            try:
                body = fn(req, **params)
                return json.dumps({"status": 200, "body": body}, sort_keys=True)
            except KeyError as e:
                return json.dumps({"status": 404, "error": f"not found: {e.args[0]}"}, sort_keys=True)
            except ValueError as e:
                return json.dumps({"status": 400, "error": str(e)}, sort_keys=True)
        if allowed:
            return json.dumps({"status": 405, "allow": sorted(allowed)}, sort_keys=True)
        return json.dumps({"status": 404, "error": "no route"}, sort_keys=True)


app = Router()
USERS = {1: {"name": "ann", "age": 31}, 2: {"name": "bob", "age": 27}}


@app.use
def auth(req):
    if req.get("token") != "secret":
        return {"status": 401, "error": "unauthorized"}


@app.route("GET", "/users")
def list_users(req):
    return [dict(id=k, **v) for k, v in sorted(USERS.items())]


@app.route("GET", "/users/<uid:int>")
def get_user(req, uid):
    return USERS[uid]


@app.route("POST", "/users")
def create_user(req):
    data = req.get("body") or {}
    if "name" not in data:
        raise ValueError("name required")
    uid = max(USERS) + 1
    USERS[uid] = {"name": data["name"], "age": int(data.get("age", 0))}
    return {"id": uid}


@app.route("GET", "/echo/<word>")
def echo(req, word):
    return word[::-1]


requests = [
    {"method": "GET", "path": "/users", "token": "secret"},
    {"method": "GET", "path": "/users/2", "token": "secret"},
    {"method": "GET", "path": "/users/9", "token": "secret"},
    {"method": "GET", "path": "/users/abc", "token": "secret"},
    {"method": "POST", "path": "/users", "token": "secret", "body": {"name": "cy", "age": "40"}},
    {"method": "POST", "path": "/users", "token": "secret", "body": {}},
    {"method": "DELETE", "path": "/users", "token": "secret"},
    {"method": "GET", "path": "/users", "token": "wrong"},
    {"method": "GET", "path": "/echo/stressed", "token": "secret"},
    {"method": "GET", "path": "/users", "token": "secret"},
]
for r in requests:
    print(r["method"], r["path"], "=>", app.handle(json.dumps(r)))
