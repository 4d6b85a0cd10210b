class Account:
    interest = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"
    def deposit(self, amt):
        self.balance += amt
        return self
    def apply_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
accts = [Account("a", 100), Account("b"), Account("c", 50)]
accts[1].deposit(10).deposit(5)
for a in accts:
    a.apply_interest()
print(accts)
Account.interest = 0.5
accts[0].apply_interest()
print(accts[0])
print(Account._next_id)
print(getattr(accts[2], "owner"), [a.id for a in accts])
