def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)
print(total())
print(total(1, 2, 3))
print(total(*[4, 5], 6, *(7,)))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
print(head_tail(*"abc"))
try:
    head_tail()
except TypeError as e:
    print(type(e).__name__, e)
def show(**kwargs):
    return kwargs
print(show(), show(a=1, b=2))
print(show(**{"x": 1}, y=2, **{"z": 3}))
try:
    show(**{"x": 1}, x=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: "a"})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    total(*5)
except TypeError as e:
    print(type(e).__name__, e)
def both(*args, **kwargs):
    return args, kwargs
print(both(1, 2, k=3))
print(both(*range(3), **dict(a=1, b=2)))
def forward(*args, **kwargs):
    return both(*args, **kwargs)
print(forward("x", y="y"))
kw = {"sep": "|", "end": ".\n"}
print("a", "b", "c", **kw)
args = ("p", "q")
print(*args, sep="")
def mutate(*args):
    args = args + ("extra",)
    return args
orig = (1,)
print(mutate(*orig), orig)
