# Decorators that copy metadata by hand (no functools), __wrapped__.
def copy_meta(wrapper, wrapped):
    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(wrapper, attr, getattr(wrapped, attr))
    wrapper.__dict__.update(wrapped.__dict__)
    wrapper.__wrapped__ = wrapped
    return wrapper

def logged(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls.append(args)
        return fn(*args, **kwargs)
    copy_meta(wrapper, fn)
    wrapper.calls = []
    return wrapper

def plain_wrap(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper

@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b
add.tag = "math"

print(add(1, 2), add(5), add.calls)
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__.__name__, add.__wrapped__(3, 4), add.__wrapped__.__defaults__)
print(add.__defaults__, add.__code__.co_name, add.__code__.co_varnames)

@plain_wrap
def lost():
    "doc that is lost"
print(lost.__name__, lost.__qualname__, lost.__doc__)

@logged
@logged
def twice(x):
    "twice doc"
    return x * 2
print(twice(4), twice.__name__, twice.calls, twice.__wrapped__.calls)

def unwrap(f):
    chain = [f.__qualname__]
    while hasattr(f, "__wrapped__"):
        f = f.__wrapped__
        chain.append(type(f).__name__)
    return f, chain
orig, chain = unwrap(twice)
print(orig(10), chain, orig.__code__.co_name)

registry = {}
def register(name=None):
    def deco(fn):
        registry[name or fn.__name__] = fn
        fn.registered_as = name or fn.__name__
        return fn
    return deco

@register()
def alpha():
    return "a"
@register("b-handler")
def beta():
    return "b"
print(sorted(registry), alpha.registered_as, beta.registered_as, registry["b-handler"]())

class Service:
    @logged
    def handle(self, req):
        "Handle a request."
        return f"handled {req}"
s = Service()
print(s.handle("r1"), Service.handle.__qualname__, Service.handle.__name__)
print(len(Service.handle.calls), type(Service.handle.calls[0][0]).__name__)
print(Service.handle.__doc__, s.handle.__doc__, s.handle.__func__ is Service.handle)

def with_attrs(**attrs):
    def deco(fn):
        for k, v in attrs.items():
            setattr(fn, k, v)
        return fn
    return deco
@with_attrs(priority=3, public=True)
def task():
    pass
print(sorted(task.__dict__.items()))
print(callable(task), callable(Service), callable(s), callable(s.handle), callable(None))
try:
    setattr(task, "__name__", 7)
except TypeError as e:
    print(type(e).__name__, e)
