import asyncio
async def double(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    a = await double(3)
    b = await double(a)
    print(a, b)
    return b + 1
result = asyncio.run(main())
print("result", result)
print(asyncio.iscoroutinefunction(double))
