class VendingError(Exception):
    pass


COINS = (200, 100, 50, 20, 10, 5)


class VendingMachine:
    def __init__(self, stock, float_coins):
        self.stock = {slot: dict(item) for slot, item in stock.items()}
        self.coins = dict(float_coins)
        self.inserted = []
        self.state = "idle"
        self.sales = []

    def insert(self, coin):
        if coin not in COINS:
            raise VendingError(f"rejected coin {coin}")
        self.inserted.append(coin)
        self.state = "has_money"
        return self.credit()

    def credit(self):
        return sum(self.inserted)

    def _make_change(self, amount):
        pool = dict(self.coins)
        for c in self.inserted:
            pool[c] = pool.get(c, 0) + 1
        change = []
        for c in COINS:
            while amount >= c and pool.get(c, 0) > 0:
                amount -= c
                pool[c] -= 1
                change.append(c)
        if amount:
            return None, None
        return change, pool

    def select(self, slot):
        if slot not in self.stock:
            raise VendingError(f"no slot {slot}")
        item = self.stock[slot]
        if item["qty"] == 0:
            raise VendingError(f"{item['name']} sold out")
        if self.credit() < item["price"]:
            raise VendingError(f"insert {item['price'] - self.credit()} more")
        change, pool = self._make_change(self.credit() - item["price"])
        if change is None:
            raise VendingError("exact change only")
        self.coins = pool
        item["qty"] -= 1
        self.sales.append((item["name"], item["price"]))
        self.inserted = []
        self.state = "idle"
        return item["name"], change

    def refund(self):
        coins, self.inserted = self.inserted, []
        self.state = "idle"
        return coins


vm = VendingMachine(
    {"A1": {"name": "Cola", "price": 120, "qty": 2},
     "A2": {"name": "Chips", "price": 85, "qty": 1},
     "B1": {"name": "Candy", "price": 65, "qty": 0}},
    {100: 1, 50: 1, 20: 2, 10: 3, 5: 1},
)
script = [
    ("insert", 100), ("select", "A1"), ("insert", 50), ("select", "A1"),
    ("insert", 3), ("insert", 200), ("select", "A2"), ("select", "B1"),
    ("refund",), ("insert", 100), ("select", "A2"), ("insert", 200), ("select", "A1"),
    ("select", "Z9"), ("refund",), ("insert", 200), ("select", "A1"), ("refund",),
]
for step in script:
    op, *args = step
    try:
        result = getattr(vm, op)(*args)
        print(f"{op}{tuple(args) if args else '()'} -> {result}  [credit={vm.credit()}, state={vm.state}]")
    except VendingError as e:
        print(f"{op}{tuple(args)} !! {e}  [credit={vm.credit()}]")
print("sales:", vm.sales, "revenue:", sum(p for _, p in vm.sales))
print("coins:", dict(sorted(vm.coins.items(), reverse=True)))
print("stock:", {s: i["qty"] for s, i in vm.stock.items()})
