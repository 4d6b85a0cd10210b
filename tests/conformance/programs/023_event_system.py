class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.cancelled = False
        self.handled_by = []

    def cancel(self):
        self.cancelled = True

    def __repr__(self):
        return f"Event({self.name!r}, {self.data})"


class EventBus:
    def __init__(self):
        self._handlers = {}
        self._history = []

    def on(self, name, priority=0, once=False):
        def deco(fn):
            self._handlers.setdefault(name, []).append([priority, len(self._handlers.get(name, [])), fn, once])
            self._handlers[name].sort(key=lambda h: (-h[0], h[1]))
            return fn
        return deco

    def off(self, name, fn):
        before = len(self._handlers.get(name, []))
        self._handlers[name] = [h for h in self._handlers.get(name, []) if h[2] is not fn]
        return before - len(self._handlers[name])

    def emit(self, name, **data):
        ev = Event(name, **data)
        self._history.append(name)
        handlers = list(self._handlers.get(name, [])) + list(self._handlers.get("*", []))
        for h in handlers:
            if ev.cancelled:
                break
            _, _, fn, once = h
            try:
                fn(ev)
                ev.handled_by.append(fn.__name__)
            except Exception as e:
                print(f"  handler {fn.__name__} failed: {type(e).__name__}: {e}")
            if once:
                self._handlers[name] = [x for x in self._handlers[name] if x is not h]
        return ev


bus = EventBus()
audit = []


@bus.on("user.created")
def send_welcome(ev):
    print(f"  welcome mail to {ev.data['email']}")


@bus.on("user.created", priority=10)
def validate(ev):
    if "@" not in ev.data["email"]:
        print("  invalid email, cancelling")
        ev.cancel()


@bus.on("user.created", once=True)
def first_user_bonus(ev):
    print(f"  first user bonus for {ev.data['email']}")


@bus.on("order.paid")
def ship(ev):
    if ev.data["amount"] > 1000:
        raise RuntimeError("manual review required")
    print(f"  shipping order {ev.data['id']}")


@bus.on("*", priority=-5)
def log_all(ev):
    audit.append((ev.name, ev.cancelled))


for name, data in [("user.created", {"email": "a@x.io"}), ("user.created", {"email": "bad"}),
                   ("user.created", {"email": "b@x.io"}), ("order.paid", {"id": 1, "amount": 50}),
                   ("order.paid", {"id": 2, "amount": 5000}), ("unknown", {})]:
    print(f"emit {name} {data}")
    ev = bus.emit(name, **data)
    print(f"  -> cancelled={ev.cancelled} handled_by={ev.handled_by}")
print("removed:", bus.off("order.paid", ship), bus.off("order.paid", ship))
print(bus.emit("order.paid", id=3, amount=1).handled_by)
print(audit)
print(bus._history)
