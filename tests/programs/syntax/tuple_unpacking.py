a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = "xy"
print(e, f)
g, = [99]
print(g)
x, y, z = range(3)
print(x, y, z)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
for i, ch in enumerate("abc"):
    print(i, ch)
pairs = [(1, "a"), (2, "b")]
for num, letter in pairs:
    print(num, letter)
try:
    p, q = [1, 2, 3]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    p, q, r = [1, 2]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    p, q = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    (p,) = []
except ValueError as ex:
    print(type(ex).__name__, ex)
lst = [0, 0]
lst[0], lst[1] = "L", "R"
print(lst)
i = 0
i, lst[i] = 1, "new"
print(i, lst)
t = 1, 2, 3
print(t, type(t).__name__)
