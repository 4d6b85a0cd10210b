import asyncio
class Service:
    def __init__(self, name):
        self.name = name
        self.calls = 0
    async def fetch(self, key):
        self.calls += 1
        await asyncio.sleep(0)
        return f"{self.name}:{key}"
async def fetch_all(svc, keys):
    return [await svc.fetch(k) for k in keys]
async def main():
    s = Service("db")
    print(await fetch_all(s, ["a", "b", "c"]))
    results = await asyncio.gather(*(s.fetch(k) for k in range(3)))
    print(results, s.calls)
    lock = asyncio.Lock()
    shared = []
    async def append(i):
        async with lock:
            shared.append(i)
            await asyncio.sleep(0)
            shared.append(-i)
    await asyncio.gather(append(1), append(2))
    print(shared)
asyncio.run(main())
