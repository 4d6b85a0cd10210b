# Class-and-method-heavy particle simulation: inheritance, super(), properties,
# operator overloading.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    @property
    def length2(self):
        return self.x * self.x + self.y * self.y


class Entity:
    count = 0

    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self._energy = 100
        Entity.count += 1

    @property
    def energy(self):
        return self._energy

    @energy.setter
    def energy(self, v):
        self._energy = max(0, min(200, v))

    def update(self, dt):
        self.pos = self.pos + self.vel * dt
        self.energy -= 1

    def bounce(self, w, h):
        if not 0 <= self.pos.x <= w:
            self.vel = Vec(-self.vel.x, self.vel.y)
        if not 0 <= self.pos.y <= h:
            self.vel = Vec(self.vel.x, -self.vel.y)


class Grazer(Entity):
    def update(self, dt):
        super().update(dt)
        self.energy += 2


class Hunter(Entity):
    def __init__(self, pos, vel, speed):
        super().__init__(pos, vel)
        self.speed = speed
        self.caught = 0

    def update(self, dt):
        super().update(dt)
        self.vel = self.vel * 0.999 + Vec(self.speed, -self.speed) * 0.001


class World:
    def __init__(self, n):
        self.w, self.h = 100.0, 100.0
        self.entities = []
        for i in range(n):
            p = Vec((i * 37) % 100, (i * 61) % 100)
            v = Vec(((i * 7) % 11) - 5, ((i * 5) % 13) - 6)
            if i % 10 == 0:
                self.entities.append(Hunter(p, v, 1.5))
            else:
                self.entities.append(Grazer(p, v))

    def step(self, dt):
        for e in self.entities:
            e.update(dt)
            e.bounce(self.w, self.h)
        hunters = [e for e in self.entities if isinstance(e, Hunter)]
        for h in hunters:
            for e in self.entities:
                if e is not h and (e.pos - h.pos).length2 < 4.0:
                    h.caught += 1
                    h.energy += 5


world = World(100)
for _ in range(2500):
    world.step(0.1)
total_energy = sum(e.energy for e in world.entities)
caught = sum(e.caught for e in world.entities if isinstance(e, Hunter))
cx = sum(e.pos.x for e in world.entities)
print("entities", Entity.count, "energy", total_energy, "caught", caught)
print(f"centroid-x {cx:.6f}")
