# sys._getframe and walking the call stack.
import sys

def base(p):
    return p.replace("\\", "/").rsplit("/", 1)[-1]

def who_called_me():
    return sys._getframe(2).f_code.co_name

def helper():
    return who_called_me()

def outer():
    return helper()

print(outer(), helper())

def stack_names():
    names = []
    f = sys._getframe(1)
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def a():
    return b()
def b():
    return c()
def c():
    return stack_names()
print(a())
print(stack_names())

def here():
    f = sys._getframe(1)
    return f"{base(f.f_code.co_filename)}:{f.f_lineno} in {f.f_code.co_name}"
print(here())
def located():
    return here()
print(located())

f = sys._getframe()
print(f.f_code.co_name, f.f_back, f.f_lineno, type(f).__name__)
print(f.f_globals is globals(), f.f_locals is globals(), f.f_builtins["len"] is len)
print(f.f_code is sys._getframe().f_code)

def depth():
    n = 0
    while True:
        try:
            sys._getframe(n)
        except ValueError as e:
            return n, str(e)
        n += 1
print(depth())
def recurse(k):
    if k == 0:
        return depth()
    return recurse(k - 1)
print(recurse(5))

for bad in [(-3,), ("1",), (1.5,), (1, 2), (10**30,)]:
    try:
        r = sys._getframe(*bad)
        print(bad, r.f_code.co_name)
    except Exception as e:
        print(bad, type(e).__name__, e)
try:
    sys._getframe(depth=0)
except TypeError as e:
    print(type(e).__name__, e)

class K:
    def method(self):
        return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
    name_in_body = sys._getframe().f_code.co_name
print(K().method(), K.name_in_body)
g = (sys._getframe().f_code.co_name for _ in range(1))
print(list(g))
print((lambda: sys._getframe().f_code.co_name)())
