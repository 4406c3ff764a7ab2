# set operations and methods (printed via sorted()).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], (2,))), sorted(a.symmetric_difference(range(3, 7))))
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= b, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(sorted(s), len(s))
s.update([5, 6], {7})
s.discard(100)
s.discard(5)
s.remove(6)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
p = s.pop()
print(p in (1, 3, 7), len(s))
c = a.copy()
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {20, 1}
print(sorted(c), sorted(a))
x = {1, 2, 3}
x.intersection_update({2, 3, 4})
print(sorted(x))
x.difference_update({3})
print(sorted(x))
x.symmetric_difference_update({2, 9})
print(sorted(x))
x.clear()
print(x, set(), len(x), bool(x))
print(sorted(set("mississippi")), sorted({c for c in "hello"}), sorted(set([3, 1, 3, 2])))
print({1, 2} == {2, 1}, {1, 2} == frozenset({1, 2}), {1, 1.0, True} == {1}, len({0, 0.0, False, -0.0}))
print(2 in a, 7 not in a, 3.0 in a)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(a, reverse=True), max(a), min(b), sum(a))
