def f(a, b, /, c, d=4):
    return (a, b, c, d)
print(f(1, 2, 3))
print(f(1, 2, c=3))
print(f(1, 2, 3, d=5))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
print(g("pos", y=3, x="kw"))
def h(a=1, /, b=2):
    return a, b
print(h(), h(10), h(10, 20), h(b=30))
def only(a, /):
    return a
print(only(5))
try:
    only(a=5)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount)
print(len("abc"), divmod(7, 2))
try:
    len(obj="abc")
except TypeError as e:
    print(type(e).__name__, e)
def all_kinds(p1, p2=2, /, n1=3, *args, k1, k2=6, **kwargs):
    return p1, p2, n1, args, k1, k2, kwargs
print(all_kinds(1, k1=5))
print(all_kinds(1, 2, 3, 4, 5, k1="k", extra=True))
print(all_kinds(1, n1="named", k1=0, p2="goes to kwargs"))
