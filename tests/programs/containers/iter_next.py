# iter/next with default, StopIteration, iterator exhaustion, sentinel form.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
it2 = iter("ab")
print(list(it2), list(it2))
print(iter(it2) is it2)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, "done"))
vals = [5, 4, 3, 0, 9]
pos = [0]
def nxt():
    v = vals[pos[0]]
    pos[0] += 1
    return v
print(list(iter(nxt, 0)))
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
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
c = Countdown(2)
for x in c:
    print("loop", x)
print(next(c, "exhausted"))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(iter(Seq())))
for bad in [5, None, 1.5]:
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
print(list(iter([])), next(iter(range(3, 5))), next(iter({7: 0})))
