# A Richards-style operating-system task scheduler simulation, written from a
# description of the classic benchmark: an idle task, a worker, two handlers
# and two device tasks exchange packets through a priority-ordered scheduler.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4


class Packet:
    __slots__ = ("link", "ident", "kind", "count", "data")

    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    __slots__ = ("link", "ident", "priority", "queue", "waiting", "held", "state")

    def __init__(self, sched, ident, priority, queue, state):
        self.link = sched.tasks_head
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = False
        self.held = False
        self.state = state
        sched.tasks_head = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)


class Scheduler:
    def __init__(self):
        self.tasks_head = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.switches = 0

    def run(self, behaviours):
        self.current = self.tasks_head
        while self.current is not None:
            t = self.current
            if not t.runnable():
                self.current = t.link
                continue
            packet = t.queue
            if packet is not None:
                t.queue = packet.link
                t.waiting = False
            self.switches += 1
            self.current = behaviours[t.ident](self, t, packet)

    def find(self, ident):
        return self.table[ident]

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def release(self, ident):
        t = self.find(ident)
        t.held = False
        return t if t.priority > self.current.priority else self.current

    def wait(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        t = self.find(packet.ident)
        self.queue_count += 1
        packet.ident = self.current.ident
        t.queue = packet.append_to(t.queue)
        if t.priority > self.current.priority and t.runnable():
            return t
        return self.current


def idle_fn(sched, task, packet):
    st = task.state
    st["count"] -= 1
    if st["count"] == 0:
        return sched.hold_self()
    if st["seed"] & 1 == 0:
        st["seed"] >>= 1
        return sched.release(DEVICE_A)
    st["seed"] = (st["seed"] >> 1) ^ 0xD008
    return sched.release(DEVICE_B)


def worker_fn(sched, task, packet):
    if packet is None:
        return sched.wait()
    st = task.state
    st["dest"] = HANDLER_B if st["dest"] == HANDLER_A else HANDLER_A
    packet.ident = st["dest"]
    packet.count = 0
    for i in range(DATA_SIZE):
        st["letter"] += 1
        if st["letter"] > 26:
            st["letter"] = 1
        packet.data[i] = st["letter"]
    return sched.queue_packet(packet)


def handler_fn(sched, task, packet):
    st = task.state
    if packet is not None:
        if packet.kind == KIND_WORK:
            st["work"] = packet.append_to(st["work"])
        else:
            st["device"] = packet.append_to(st["device"])
    work = st["work"]
    if work is not None:
        count = work.count
        if count < DATA_SIZE:
            dev = st["device"]
            if dev is not None:
                st["device"] = dev.link
                dev.count = work.data[count]
                work.count = count + 1
                return sched.queue_packet(dev)
        else:
            st["work"] = work.link
            return sched.queue_packet(work)
    return sched.wait()


def device_fn(sched, task, packet):
    st = task.state
    if packet is None:
        if not st["pending"]:
            return sched.wait()
        return sched.queue_packet(st["pending"].pop(0))
    st["pending"].append(packet)
    st["handled"] += 1
    return sched.hold_self()


BEHAVIOURS = [idle_fn, worker_fn, handler_fn, handler_fn, device_fn, device_fn]


def setup(count):
    s = Scheduler()
    Task(s, IDLE, 0, None, {"count": count, "seed": 1})
    wq = Packet(None, WORKER, KIND_WORK)
    wq = Packet(wq, WORKER, KIND_WORK)
    Task(s, WORKER, 1000, wq, {"dest": HANDLER_A, "letter": 0})
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    Task(s, HANDLER_A, 2000, q, {"work": None, "device": None})
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    Task(s, HANDLER_B, 3000, q, {"work": None, "device": None})
    Task(s, DEVICE_A, 4000, None, {"pending": [], "handled": 0})
    Task(s, DEVICE_B, 5000, None, {"pending": [], "handled": 0})
    return s


def order_by_priority(s):
    tasks = []
    t = s.tasks_head
    while t is not None:
        tasks.append(t)
        t = t.link
    tasks.sort(key=lambda t: -t.priority)
    for a, b in zip(tasks, tasks[1:] + [None]):
        a.link = b
    s.tasks_head = tasks[0]


checksum = 0
for it in range(50):
    s = setup(10000)
    order_by_priority(s)
    s.run(BEHAVIOURS)
    handled = s.table[DEVICE_A].state["handled"] + s.table[DEVICE_B].state["handled"]
    checksum += s.queue_count * 3 + s.hold_count * 7 + s.switches + handled
print("richards queue", s.queue_count, "hold", s.hold_count, "switches", s.switches, "checksum", checksum)
