import asyncio
async def worker(name, delay_steps):
    print(f"{name} start")
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    print(f"{name} end")
    return name.upper()
async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print(results)
asyncio.run(main())
