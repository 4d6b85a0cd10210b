class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(f"balance {self.balance} < {amt}")
        self.balance -= amt
        print("withdrew", amt)
acct = Account(100)
acct.withdraw(30)
acct.withdraw(50)
acct.withdraw(40)
