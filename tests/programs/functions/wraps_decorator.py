def my_wraps(wrapped):
    def apply(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return apply
def logged(fn):
    @my_wraps(fn)
    def wrapper(*args, **kwargs):
        print("LOG", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
def plain(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@logged
def compute(x, y=1):
    """Compute a sum."""
    return x + y
@plain
def other(x):
    """Other doc."""
    return x
print(compute(2, y=3))
print(compute.__name__, compute.__qualname__, compute.__doc__)
print(other.__name__, other.__qualname__, other.__doc__)
print(compute.__wrapped__(10))
print(compute.__wrapped__.__name__)
def marked(fn):
    fn.marker = "set"
    return fn
@logged
@marked
def m():
    """M doc"""
    return "m result"
print(m(), m.marker, m.__doc__)
print(hasattr(other, "__wrapped__"))
class Holder:
    def __repr__(self):
        return "Holder()"
    @logged
    def method(self, v):
        """method doc"""
        return v * 2
print(Holder().method(21))
print(Holder.method.__qualname__)
def outer():
    @logged
    def local_fn():
        return "local"
    return local_fn
lf = outer()
print(lf(), lf.__qualname__)
