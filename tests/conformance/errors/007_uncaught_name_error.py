def compute():
    return undefined_value * 2
print("start")
compute()
