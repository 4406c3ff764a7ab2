# Generator expressions: laziness, eager first iterable, late binding, errors.
calls = []


def src(n):
    calls.append("src")
    return range(n)


g = (x * 2 for x in src(3))
print("created:", calls)
print(next(g), calls)
print(list(g))

try:
    bad = (x for x in 42)
except TypeError as e:
    print("eager:", type(e).__name__, e)

try:
    ok_until_used = (y for x in [1] for y in 42)
    print("inner iterable not evaluated yet")
    list(ok_until_used)
except TypeError as e:
    print("on use:", e)

try:
    undefined_name = (x for x in missing_name)
except NameError as e:
    print("eager name:", e)
late = (x + later_name for x in [1, 2])
later_name = 100
print("late name:", list(late))

funcs = [lambda: i for i in range(3)]
print("late binding:", [f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print("default binding:", [f() for f in funcs])
gens = [(i * j for j in range(2)) for i in range(3)]
print("nested:", [list(x) for x in gens])

total = 10
adders = (lambda v: v + total for _ in range(2))
first = next(adders)
total = 20
print("closure sees update:", first(1))

div = (10 // x for x in [5, 2, 0, 1])
out = []
try:
    for v in div:
        out.append(v)
except ZeroDivisionError as e:
    print("partial", out, "then", e)
print("exhausted after error:", list(div))

pairs = ((a, b) for a in "xy" for b in range(2) if (a, b) != ("x", 1))
print(list(pairs))
print(sum(x * x for x in range(10)), max((len(w), w) for w in "a bb ccc".split()))
print(sorted((v for v in [3, 1, 2]), reverse=True), any(x > 2 for x in [1, 2, 3]))
print("".join(c.upper() for c in "abc" if c != "b"))

ge = (x for x in [1, 2])
print(iter(ge) is ge, type(ge).__name__)
try:
    ge.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(ge.send(None), next(ge), next(ge, "default"))


class Store:
    data = [1, 2, 3]
    doubled = list(x * 2 for x in data)
    try:
        tripled = list(x * y for x in data for y in data if y == 3)
    except NameError as e:
        error = str(e)


print(Store.doubled, getattr(Store, "tripled", None), getattr(Store, "error", None))
it = iter([1, 2, 3, 4])
evens = (x for x in it if x % 2 == 0)
print(next(evens), next(it), list(evens))
