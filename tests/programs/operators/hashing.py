# __hash__ / __eq__ rules: implicit None, explicit None, inheritance.
class Default:
    pass
class EqOnly:
    def __eq__(self, o):
        return True
class EqAndHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, EqAndHash) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"K({self.k})"
class NoHash:
    __hash__ = None
class Child(EqAndHash):
    pass
class ChildEq(EqAndHash):
    def __eq__(self, o):
        return False
class ChildEqHash(EqAndHash):
    def __eq__(self, o):
        return super().__eq__(o)
    __hash__ = EqAndHash.__hash__

d = Default()
print(hash(d) == hash(d), {d: 1}[d], EqOnly.__hash__, NoHash.__hash__)
print(Default.__hash__ is object.__hash__, "__hash__" in EqOnly.__dict__, "__hash__" in Child.__dict__)
for cls in [EqOnly, NoHash, ChildEq]:
    obj = cls() if cls is not ChildEq else cls(1)
    for f in [lambda: hash(obj), lambda: {obj}, lambda: {obj: 1}, lambda: frozenset([obj]),
              lambda: obj in {1, 2}, lambda: {1: 2}.get(obj)]:
        try:
            print(f())
        except TypeError as e:
            print(cls.__name__, "TypeError:", e)

s = {EqAndHash(1), EqAndHash(1), EqAndHash(2), Child(2), ChildEqHash(3)}
print(len(s), sorted(x.k for x in s))
print(EqAndHash(5) in {EqAndHash(5)}, {EqAndHash(1): "a"}[EqAndHash(1)])
print(hash(Child(7)) == hash(7), hash(ChildEqHash(8)) == hash(8))

class BadHash:
    def __hash__(self):
        return "x"
class BigHash:
    def __hash__(self):
        return 2 ** 100
class BoolHash:
    def __hash__(self):
        return True
class MinusOne:
    def __hash__(self):
        return -1
for cls in [BadHash, BigHash, BoolHash, MinusOne]:
    try:
        print(cls.__name__, hash(cls()))
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)

for v in [[1], {1: 2}, {1}, bytearray(b"x"), ([],)]:
    try:
        print(hash(v))
    except TypeError as e:
        print("TypeError:", e)
print(hash(slice(1, 2, 3)) == hash(slice(1, 2, 3)), hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])), hash(1.0) == hash(1), hash(True))

# hash called once per insert, eq only on collisions
calls = []
class Tracked:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        calls.append(("hash", self.n))
        return self.n % 2
    def __eq__(self, o):
        calls.append(("eq", self.n, o.n))
        return self.n == o.n
dd = {}
dd[Tracked(1)] = "a"
dd[Tracked(2)] = "b"
dd[Tracked(3)] = "c"
print(len(dd), calls)
calls.clear()
print(Tracked(3) in dd, calls)
