def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def make_ops():
    def add(a, b):
        return a + b
    def mul(a, b):
        return a * b
    return {"add": add, "mul": mul}
ops = make_ops()
print(ops["add"](2, 3), ops["mul"](2, 3), ops["add"].__qualname__)
def recursive_inner(n):
    def helper(k):
        return 1 if k == 0 else k * helper(k - 1)
    return helper(n)
print(recursive_inner(6))
def fresh_each_call():
    def f():
        pass
    return f
print(fresh_each_call() is fresh_each_call(), fresh_each_call() == fresh_each_call())
def conditional_def(flag):
    if flag:
        def impl():
            return "yes impl"
    else:
        def impl():
            return "no impl"
    return impl()
print(conditional_def(True), conditional_def(False))
def redefine():
    def g():
        return 1
    first = g
    def g():
        return 2
    return first(), g()
print(redefine())
def mutual():
    def ping(n):
        return "ping" if n == 0 else pong(n - 1)
    def pong(n):
        return "pong" if n == 0 else ping(n - 1)
    return ping(3), ping(4)
print(mutual())
def uses_later_defined():
    def caller():
        return later()
    def later():
        return "defined after caller"
    return caller()
print(uses_later_defined())
def call_before_def():
    try:
        early()
    except NameError as e:
        print(type(e).__name__, e)
    def early():
        pass
call_before_def()
def counter_factory():
    def counter():
        counter.calls += 1
        return counter.calls
    counter.calls = 0
    return counter
c = counter_factory()
c(); c()
print(c(), c.calls)
