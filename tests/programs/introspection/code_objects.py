# Code objects: names, arguments, variables.
def base(p):
    return p.replace("\\", "/").rsplit("/", 1)[-1]

def simple(a, b):
    c = a + b
    return c

def full(p1, p2, /, n1, n2=2, *args, k1, k2=3, **kwargs):
    local = 1
    return local

def closure_maker(x):
    y = x * 2
    def inner(z):
        return x + y + z
    return inner

lam = lambda q, r=1: q + r

for fn in (simple, full, closure_maker, closure_maker(1), lam):
    co = fn.__code__
    print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount,
          co.co_kwonlyargcount, co.co_nlocals)
    print("  vars:", co.co_varnames, "cells:", co.co_cellvars, "free:", co.co_freevars)
    print("  file:", base(co.co_filename), "line:", co.co_firstlineno)

print(type(simple.__code__).__name__, simple.__code__ is simple.__code__)
print(simple.__code__ == simple.__code__)

class Shape:
    def area(self):
        return 0
    @staticmethod
    def unit():
        return 1
    @classmethod
    def make(cls, *parts):
        return cls()
for f in (Shape.area, Shape.unit, Shape.make.__func__):
    print(f.__code__.co_name, f.__code__.co_qualname, f.__code__.co_varnames, f.__code__.co_argcount)

def gen(n):
    for i in range(n):
        yield i
print(gen.__code__.co_name, gen.__code__.co_varnames)

def uses_globals():
    return len(str(simple))
print(sorted(uses_globals.__code__.co_names))

def count_args(fn):
    co = fn.__code__
    return co.co_argcount + co.co_kwonlyargcount
print([count_args(f) for f in (simple, full, lam, closure_maker)])

def swap_code():
    return "original"
try:
    swap_code.__code__ = 5
except TypeError as e:
    print(type(e).__name__, e)
