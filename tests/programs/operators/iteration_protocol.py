# __iter__/__next__, __contains__ fallbacks, old-style __getitem__ iteration,
# __reversed__ and its fallback, __length_hint__, __iter__ = None.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(4)), sum(Countdown(10)), 3 in Countdown(5), 9 in Countdown(5))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"))
print(list(zip(Countdown(3), "abc")), dict(enumerate(Countdown(2))))

class OldStyle:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(OldStyle()))
print(20 in OldStyle())
print(list(reversed(OldStyle())) if hasattr(OldStyle, "__len__") else "no len")
it = iter(OldStyle())
print(type(it).__name__, next(it), next(it))

class WithContains:
    def __contains__(self, x):
        print("  contains", x)
        return x == "magic"
    def __iter__(self):
        raise AssertionError("not used")
print("magic" in WithContains(), "other" not in WithContains())
class ContainsNonBool:
    def __contains__(self, x):
        return [x]
print(1 in ContainsNonBool(), 1 not in ContainsNonBool())

class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
print(list(reversed(Deck())), list(Deck()), "K" in Deck())

class OwnRev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(OwnRev())))

class Hinted:
    def __init__(self):
        self.items = [1, 2]
    def __iter__(self):
        return iter(self.items)
    def __length_hint__(self):
        return 100
print(list(Hinted()))

class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
errs = [
    lambda: iter(NoIter()), lambda: list(NoIter()), lambda: 1 in NoIter(),
    lambda: reversed(NoRev()), lambda: 1 in NoContains(),
    lambda: iter(5), lambda: list(object()), lambda: 3 in 4, lambda: reversed({1: 2}.keys()) and "ok",
    lambda: reversed(Hinted()), lambda: next(Deck()), lambda: next(iter(Deck())) + next([]),
]
for i, f in enumerate(errs):
    try:
        print(i, f())
    except TypeError as e:
        print(i, "TypeError:", e)

class BadIter:
    def __iter__(self):
        return 42
class IterNoNext:
    def __iter__(self):
        return self
for cls in [BadIter, IterNoNext]:
    try:
        for x in cls():
            pass
    except TypeError as e:
        print(cls.__name__, e)

class Stops:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("value")
        return self.i
s = Stops()
for x in s:
    print("got", x)
print(list(s), next(s, "exhausted"))
# iter(callable, sentinel)
vals = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(vals), 0)))
