first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = "hello"
print(a, mid, z)
a, *mid, z = "hi"
print(a, mid, z)
*everything, = (5, 6)
print(everything)
x, *y = range(1)
print(x, y, type(y).__name__)
h, *t = (1, 2, 3)
print(type(t).__name__, t)
merged = [*range(3), *"ab", *[9]]
print(merged)
tup = (*merged[:2], 100)
print(tup)
st = {*[1, 2], *[2, 3]}
print(sorted(st))
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2})
print({**d2, **d1})
print({**d1, "z": 0, **{"a": -1}})
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
for p, *qs in [(1, 2, 3), (4,), (5, 6)]:
    print(p, qs)
print(*[1, 2, 3], sep="-")
print(*"abc")
