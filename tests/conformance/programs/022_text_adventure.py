ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall", "up": "attic"}, "items": ["book"], "dark": True},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": ["knife", "bread"]},
    "cellar": {"desc": "Cold and damp.", "exits": {"up": "kitchen"}, "items": ["key"], "dark": True},
    "attic": {"desc": "A locked chest sits here.", "exits": {"down": "library"}, "items": [], "locked": True},
}


class Game:
    def __init__(self, rooms):
        self.rooms = {k: dict(v, items=list(v["items"])) for k, v in rooms.items()}
        self.here = "hall"
        self.inventory = []
        self.moves = 0
        self.over = False
        self.score = 0

    def room(self):
        return self.rooms[self.here]

    def can_see(self):
        return not self.room().get("dark") or "lamp" in self.inventory

    def look(self):
        if not self.can_see():
            return "It is pitch dark."
        r = self.room()
        items = f" You see: {', '.join(r['items'])}." if r["items"] else ""
        exits = ", ".join(sorted(r["exits"]))
        return f"[{self.here}] {r['desc']}{items} Exits: {exits}."

    def do(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        arg = " ".join(rest)
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to '{verb}'."
        self.moves += 1
        return handler(arg)

    def cmd_look(self, _):
        return self.look()

    def cmd_go(self, direction):
        exits = self.room()["exits"]
        if direction not in exits:
            return f"You can't go {direction or 'nowhere'}."
        target = exits[direction]
        if self.rooms[target].get("locked") and "key" not in self.inventory:
            return "The way is locked."
        self.here = target
        return self.look()

    def cmd_take(self, item):
        if not self.can_see():
            return "You fumble in the dark."
        items = self.room()["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        self.score += 10
        return f"Taken: {item}."

    def cmd_drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        self.room()["items"].append(item)
        return f"Dropped: {item}."

    def cmd_inventory(self, _):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")

    def cmd_open(self, what):
        if self.here == "attic" and what == "chest":
            self.over = True
            self.score += 50
            return "The chest creaks open. Treasure! You win."
        return "Nothing to open."


game = Game(ROOMS)
script = ["look", "take lamp", "go north", "take book", "go up", "go south", "go east",
          "take bread", "take spoon", "go down", "take key", "inventory", "dance", "go up",
          "drop bread", "look", "go west", "go north", "go up", "open chest", ""]
print(game.look())
for cmd in script:
    print(f"> {cmd}")
    print(game.do(cmd))
    if game.over:
        break
print(f"moves={game.moves} score={game.score} inventory={sorted(game.inventory)}")
print({k: v["items"] for k, v in game.rooms.items()})
