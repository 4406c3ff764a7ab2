(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = 1, [2, 3]
print(a, b, c)
((a, b), (c, d)) = ((1, 2), (3, 4))
print(a, b, c, d)
[a, [b, [c, d]]] = [1, [2, [3, 4]]]
print(a, b, c, d)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
for (i, j), k in [((1, 2), 3), ((4, 5), 6)]:
    print(i + j + k)
data = [("ann", (30, "nyc")), ("bob", (25, "sf"))]
for name, (age, city) in data:
    print(name, age, city)
x, (y, *zs) = "a", "bcd"
print(x, y, zs)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
try:
    (a, b), c = 1, 2
except TypeError as e:
    print(type(e).__name__, e)
m = [[1, 2], [3, 4]]
(m[0][0], m[1][1]), m[0][1] = ("X", "Y"), "Z"
print(m)
