import asyncio

async def slow(name, delay):
    try:
        print(f"{name} sleeping")
        await asyncio.sleep(delay)
        print(f"{name} woke")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    finally:
        print(f"{name} cleanup")

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    return "stubborn result"

async def main():
    t = asyncio.create_task(slow("t1", 1))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError")
    print("cancelled?", t.cancelled(), t.done())
    print("cancel again ->", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print("stubborn:", await s, s.cancelled())

    try:
        await asyncio.wait_for(slow("t2", 5), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow("t3", 0.001), timeout=1))

    try:
        async with asyncio.timeout(0.01):
            await slow("t4", 5)
    except TimeoutError:
        print("timeout() context raised TimeoutError")

    inner = asyncio.create_task(slow("shielded", 0.3))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.005)
    except TimeoutError:
        print("shield timed out, inner cancelled?", inner.cancelled())
    print("inner result", await inner)

    t5 = asyncio.create_task(slow("t5", 1))
    await asyncio.sleep(0)
    t5.cancel("because")
    try:
        await t5
    except asyncio.CancelledError as e:
        print("message:", e.args)

    f = asyncio.get_running_loop().create_future()
    f.cancel()
    print("future cancelled", f.cancelled(), repr(f))
    f2 = asyncio.get_running_loop().create_future()
    print(repr(f2))
    f2.set_result([1, 2])
    print(repr(f2))
    try:
        f2.set_result(3)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)

asyncio.run(main())
