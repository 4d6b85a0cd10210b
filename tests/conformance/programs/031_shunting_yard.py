PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "^": (3, "R"), "~": (4, "R")}


def tokens(expr):
    out = []
    i = 0
    while i < len(expr):
        c = expr[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < len(expr) and expr[j].isdigit():
                j += 1
            out.append(int(expr[i:j]))
            i = j
            continue
        if c == "-" and (not out or out[-1] in PREC or out[-1] == "("):
            out.append("~")
        else:
            out.append(c)
        i += 1
    return out


def to_rpn(expr):
    output, stack = [], []
    for tok in tokens(expr):
        if isinstance(tok, int):
            output.append(tok)
        elif tok in PREC:
            p, assoc = PREC[tok]
            while stack and stack[-1] in PREC:
                q = PREC[stack[-1]][0]
                if q > p or (q == p and assoc == "L"):
                    output.append(stack.pop())
                else:
                    break
            stack.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack and stack[-1] != "(":
                output.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced ')'")
            stack.pop()
        else:
            raise SyntaxError(f"bad token {tok!r}")
    while stack:
        t = stack.pop()
        if t == "(":
            raise SyntaxError("unbalanced '('")
        output.append(t)
    return output


def eval_rpn(rpn):
    st = []
    for t in rpn:
        if isinstance(t, int):
            st.append(t)
        elif t == "~":
            st.append(-st.pop())
        else:
            b, a = st.pop(), st.pop()
            if t == "+":
                st.append(a + b)
            elif t == "-":
                st.append(a - b)
            elif t == "*":
                st.append(a * b)
            elif t == "/":
                st.append(a // b)
            elif t == "%":
                st.append(a % b)
            elif t == "^":
                st.append(a ** b)
    if len(st) != 1:
        raise SyntaxError("malformed expression")
    return st[0]


def to_infix(rpn):
    st = []
    for t in rpn:
        if isinstance(t, int):
            st.append(str(t))
        elif t == "~":
            st.append(f"(-{st.pop()})")
        else:
            b, a = st.pop(), st.pop()
            st.append(f"({a} {t} {b})")
    return st[0]


cases = ["3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "2 ^ 3 ^ 2", "(2 ^ 3) ^ 2", "-3 ^ 2", "10 - 4 - 3",
         "7 % 4 * 3", "-(2 + 3) * -4", "100 / 7 / 2", "2 ^ 64 - 1", "((1))", "(1 + 2", "1 + 2)", "3 4 +"]
for c in cases:
    try:
        rpn = to_rpn(c)
        print(f"{c:<30} | {' '.join(map(str, rpn)):<28} | {eval_rpn(rpn)}")
    except SyntaxError as e:
        print(f"{c:<30} | error: {e}")
    except ZeroDivisionError as e:
        print(f"{c:<30} | ZeroDivisionError: {e}")
print(to_infix(to_rpn("1 + 2 * -3 ^ 2")))
try:
    eval_rpn(to_rpn("8 / (3 - 3)"))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
