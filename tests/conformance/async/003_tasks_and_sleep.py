import asyncio
log = []
async def ticker(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        log.append(f"{name}{i}")
    return n
async def main():
    t1 = asyncio.create_task(ticker("x", 3, 0.01))
    t2 = asyncio.create_task(ticker("y", 2, 0.025))
    r1 = await t1
    r2 = await t2
    print(r1, r2)
    print(sorted(log))
    print(t1.done(), t2.result())
asyncio.run(main())
