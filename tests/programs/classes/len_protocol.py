class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        self.items.append(x)
b = Bag(1, 2, 3)
print(len(b))
b.add(4)
print(len(b))
empty = Bag()
print(len(empty), bool(empty), bool(b))
if not empty:
    print("empty bag is falsy")
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 2.5
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
print(bool(NoLen()))
class Child(Bag):
    pass
print(len(Child(1, 2)), bool(Child()))
class BigLen:
    def __len__(self):
        return 10 ** 20
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class BoolLen:
    def __len__(self):
        return True
print(len(BoolLen()))
for obj in (Bag(), Bag(0), "", "a", [], [[]]):
    print(len(obj), "truthy" if obj else "falsy")
