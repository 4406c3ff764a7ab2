def f(a, b, c=0, *rest, d=None, **kw):
    return (a, b, c, rest, d, kw)
args = [1, 2]
kwargs = {"d": "D", "extra": 9}
print(f(*args))
print(f(*args, **kwargs))
print(f(*args, 3, 4, 5, **kwargs))
print(f(0, *args, *args))
print(f(**{"a": 1, "b": 2}))
print(f(*(1,), **{"b": 2}))
print(f(*"xy", c="z"))
print(f(*range(5)))
print(f(*[1, 2], **{}, **{"e": 1}))
print(f(1, *[], 2, *(), c=3))
d = {"b": 2, "a": 1}
print(f(**d))
def g(*args, **kwargs):
    return args, kwargs
print(g(*{"k1": 0, "k2": 0}))
print(g(**dict(x=1), y=2))
print(g(*[1], 2, *[3], k=4, **{"l": 5}))
try:
    f(*[1], **{"a": 2, "b": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, **{"c": 3}, **{"c": 4})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**None)
except TypeError as e:
    print(type(e).__name__, e)
print(max(*[3, 9, 2]), min(*"hello"))
print("{} and {}".format(*["x", "y"]), "{a}-{b}".format(**{"a": 1, "b": 2}))
data = [(1, 2), (3, 4)]
print([f(*pair) for pair in data])
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
