# set and frozenset methods, in-place forms and error messages.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a.union(b), a.union(), a.union([9], (8,), range(2)), a.intersection(b), a.intersection(b, [4]), a.intersection())
print(a.difference(b), a.difference(), a.difference([1], {2}), a.symmetric_difference(b), a.symmetric_difference([4, 4, 6]))
print(a.issubset(range(10)), a.issubset(b), a.issuperset([1, 2]), a.issuperset(b), a.isdisjoint([7, 8]), a.isdisjoint(b))
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([5, 6], {7}, range(2))
s.discard(100)
s.discard(5)
s.remove(6)
print(s, len(s))
print(s.pop(), s.pop(), s)
c = a.copy()
c.intersection_update({1, 2, 10}, [2, 1])
print(c)
c = a.copy()
c.difference_update({1}, [2])
print(c)
c.symmetric_difference_update([4, 9, 9])
print(c)
c.clear()
print(c, c == set(), bool(c))
x = {1, 2}
x |= {3}
x &= {1, 3, 5}
x -= {5}
x ^= {9, 1}
print(x)
f = frozenset([3, 1, 2])
print(f, f.union([4]), type(f.union([4])).__name__, f | {9}, type({9} | f).__name__, f.copy() is f, f & {1})
print(frozenset(f) is f, frozenset(), set(f), hash(f) == hash(frozenset({1, 2, 3})), f == {1, 2, 3})
print({frozenset({1}), frozenset({1}), frozenset()}, {frozenset({1, 2}): "v"}[frozenset({2, 1})])
# sets as lookup keys for remove/discard/contains are converted to frozensets
fs = {frozenset({1, 2}), 5}
print({1, 2} in fs, {3} in fs)
fs.remove({1, 2})
fs.discard({9})
print(fs)
print(set("aab") == set("ba"), {1, 1.0, True}, {0, 0.0, False, -0.0}, len({1, 1.0}))
# errors
t(lambda: set().add())
t(lambda: set().add(1, 2))
t(lambda: set().add([]))
t(lambda: set().remove(1))
t(lambda: set().remove([]))
t(lambda: set().discard([]))
t(lambda: set().pop())
t(lambda: set().union(1))
t(lambda: set().update(1))
t(lambda: set().issubset())
t(lambda: set().issubset(1))
t(lambda: set().isdisjoint(1))
t(lambda: frozenset().union([1], x=1))
t(lambda: set.union())
t(lambda: set.add(frozenset(), 1))
t(lambda: {1}.copy(2))
t(lambda: {1} - 1)
t(lambda: {1} ^ [1])
t(lambda: {1} <= [1])
t(lambda: {1} < 1)
t(lambda: frozenset([1]).add(2))
t(lambda: {[1]})
t(lambda: set([[1]]))
t(lambda: set(1, 2))
t(lambda: set(x=1))
t(lambda: frozenset(1))
def ior():
    s = {1}
    s |= [2]
t(ior)
# comparisons
p, q = {1, 2}, {1, 2, 3}
print(p < q, p <= q, q > p, q >= q, p == q, p != q, p < p, {1} == frozenset({1}), frozenset() < {0})
# subclasses
class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
tg = Tags([3])
tg.add_all(1, 2)
print(tg, len(tg), 2 in tg, tg | {9}, type(tg | {9}).__name__, tg == {1, 2, 3}, sorted(tg))
tg |= {4}
print(type(tg).__name__, tg, tg.issuperset({4}), set.__len__(tg), set.__contains__(tg, 1))
