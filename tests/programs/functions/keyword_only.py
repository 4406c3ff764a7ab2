def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=30, b=20))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(*, x, y):
    return x - y
print(g(y=1, x=10))
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(x=1)
except TypeError as e:
    print(type(e).__name__, e)
def h(*args, flag=False, **rest):
    return args, flag, rest
print(h(1, 2, flag=True, other=0))
print(h(flag=None))
print(f.__kwdefaults__, g.__kwdefaults__, h.__kwdefaults__)
def no_kwonly(a=1):
    pass
print(no_kwonly.__kwdefaults__)
f.__kwdefaults__ = {"b": "B", "c": "C"}
print(f(0))
print(f.__code__.co_kwonlyargcount, g.__code__.co_kwonlyargcount)
def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
try:
    mixed(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(["b", "A", "c"], key=str.lower, reverse=True))
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
