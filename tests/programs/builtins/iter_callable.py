# iter() with one and two arguments, and the iterator protocol methods
# of the native iterators.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [5, 4, 3, 2, 1, 0, 9]
pos = 0
def take():
    global pos
    pos += 1
    return data[pos - 1]
it = iter(take, 0)
print(type(it).__name__, iter(it) is it, list(it), pos, list(it), pos)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __call__(self):
        self.n -= 1
        if self.n == 1:
            raise StopIteration
        return self.n
print(list(iter(Countdown(5), -1)))
class Eq:
    def __eq__(self, other):
        return other == 3
n = 0
def inc():
    global n
    n += 1
    return n
print(list(iter(inc, Eq())))
def boom():
    raise KeyError("inside")
t(lambda: list(iter(boom, None)))
t(lambda: iter())
t(lambda: iter(1, 2))
t(lambda: iter(1))
t(lambda: iter([], 1, 2))
t(lambda: iter([], foo=1))
t(lambda: iter(None))
class GetItem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * i
g = iter(GetItem())
print(type(g).__name__, list(g), list(iter(GetItem())))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("ab")).__name__, type(iter("é")).__name__)
print(type(iter(range(3))).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(b"")).__name__)
li = iter([1, 2, 3])
print(li.__next__(), li.__iter__() is li, next(li), next(li), next(li, "stop"))
t(lambda: li.__next__())
t(lambda: next(iter([])))
t(lambda: type(iter([]))())
t(lambda: next(5))
ti = iter((7, 8))
print(next(ti), list(ti), list(ti))
ri = iter(range(2, 11, 4))
print(list(ri), next(ri, None))
print(list(iter(range(2**63 - 3, 2**63 - 1))), list(range(2**63 - 3, 2**63 - 1, 2)))
si = iter("hé☺")
print(next(si), list(si))
print(sum(iter([1, 2])), max(iter([1, 2])), list(enumerate(iter("xy"))), dict(zip(iter("ab"), iter([1, 2]))))
