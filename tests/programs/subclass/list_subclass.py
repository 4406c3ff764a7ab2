# list subclasses: overridden methods, slicing results, super() calls.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1] if self else None
    def __repr__(self):
        return f"Stack({list.__repr__(self)})"

s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s[1:3], type(s[1:3]).__name__, s.pop(), s)
print(isinstance(s, list), type(s + [9]).__name__, type(s * 2).__name__, s + [9])
s += [7]
print(type(s).__name__, s, list(reversed(s)), sorted(s, reverse=True), 7 in s, s.index(7))
s.sort(reverse=True)
print(s, s == [7, 3, 2, 1], [7, 3, 2, 1] == s, s != Stack([7, 3, 2, 1]))

class TypedList(list):
    def __init__(self, kind, items=()):
        super().__init__()
        self.kind = kind
        for it in items:
            self.append(it)
    def append(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(x).__name__}")
        super().append(x)
    def __setitem__(self, i, v):
        if not isinstance(v, self.kind):
            raise TypeError("bad item")
        super().__setitem__(i, v)

tl = TypedList(int, [1, 2, 3])
print(tl, tl.kind, tl.__dict__)
for f in [lambda: tl.append("x"), lambda: tl.__setitem__(0, "y"), lambda: tl.insert(0, "ok?")]:
    try:
        f()
        print("no error", tl)
    except TypeError as e:
        print("TypeError:", e)
tl[1] = 20
tl.extend([4.5])  # extend does not call append
print(tl)

class Avg(list):
    @property
    def mean(self):
        return sum(self) / len(self)
    def __getitem__(self, i):
        r = super().__getitem__(i)
        return Avg(r) if isinstance(i, slice) else r
a = Avg([1, 2, 3, 4])
print(a.mean, a[1:].mean, type(a[::2]).__name__, a[0], [x for x in a], list(a), a.copy(), type(a.copy()).__name__)
print(Avg() == [], bool(Avg()), bool(Avg([0])), len(Avg("abc")))
class Fixed(list):
    def __len__(self):
        return 99
f = Fixed([1])
print(len(f), bool(f), list(f), f)
try:
    Avg().mean
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    hash(Stack())
except TypeError as e:
    print("TypeError:", e)
class Hashable(list):
    def __hash__(self):
        return 7
print(hash(Hashable([1])), {Hashable(): 1}[Hashable()])
