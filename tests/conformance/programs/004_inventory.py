class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku = sku


class UnknownItem(InventoryError, KeyError):
    def __str__(self):
        return f"unknown item {self.args[0]!r}"


class Item:
    def __init__(self, sku, name, price_cents, qty=0):
        self.sku = sku
        self.name = name
        self.price_cents = price_cents
        self.qty = qty

    @property
    def value(self):
        return self.price_cents * self.qty

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price_cents}, qty={self.qty})"


def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


class Inventory:
    LOW_STOCK = 3

    def __init__(self):
        self.items = {}
        self.log = []

    def add_item(self, item):
        if item.sku in self.items:
            raise InventoryError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item

    def _get(self, sku):
        if sku not in self.items:
            raise UnknownItem(sku)
        return self.items[sku]

    def restock(self, sku, n):
        item = self._get(sku)
        item.qty += n
        self.log.append(("restock", sku, n))

    def sell(self, sku, n):
        item = self._get(sku)
        if n > item.qty:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        self.log.append(("sell", sku, n))
        return item.price_cents * n

    def low_stock(self):
        return [s for s, it in sorted(self.items.items()) if it.qty <= self.LOW_STOCK]

    def report(self):
        lines = [f"{'SKU':<6}{'Name':<14}{'Qty':>5}{'Value':>14}"]
        for sku in sorted(self.items):
            it = self.items[sku]
            lines.append(f"{sku:<6}{it.name:<14}{it.qty:>5}{money(it.value):>14}")
        total = sum(it.value for it in self.items.values())
        lines.append(f"{'TOTAL':<25}{money(total):>14}")
        return "\n".join(lines)


inv = Inventory()
for it in [Item("A100", "Bolt", 25, 100), Item("B200", "Hammer", 1599, 4),
           Item("C300", "Saw", 2450, 1), Item("D400", "Ladder", 12999)]:
    inv.add_item(it)

revenue = 0
orders = [("A100", 30), ("B200", 2), ("C300", 2), ("Z999", 1), ("D400", 1), ("B200", 2)]
for sku, n in orders:
    try:
        revenue += inv.sell(sku, n)
        print(f"sold {n} x {sku}")
    except OutOfStock as e:
        print("out of stock ->", e, "| sku attr:", e.sku)
    except UnknownItem as e:
        print("unknown ->", e, "| is KeyError:", isinstance(e, KeyError))

inv.restock("D400", 2)
try:
    inv.add_item(Item("A100", "Dup", 1))
except InventoryError as e:
    print("InventoryError:", e)
print("revenue", money(revenue))
print("low stock", inv.low_stock())
print(inv.report())
print(inv.log)
print(money(-12345), money(5), money(100000000))
