# Simple float accumulation loop.
def run(n):
    acc = 0.0
    x = 0.5
    for i in range(n):
        x = x * 1.0000001 + 0.25
        if x > 1000.0:
            x = x - 999.5
        acc += x * 0.001 - i * 1e-9
    return acc


print("float_loop checksum", round(run(12_000_000), 6))
