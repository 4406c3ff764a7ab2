"""Keyword calls of Python functions and bound methods (run as inline frames), with
binding errors, recursion through keyword calls and tracebacks."""
import sys
def f(a, b=2, *, c=3):
    return a + b + c
class K:
    def m(self, x, y=1):
        return (self.v, x, y)
    def __init__(self):
        self.v = 7
def g(a, b):
    yield a
    yield b
print(f(1, c=5), f(a=1, b=1), f(1, b=3, c=4))
k = K()
print(k.m(x=1), k.m(2, y=3))
mm = k.m
print(mm(y=9, x=8))
print(list(g(b=2, a=1)))
try:
    f(1, d=4)
except TypeError as e:
    print("TypeError", e)
try:
    f(b=1)
except TypeError as e:
    print("TypeError", e)
def rec(n=0):
    return rec(n=n + 1)
try:
    rec(n=0)
except RecursionError as e:
    print("RecursionError", e)
def boom(*, x):
    return 1 / x
def outer():
    return boom(x=0)
try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
print(sum(f(i, c=i) for i in range(1000)))
def kwonly(**kw):
    return sorted(kw.items())
print(kwonly(a=1, b=2))
