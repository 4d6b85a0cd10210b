from decimal import Decimal


class Entry:
    def __init__(self, date, desc, debit, credit, amount):
        self.date = date
        self.desc = desc
        self.debit = debit
        self.credit = credit
        self.amount = Decimal(amount)

    def __repr__(self):
        return f"Entry({self.date}, {self.desc!r}, {self.debit}->{self.credit}, {self.amount})"


class Ledger:
    def __init__(self, accounts):
        self.accounts = dict(accounts)  # name -> type
        self.entries = []

    def post(self, *args):
        e = Entry(*args)
        for acct in (e.debit, e.credit):
            if acct not in self.accounts:
                raise ValueError(f"unknown account {acct}")
        if e.amount <= 0:
            raise ValueError("amount must be positive")
        self.entries.append(e)
        return e

    def balance(self, acct):
        kind = self.accounts[acct]
        bal = Decimal("0")
        for e in self.entries:
            if e.debit == acct:
                bal += e.amount
            if e.credit == acct:
                bal -= e.amount
        return bal if kind in ("asset", "expense") else -bal

    def trial_balance(self):
        rows = []
        for acct in self.accounts:
            rows.append((acct, self.accounts[acct], self.balance(acct)))
        return rows

    def by_month(self, acct):
        out = {}
        for e in self.entries:
            if acct in (e.debit, e.credit):
                month = e.date[:7]
                sign = 1 if e.debit == acct else -1
                out[month] = out.get(month, Decimal(0)) + sign * e.amount
        return out


L = Ledger({"cash": "asset", "bank": "asset", "revenue": "income",
            "rent": "expense", "supplies": "expense", "equity": "equity"})
L.post("2024-01-01", "Owner investment", "bank", "equity", "10000.00")
L.post("2024-01-03", "Withdraw cash", "cash", "bank", "500.00")
L.post("2024-01-05", "January rent", "rent", "bank", "1200.00")
L.post("2024-01-15", "Consulting", "bank", "revenue", "3150.50")
L.post("2024-02-01", "February rent", "rent", "bank", "1200.00")
L.post("2024-02-07", "Paper & ink", "supplies", "cash", "89.99")
L.post("2024-02-20", "Consulting", "bank", "revenue", "2800.25")
for bad in [("2024-02-21", "Typo", "bnak", "revenue", "1"), ("2024-02-22", "Zero", "cash", "bank", "0")]:
    try:
        L.post(*bad)
    except ValueError as e:
        print("rejected:", e)

print(f"{'Account':<10}{'Type':<9}{'Balance':>12}")
for acct, kind, bal in L.trial_balance():
    print(f"{acct:<10}{kind:<9}{bal:>12,.2f}")
income = sum(L.balance(a) for a, k in L.accounts.items() if k == "income")
expense = sum(L.balance(a) for a, k in L.accounts.items() if k == "expense")
print("net income:", income - expense)
print(L.by_month("bank"))
print(max(L.entries, key=lambda e: e.amount))
print(len(L.entries), sum(e.amount for e in L.entries))
