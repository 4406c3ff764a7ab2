def repeat(times):
    print("repeat factory called with", times)
    def decorator(fn):
        print("decorating", fn.__name__)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def hello(name):
    return "hi " + name
print("after definition")
print(hello("x"))
def tag(name, closing=True):
    def deco(fn):
        def wrapper():
            inner = fn()
            return "<" + name + ">" + inner + ("</" + name + ">" if closing else "")
        return wrapper
    return deco
@tag("b")
def bold():
    return "text"
@tag("br", closing=False)
def br():
    return ""
print(bold(), br())
def prefix(p):
    return lambda fn: lambda *a: p + fn(*a)
@prefix(">> ")
def msg(s):
    return s
print(msg("message"))
def validate(**types):
    def deco(fn):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(k + " must be " + t.__name__)
            return fn(**kwargs)
        return wrapper
    return deco
@validate(x=int, y=str)
def combine(x, y):
    return y * x
print(combine(x=2, y="ab"))
try:
    combine(x="2", y="ab")
except TypeError as e:
    print(type(e).__name__, e)
factories = {"double": 2, "triple": 3}
@repeat(factories["double"])
def pick():
    return "p"
print(pick())
