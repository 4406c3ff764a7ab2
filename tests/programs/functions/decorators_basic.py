def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return result.upper()
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("ann"))
print(greet.__name__)
def trace(fn):
    def wrapper(*args):
        print("calling", fn.__name__, args)
        r = fn(*args)
        print("returned", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry, one.__name__)
def replace(fn):
    return 42
@replace
def gone():
    pass
print(gone)
calls = 0
def count_calls(fn):
    def wrapper(*a):
        global calls
        calls += 1
        return fn(*a)
    return wrapper
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), calls)
def manual(fn):
    return lambda: "manual(" + fn() + ")"
def base():
    return "base"
decorated = manual(base)
print(decorated(), base())
print((lambda f: f)(base) is base)
@lambda f: f.__name__ + "!"
def named():
    pass
print(named)
