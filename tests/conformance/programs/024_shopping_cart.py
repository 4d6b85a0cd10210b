from fractions import Fraction


class Product:
    def __init__(self, sku, name, price_cents, category):
        self.sku, self.name, self.price, self.category = sku, name, price_cents, category

    def __repr__(self):
        return f"{self.name}@{self.price}"


class Discount:
    label = "discount"

    def apply(self, cart):
        return 0


class PercentOff(Discount):
    def __init__(self, category, pct):
        self.category, self.pct = category, pct
        self.label = f"{pct}% off {category}"

    def apply(self, cart):
        base = sum(p.price * q for p, q in cart.lines() if p.category == self.category)
        return base * self.pct // 100


class BuyXGetY(Discount):
    def __init__(self, sku, x, y):
        self.sku, self.x, self.y = sku, x, y
        self.label = f"buy {x} get {y} free ({sku})"

    def apply(self, cart):
        for p, q in cart.lines():
            if p.sku == self.sku:
                free = (q // (self.x + self.y)) * self.y
                return free * p.price
        return 0


class Threshold(Discount):
    def __init__(self, minimum, off):
        self.minimum, self.off = minimum, off
        self.label = f"{off} off orders over {minimum}"

    def apply(self, cart):
        return self.off if cart.subtotal() >= self.minimum else 0


class Cart:
    TAX = Fraction(8, 100)

    def __init__(self):
        self._items = {}
        self.discounts = []

    def add(self, product, qty=1):
        if qty <= 0:
            raise ValueError("quantity must be positive")
        prod, old = self._items.get(product.sku, (product, 0))
        self._items[product.sku] = (prod, old + qty)

    def remove(self, sku, qty=None):
        if sku not in self._items:
            raise KeyError(sku)
        prod, q = self._items[sku]
        if qty is None or qty >= q:
            del self._items[sku]
        else:
            self._items[sku] = (prod, q - qty)

    def lines(self):
        return list(self._items.values())

    def subtotal(self):
        return sum(p.price * q for p, q in self.lines())

    def receipt(self):
        out = []
        for p, q in self.lines():
            out.append(f"{p.name:<12} {q:>3} x {p.price / 100:>6.2f} = {p.price * q / 100:>8.2f}")
        sub = self.subtotal()
        out.append(f"{'Subtotal':<29}{sub / 100:>8.2f}")
        total_off = 0
        for d in self.discounts:
            off = d.apply(self)
            if off:
                total_off += off
                out.append(f"  {d.label:<27}{-off / 100:>8.2f}")
        taxable = max(sub - total_off, 0)
        tax = round(taxable * self.TAX)
        out.append(f"{'Tax (8%)':<29}{tax / 100:>8.2f}")
        out.append(f"{'TOTAL':<29}{(taxable + tax) / 100:>8.2f}")
        return "\n".join(out)


apple = Product("APL", "Apple", 50, "fruit")
pear = Product("PER", "Pear", 75, "fruit")
tea = Product("TEA", "Green tea", 499, "drinks")
mug = Product("MUG", "Mug", 1250, "kitchen")
cart = Cart()
cart.add(apple, 7)
cart.add(pear, 2)
cart.add(tea)
cart.add(mug, 2)
cart.add(apple, 3)
cart.discounts = [PercentOff("fruit", 10), BuyXGetY("APL", 3, 1), Threshold(3000, 500)]
print(cart.receipt())
print("---")
cart.remove("MUG", 1)
cart.remove("PER")
try:
    cart.remove("XYZ")
except KeyError as e:
    print("no such item:", e)
try:
    cart.add(tea, 0)
except ValueError as e:
    print("ValueError:", e)
print(cart.receipt())
print(sorted(cart._items), [repr(p) for p, _ in cart.lines()])
