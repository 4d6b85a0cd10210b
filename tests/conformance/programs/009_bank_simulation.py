class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    pass


class AccountFrozen(BankError):
    pass


class Account:
    kind = "basic"
    fee = 0

    def __init__(self, owner, number, balance=0):
        self.owner = owner
        self.number = number
        self._balance = balance
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise BankError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        total = amount + self.fee
        if total > self.available():
            raise InsufficientFunds(f"{self.number}: need {total}, available {self.available()}")
        self._balance -= total
        self.history.append(("wd", total))

    def available(self):
        return self._balance

    def month_end(self):
        pass

    def __repr__(self):
        return f"<{self.kind} {self.number} {self.owner}: {self._balance}>"


class Savings(Account):
    kind = "savings"
    rate_bp = 150  # basis points per month

    def month_end(self):
        interest = self._balance * self.rate_bp // 10000
        if interest:
            self._balance += interest
            self.history.append(("int", interest))


class Checking(Account):
    kind = "checking"
    fee = 1

    def __init__(self, owner, number, balance=0, overdraft=100):
        super().__init__(owner, number, balance)
        self.overdraft = overdraft

    def available(self):
        return self._balance + self.overdraft

    def month_end(self):
        if self._balance < 0:
            penalty = 15
            self._balance -= penalty
            self.history.append(("pen", penalty))


class Bank:
    def __init__(self):
        self.accounts = {}
        self.failed = []

    def open(self, cls, owner, *args, **kw):
        number = f"AC{len(self.accounts) + 1:04d}"
        acct = cls(owner, number, *args, **kw)
        self.accounts[number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount)
        except BankError as e:
            self.failed.append(str(e))
            return False
        b.deposit(amount)
        return True

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
s = bank.open(Savings, "ann", 10000)
c = bank.open(Checking, "ann", 200)
d = bank.open(Checking, "bob", overdraft=50)
print(bank.accounts)
ops = [
    ("transfer", "AC0001", "AC0002", 500),
    ("transfer", "AC0002", "AC0003", 750),
    ("transfer", "AC0003", "AC0001", 800),
    ("transfer", "AC0002", "AC0001", 40),
    ("freeze", "AC0003"),
    ("transfer", "AC0003", "AC0001", 10),
    ("deposit", "AC0002", -5),
]
for op in ops:
    if op[0] == "transfer":
        ok = bank.transfer(*op[1:])
        print(f"transfer {op[1]}->{op[2]} {op[3]}: {'ok' if ok else 'FAILED'}")
    elif op[0] == "freeze":
        bank.accounts[op[1]].frozen = True
        print("froze", op[1])
    else:
        try:
            bank.accounts[op[1]].deposit(op[2])
        except BankError as e:
            print("deposit failed:", e)
for month in range(1, 4):
    bank.month_end()
    print(f"month {month}:", [a.balance for a in bank.accounts.values()], "total", bank.total())
print("failures:")
for f in bank.failed:
    print(" ", f)
for a in bank.accounts.values():
    print(a.number, a.kind, a.history)
print([type(e).__name__ for e in (InsufficientFunds(), AccountFrozen())], issubclass(AccountFrozen, BankError))
