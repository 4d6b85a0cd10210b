KEYWORDS = {"let", "if", "else", "while", "print", "fn", "return"}
OPERATORS = ["==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/", "=", "<", ">", "(", ")", "{", "}", ";", ","]


class Token:
    __slots__ = ("kind", "value", "line", "col")

    def __init__(self, kind, value, line, col):
        self.kind = kind
        self.value = value
        self.line = line
        self.col = col

    def __repr__(self):
        return f"{self.kind}({self.value!r})@{self.line}:{self.col}"


class LexError(Exception):
    pass


def tokenize(src):
    tokens = []
    i = 0
    line, col = 1, 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            i += 1
            line += 1
            col = 1
            continue
        if ch.isspace():
            i += 1
            col += 1
            continue
        if ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start_col = col
        if ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise LexError(f"bad number {text!r} at {line}:{start_col}")
            tokens.append(Token("FLOAT" if "." in text else "INT", text, line, start_col))
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(Token("KW" if word in KEYWORDS else "IDENT", word, line, start_col))
        elif ch == '"':
            j = i + 1
            buf = []
            while j < len(src) and src[j] != '"':
                if src[j] == "\\" and j + 1 < len(src):
                    buf.append({"n": "\n", "t": "\t"}.get(src[j + 1], src[j + 1]))
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            if j >= len(src):
                raise LexError(f"unterminated string at {line}:{start_col}")
            j += 1
            tokens.append(Token("STR", "".join(buf), line, start_col))
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    tokens.append(Token("OP", op, line, start_col))
                    j = i + len(op)
                    break
            else:
                raise LexError(f"unexpected {ch!r} at {line}:{start_col}")
        col += j - i
        i = j
    tokens.append(Token("EOF", "", line, col))
    return tokens


program = '''let x = 10;  # a comment
let name = "tab\\there";
if (x >= 10 && x != 3.5) {
    print(name, x * 2);
}
fn add(a, b) { return a + b; }'''

toks = tokenize(program)
for t in toks:
    print(t)
kinds = {}
for t in toks:
    kinds[t.kind] = kinds.get(t.kind, 0) + 1
print(kinds)

for bad in ['let s = "oops', "x = 1.2.3;", "a @ b"]:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
