class Elevator:
    def __init__(self, name, floors, capacity=4):
        self.name = name
        self.floors = floors
        self.capacity = capacity
        self.floor = 0
        self.direction = 0
        self.passengers = []
        self.stops = set()
        self.log = []
        self.moved = 0

    def load(self):
        return len(self.passengers)

    def call(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"{self.name}: no floor {floor}")
        self.stops.add(floor)

    def step(self, waiting, t):
        out = [p for p in self.passengers if p[1] == self.floor]
        for p in out:
            self.passengers.remove(p)
            self.log.append(f"t={t:02} {self.name} F{self.floor}: drop {p[0]}")
        queue = waiting.get(self.floor, [])
        while queue and self.load() < self.capacity:
            p = queue.pop(0)
            self.passengers.append(p)
            self.stops.add(p[1])
            self.log.append(f"t={t:02} {self.name} F{self.floor}: pick {p[0]} -> F{p[1]}")
        if queue:
            self.log.append(f"t={t:02} {self.name} F{self.floor}: full, {len(queue)} left waiting")
        self.stops.discard(self.floor)
        if not self.stops:
            self.direction = 0
            return
        if self.direction == 0:
            nearest = min(self.stops, key=lambda f: (abs(f - self.floor), f))
            self.direction = 1 if nearest > self.floor else -1
        ahead = [f for f in self.stops if (f - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
        self.floor += self.direction
        self.moved += 1


class Building:
    def __init__(self, floors, elevators):
        self.floors = floors
        self.elevators = elevators
        self.waiting = {}

    def request(self, who, src, dst):
        self.waiting.setdefault(src, []).append((who, dst))
        best = min(self.elevators, key=lambda e: (abs(e.floor - src) + 2 * e.load(), e.name))
        best.call(src)
        return best.name

    def run(self, schedule, max_t=40):
        for t in range(max_t):
            for who, src, dst in schedule.get(t, []):
                print(f"t={t:02} request {who}: F{src}->F{dst} assigned {self.request(who, src, dst)}")
            for e in self.elevators:
                e.step(self.waiting, t)
            if t > max(schedule) and all(not e.stops and not e.passengers for e in self.elevators):
                return t
        return max_t


b = Building(10, [Elevator("A", 10), Elevator("B", 10, capacity=2)])
schedule = {
    0: [("ann", 0, 7), ("bob", 0, 3)],
    2: [("cat", 5, 0), ("dan", 9, 1)],
    4: [("eve", 3, 8), ("fay", 3, 8), ("gus", 3, 0)],
    9: [("hal", 6, 2)],
}
end = b.run(schedule)
for e in b.elevators:
    print("\n".join(e.log))
    print(f"{e.name}: floor={e.floor} moved={e.moved} carrying={e.passengers}")
print("finished at t =", end, "waiting:", {k: v for k, v in b.waiting.items() if v})
try:
    b.elevators[0].call(12)
except ValueError as err:
    print("ValueError:", err)
