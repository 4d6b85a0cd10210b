class ParseError(Exception):
    pass


def tokenize(s):
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            text = s[i:j]
            toks.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            toks.append(("name", s[i:j]))
            i = j
        elif c in "+-*/%^()=,":
            toks.append(("op", c))
            i += 1
        else:
            raise ParseError(f"bad character {c!r}")
    toks.append(("end", None))
    return toks


class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def take(self, kind=None, val=None):
        tok = self.toks[self.pos]
        if (kind and tok[0] != kind) or (val and tok[1] != val):
            raise ParseError(f"expected {val or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.pos + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            node = ("assign", name, self.expr())
        else:
            node = self.expr()
        self.take("end")
        return node

    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            node = (op, node, self.factor())
        return node

    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.factor())
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.take()
            return ("^", base, self.factor())
        return base

    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            self.take()
            return ("num", val)
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return ("call", val, args)
            return ("var", val)
        if (kind, val) == ("op", "("):
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError(f"unexpected {val!r}")


FUNCS = {"max": max, "min": min, "abs": abs, "sqrt": lambda x: x ** 0.5}


def evaluate(node, env):
    tag = node[0]
    if tag == "num":
        return node[1]
    if tag == "var":
        if node[1] not in env:
            raise NameError(f"undefined variable {node[1]}")
        return env[node[1]]
    if tag == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if tag == "neg":
        return -evaluate(node[1], env)
    if tag == "call":
        return FUNCS[node[1]](*(evaluate(a, env) for a in node[2]))
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    if tag == "+":
        return a + b
    if tag == "-":
        return a - b
    if tag == "*":
        return a * b
    if tag == "/":
        return a / b
    if tag == "%":
        return a % b
    if tag == "^":
        return a ** b
    raise ValueError(tag)


env = {}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10", "y = x / 4",
         "x * y - 3", "max(1, x, y * 8) % 7", "sqrt(16) + abs(-3)", "7 / 0", "z + 1",
         "3 +", "4 $ 4", "(1 + 2", "10 % 3 - -1", "big = 2 ^ 100", "big / big", "1.5 * 4"]
for line in lines:
    try:
        tree = Parser(tokenize(line)).statement()
        print(f"{line:<22} => {evaluate(tree, env)!r}")
    except ParseError as e:
        print(f"{line:<22} !! parse error: {e}")
    except (ZeroDivisionError, NameError) as e:
        print(f"{line:<22} !! {type(e).__name__}: {e}")
print(Parser(tokenize("a = 1 + b * -c")).statement())
print(sorted(env.items()))
