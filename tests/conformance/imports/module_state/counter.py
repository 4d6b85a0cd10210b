count = 0
registry = []
def register(name):
    registry.append(name)
    return len(registry)
def bump():
    global count
    count += 1
    return count
