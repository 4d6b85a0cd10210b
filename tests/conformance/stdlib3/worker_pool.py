# A job queue processed by worker threads, with status codes and a plugin loaded by name.
import importlib
import platform
import queue
import secrets
import threading
import timeit
from http import HTTPStatus

jobs = queue.Queue()
results = queue.PriorityQueue()
lock = threading.Lock()
processed = []


def worker(wid):
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            break
        priority, path = job
        status = HTTPStatus.OK if not path.endswith("!") else HTTPStatus.NOT_FOUND
        with lock:
            processed.append(path)
        results.put((priority, path, status))
        jobs.task_done()


threads = [threading.Thread(target=worker, args=(i,), name=f"worker-{i}") for i in range(2)]
for t in threads:
    t.start()
for item in [(3, "/c"), (1, "/a"), (2, "/b!"), (5, "/e"), (4, "/d")]:
    jobs.put(item)
for _ in threads:
    jobs.put(None)
jobs.join()
for t in threads:
    t.join()
print(sorted(processed), jobs.qsize(), jobs.empty())
while not results.empty():
    priority, path, status = results.get_nowait()
    print(priority, path, int(status), status.phrase, status.name)
print(all(not t.is_alive() for t in threads), threading.current_thread().name,
      threading.main_thread() is threading.current_thread())

lifo = queue.LifoQueue(maxsize=2)
lifo.put("x")
lifo.put("y")
print(lifo.full(), lifo.get(), lifo.get(), lifo.empty())
try:
    lifo.get_nowait()
except queue.Empty:
    print("Empty raised")
bounded = queue.Queue(maxsize=1)
bounded.put(1)
try:
    bounded.put(2, timeout=0.01)
except queue.Full:
    print("Full raised")
try:
    jobs.task_done()
except ValueError as e:
    print("ValueError:", e)

ev = threading.Event()
seen = []
waiter = threading.Thread(target=lambda: seen.append(ev.wait(timeout=5)))
ev.set()
waiter.start()
waiter.join()
print(seen, ev.is_set())
rl = threading.RLock()
with rl:
    with rl:
        print("re-entered")
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

print(HTTPStatus(418).phrase, HTTPStatus.NOT_FOUND == 404, HTTPStatus["CREATED"].value,
      HTTPStatus.SERVICE_UNAVAILABLE.description, repr(HTTPStatus.OK))

json_mod = importlib.import_module("json")
print(json_mod.dumps({"ok": True}), importlib.import_module("os.path").basename("/a/b.txt"))
try:
    importlib.import_module("no_such_plugin_module")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

print(platform.python_version(), platform.python_version_tuple()[:2], platform.system() in ("Linux", "Darwin", "Windows"))
token = secrets.token_hex(16)
print(len(token), len(secrets.token_bytes(8)), secrets.compare_digest(token, token),
      0 <= secrets.randbelow(5) < 5, secrets.choice(["a", "b"]) in ("a", "b"))
t = timeit.timeit("sum(range(100))", number=50)
print(isinstance(t, float), t >= 0, len(timeit.repeat("x = 1", repeat=3, number=10)))
