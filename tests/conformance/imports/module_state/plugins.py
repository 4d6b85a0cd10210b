import counter
counter.register("plugin-a")
counter.register("plugin-b")
def run():
    return [counter.bump() for _ in range(2)]
