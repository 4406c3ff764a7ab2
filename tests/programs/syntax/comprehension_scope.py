x = "outer"
lst = [x for x in range(3)]
print(lst, x)
i = "i before"
sq = {i: i * i for i in range(3)}
print(sq, i)
s = {j for j in "ab"}
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
g = {k: 0 for k in range(2)}
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)
base = 10
print([base + n for n in range(3)])
def f():
    factor = 3
    return [factor * n for n in range(4)]
print(f())
class C:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
print(C.doubled)
class D:
    scale = 5
    try:
        scaled = [scale * v for v in range(3)]
    except NameError as e:
        scaled = type(e).__name__ + ": " + str(e)
print(D.scaled)
fns = [lambda: n for n in range(3)]
print([f() for f in fns])
nested = [[x for x in range(y)] for y in range(3)]
print(nested, x)
data = [1, 2, 3]
data = [d * 10 for d in data]
print(data)
def uses_enclosing():
    vals = [1, 2]
    return [[v + w for w in vals] for v in vals]
print(uses_enclosing())
