import asyncio

log = []

async def worker(name, steps):
    print(f"{name} start")
    for i in range(steps):
        await asyncio.sleep(0)
        print(f"{name} step {i}")
    print(f"{name} done")
    return name * 2

async def bg():
    print("bg start")
    await asyncio.sleep(0)
    print("bg after sleep0")

def cb(tag):
    print("callback", tag)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "first")
    t = asyncio.create_task(worker("a", 2))
    loop.call_soon(cb, "second")
    print("created", t.done())
    r = await asyncio.gather(worker("b", 1), worker("c", 3), t)
    print("gathered", r)
    asyncio.create_task(bg())
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print("future", await fut, fut.done(), fut.result())
    t2 = asyncio.create_task(worker("d", 0))
    t2.add_done_callback(lambda f: print("done callback", f.result()))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("current", asyncio.current_task().get_name() != "", t2.get_name().startswith("Task-"))
    print("main end")

asyncio.run(main())
print("after run")

async def pending():
    try:
        print("pending start")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("pending cancelled at shutdown")
        raise
    finally:
        print("pending finally")

async def main2():
    asyncio.create_task(pending())
    await asyncio.sleep(0)
    print("main2 returns")

asyncio.run(main2())
