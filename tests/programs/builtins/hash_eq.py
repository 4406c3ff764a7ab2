# hash() consistency for numbers (only numeric hashes are printed).
print(hash(1) == hash(1.0), hash(1) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(-1), hash(-2), hash(0), hash(1), hash(42), hash(-42), hash(10**6))
print(hash(2**61 - 1), hash(2**61), hash(2**61 + 5), hash(-(2**61)), hash(2**100))
print(hash(1.5), hash(0.5), hash(-0.5), hash(2.0), hash(1e20) == hash(10**20), hash(float("inf")))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(True), hash(False))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1.0])))
print(hash("abc") == hash("ab" + "c"), hash(b"x") == hash(b"x"), hash(None) == hash(None))
print(hash(-1.0), hash(-1 + 0j), hash(2**64) == hash(2.0**64))
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[1 + 0j] = "complex"
print(d, len(d))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
print(hash(K(7)), K(1) == K(1), len({K(1), K(1), K(4)}), K(4) in {K(4): 0})
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
