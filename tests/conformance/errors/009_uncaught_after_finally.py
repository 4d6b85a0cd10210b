try:
    print("in try")
    raise RuntimeError("failure after cleanup")
finally:
    print("cleanup ran")
