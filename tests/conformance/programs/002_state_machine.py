class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot '{event}' while {state}")
        self.state = state
        self.event = event


class StateMachine:
    def __init__(self, initial, transitions):
        self.state = initial
        self.transitions = transitions
        self.history = [initial]
        self.listeners = []

    def on_change(self, fn):
        self.listeners.append(fn)
        return fn

    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise InvalidTransition(self.state, event)
        old = self.state
        self.state = self.transitions[key]
        self.history.append(self.state)
        for fn in self.listeners:
            fn(old, event, self.state)

    def can(self, event):
        return (self.state, event) in self.transitions

    def available(self):
        return sorted(e for (s, e) in self.transitions if s == self.state)


ORDER_FLOW = {
    ("new", "pay"): "paid",
    ("new", "cancel"): "cancelled",
    ("paid", "ship"): "shipped",
    ("paid", "refund"): "refunded",
    ("shipped", "deliver"): "delivered",
    ("shipped", "lose"): "lost",
    ("lost", "refund"): "refunded",
    ("delivered", "return"): "returned",
    ("returned", "refund"): "refunded",
}

sm = StateMachine("new", ORDER_FLOW)
log = []


@sm.on_change
def record(old, event, new):
    log.append(f"{old} --{event}--> {new}")


events = ["ship", "pay", "pay", "ship", "lose", "deliver", "refund", "anything"]
for ev in events:
    print(f"[{sm.state}] available={sm.available()} can {ev}? {sm.can(ev)}")
    try:
        sm.fire(ev)
    except InvalidTransition as e:
        print("  rejected:", e)

print("\n".join(log))
print(" -> ".join(sm.history))

counts = {}
for (src, _), dst in ORDER_FLOW.items():
    counts[dst] = counts.get(dst, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

terminal = sorted({dst for dst in ORDER_FLOW.values()} - {src for src, _ in ORDER_FLOW})
print("terminal states:", terminal)
