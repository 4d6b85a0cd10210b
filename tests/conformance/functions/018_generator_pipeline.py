def read_lines():
    data = """# comment
alpha,3
beta,x
gamma,7

delta,12"""
    for line in data.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        name, _, val = line.partition(",")
        try:
            yield name, int(val)
        except ValueError:
            print(f"skipping bad value {val!r} for {name}")
def running_total(pairs):
    total = 0
    for name, v in pairs:
        total += v
        yield name, v, total
for row in running_total(parse(strip_comments(read_lines()))):
    print(row)
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 3 == 0))))
