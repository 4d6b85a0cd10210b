import asyncio
async def fails(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)
async def ok():
    return "fine"
async def main():
    try:
        await fails("boom")
    except ValueError as e:
        print("caught", e)
    results = await asyncio.gather(ok(), fails("in gather"), return_exceptions=True)
    print([type(r).__name__ + ":" + str(r) for r in results])
    try:
        await asyncio.gather(ok(), fails("propagated"))
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
asyncio.run(main())
