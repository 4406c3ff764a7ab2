# Tuples: packing/unpacking, methods, comparison, hashing.
t = 1, 2, 3
print(t, type(t).__name__, (), (1,), tuple(), tuple([1, 2]), tuple("ab"), 1,)
a, b, c = t
print(a, b, c)
a, *rest = t
print(a, rest)
*init, last = t
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z)
print(t.count(2), t.index(3), (1, 2, 1, 1).count(1), (1, 2, 3, 2).index(2, 2))
print(t + (4,), t * 2, t[::-1], t[1:], t[-1], len(t), 2 in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)), (1, 2) == (1.0, 2.0))
print({(1, 2): "a", (3,): "b"}[(1, 2)], {(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
print(hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2).index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
nt = (1, [2, 3])
nt[1].append(4)
print(nt)
print(tuple(range(5))[1::2], sorted((3, 1, 2)), max((1, 5, 3)), (1, 2) + tuple([3]))
print(repr((1,)), repr(()), str(("a", 1.5)), ((),), (((1,),),))
a, b = 1, 2
a, b = b, a
print(a, b)
