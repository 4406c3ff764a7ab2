# Unpacking of iterators and starred expressions.
a, b, c = "xyz"
print(a, b, c)
a, b = range(2)
print(a, b)
first, *mid, last = range(6)
print(first, mid, last)
*head, tail = iter([1])
print(head, tail)
(p, q), r = "ab", "c"
print(p, q, r)
k1, k2 = {"k": 1, "j": 2}
print(k1, k2)
x, y = map(int, "45")
print(x, y)
for i, (ch, n) in enumerate(zip("ab", [1, 2])):
    print(i, ch, n)
print([*range(3), *"ab", *[None]], (*"xy",), {*[1, 1, 2]} == {1, 2})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), k=1, **{"m": 2}))
print(*[1, 2, 3], sep="-")
print(max(*[3, 9, 2]), min(*"hello"))
for bad in [lambda: f(*5), lambda: f(**[1])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a, b = iter([1, 2, 3])
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
[m, n] = [10, 20]
print(m, n)
a = b = [0]
a.append(1)
print(b)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
