# Ends with an uncaught AttributeError from a read-only property.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        self._balance += amount
        return self._balance


acct = Account("ann", 10)
print(acct.deposit(5))
print(acct.balance)
acct.balance = 100
print("unreachable")
