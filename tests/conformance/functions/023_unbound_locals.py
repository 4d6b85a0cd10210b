# Locals read on paths where they may not be bound yet (or any more) raise UnboundLocalError;
# where every path binds them, reads just work.
def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except UnboundLocalError as e:
        print(label, "UnboundLocalError:", e)
    except NameError as e:
        print(label, "NameError:", e)
    except KeyError as e:
        print(label, "KeyError")

def if_one_branch(flag):
    if flag:
        x = 1
    return x

def if_else_other(flag):
    if flag:
        x = 1
    else:
        y = 2
    return x

def both_branches(flag):
    if flag:
        x = 1
    else:
        x = 2
    return x

def loop_target_after(items):
    for item in items:
        pass
    return item

def loop_else(items):
    for item in items:
        pass
    else:
        return item

def while_body(n):
    while n > 0:
        last = n
        n -= 1
    return last

def in_try(fail):
    try:
        if fail:
            raise ValueError
        x = 1
    except ValueError:
        return x
    return x

def in_finally(fail):
    try:
        if fail:
            raise KeyError
        z = 3
    finally:
        try:
            print("  finally sees", z)
        except UnboundLocalError as e:
            print("  finally:", e)
    return z

def deleted(flag):
    x = 1
    if flag:
        del x
    return x

def deleted_in_loop(n):
    x = 0
    for i in range(n):
        print("  x is", x)
        del x
        x = i

def except_name():
    e = "before"
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    return e

def param_deleted(p):
    del p
    return p

def nonlocal_del():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    return v

def sequential(a):
    b = a + 1
    c, (d, *e) = b, (b * 2, 1, 2)
    b += c
    for i in range(2):
        k = i
        print("  inside", b, c, d, e, k)
    return b

def augmented_unbound():
    total += 1
    return total

def with_target():
    class CM:
        def __enter__(self):
            return "entered"
        def __exit__(self, *a):
            return True
    with CM() as got:
        inside = got
        raise RuntimeError
    return inside

def suppressed_with():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            return True
    with CM():
        raise RuntimeError
        after = 1
    return after

attempt("if_one_branch True", if_one_branch, True)
attempt("if_one_branch False", if_one_branch, False)
attempt("if_else_other", if_else_other, False)
attempt("both_branches", both_branches, False)
attempt("loop_target_after [1,2]", loop_target_after, [1, 2])
attempt("loop_target_after []", loop_target_after, [])
attempt("loop_else []", loop_else, [])
attempt("loop_else [7]", loop_else, [7])
attempt("while_body 3", while_body, 3)
attempt("while_body 0", while_body, 0)
attempt("in_try ok", in_try, False)
attempt("in_try fail", in_try, True)
attempt("in_finally ok", in_finally, False)
attempt("in_finally fail", in_finally, True)
attempt("deleted False", deleted, False)
attempt("deleted True", deleted, True)
attempt("deleted_in_loop", deleted_in_loop, 2)
attempt("except_name", except_name)
attempt("param_deleted", param_deleted, 5)
attempt("nonlocal_del", nonlocal_del)
attempt("sequential", sequential, 1)
attempt("augmented_unbound", augmented_unbound)
attempt("with_target", with_target)
attempt("suppressed_with", suppressed_with)
