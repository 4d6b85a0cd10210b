def parse_all(rows):
    results = []
    for r in rows:
        try:
            try:
                name, val = r.split("=")
            except ValueError:
                raise SyntaxError(f"malformed row {r!r}")
            try:
                results.append((name, float(val)))
            except ValueError as e:
                results.append((name, None))
                print("warn:", e)
        except SyntaxError as e:
            print("error:", e.msg if hasattr(e, "msg") else e)
    return results
print(parse_all(["a=1", "b=x", "bad", "c=2.5", "d=1=2"]))
def cleanup_order():
    log = []
    try:
        try:
            log.append("inner try")
            raise ValueError
        except ValueError:
            log.append("inner except")
            raise TypeError
        finally:
            log.append("inner finally")
    except TypeError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(cleanup_order())
