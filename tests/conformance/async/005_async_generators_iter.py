import asyncio
async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1
class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class AsyncCtx:
    async def __aenter__(self):
        print("aenter")
        return "ctx"
    async def __aexit__(self, *exc):
        print("aexit")
async def main():
    async for v in countdown(3):
        print("countdown", v)
    print([x async for x in AsyncRange(4)])
    async with AsyncCtx() as c:
        print("inside", c)
asyncio.run(main())
