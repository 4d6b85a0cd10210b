class AppError(Exception):
    def __init__(self, msg, code=500):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found", 404)
        self.what = what
class Forbidden(AppError):
    pass
def handle(kind):
    if kind == "nf":
        raise NotFound("page")
    if kind == "fb":
        raise Forbidden("no access", 403)
    if kind == "app":
        raise AppError("generic")
    if kind == "val":
        raise ValueError("other")
    return "fine"
for kind in ["ok", "nf", "fb", "app", "val"]:
    try:
        print(handle(kind))
    except NotFound as e:
        print("NotFound:", e, e.code, e.what)
    except AppError as e:
        print(type(e).__name__ + ":", e, e.code)
    except Exception as e:
        print("other:", repr(e))
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(AppError, BaseException))
print([c.__name__ for c in NotFound.__mro__])
