import asyncio

async def producer(q, name, items):
    for it in items:
        await q.put(f"{name}:{it}")
        print("put", name, it, "size", q.qsize())
    print("producer", name, "finished")

async def consumer(q, name, results):
    while True:
        item = await q.get()
        print("got", name, item)
        results.append(item)
        await asyncio.sleep(0)
        q.task_done()

async def queues():
    q = asyncio.Queue(maxsize=2)
    results = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", results)) for i in range(2)]
    await asyncio.gather(producer(q, "p1", range(3)), producer(q, "p2", "xy"))
    await q.join()
    print("joined", q.empty(), q.full(), len(results))
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    q2 = asyncio.Queue()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q3 = asyncio.Queue(1)
    q3.put_nowait(1)
    try:
        q3.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", q3)
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])

async def events():
    ev = asyncio.Event()
    async def waiter(n):
        print("waiter", n, "waiting")
        await ev.wait()
        print("waiter", n, "released")
        return n
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting", ev.is_set())
    ev.set()
    print(await asyncio.gather(*ts))

async def locks():
    lock = asyncio.Lock()
    order = []
    async def crit(n):
        async with lock:
            order.append(f"in{n}")
            await asyncio.sleep(0)
            order.append(f"out{n}")
    await asyncio.gather(*(crit(i) for i in range(3)))
    print(order, lock.locked())
    sem = asyncio.Semaphore(2)
    active = []
    async def limited(n):
        async with sem:
            active.append(n)
            print("enter", n, "active", len(active))
            await asyncio.sleep([0.25, 0.02, 0.02, 0.02][n])
            active.remove(n)
            print("leave", n)
    await asyncio.gather(*(limited(i) for i in range(4)))
    cond = asyncio.Condition()
    box = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: box)
            print("condition saw", box)
    async def prod():
        await asyncio.sleep(0)
        async with cond:
            box.append("item")
            cond.notify_all()
    await asyncio.gather(cons(), prod())

async def waiting():
    async def job(n, d):
        await asyncio.sleep(d)
        return n
    # Wide gaps between the timers, so a busy machine cannot make two of them due at once.
    tasks = [asyncio.create_task(job(i, 0.15 * (3 - i))) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first done", [t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(tasks)
    print("all done", sorted(t.result() for t in done), len(pending))
    order = []
    for c in asyncio.as_completed([job("slow", 0.45), job("fast", 0.15), job("mid", 0.3)]):
        order.append(await c)
    print("as_completed", order)
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("A", 0.01))
        b = tg.create_task(job("B", 0))
    print("taskgroup", a.result(), b.result())
    async def boom():
        await asyncio.sleep(0)
        raise ValueError("boom")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            tg.create_task(job("never", 1))
    except ExceptionGroup as eg:
        print("taskgroup errors", [str(e) for e in eg.exceptions])

async def main():
    await queues()
    await events()
    await locks()
    await waiting()

asyncio.run(main())
