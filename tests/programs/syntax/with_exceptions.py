class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("no exception")
            return False
        print("exit saw", exc_type.__name__, exc, tb is not None)
        return issubclass(exc_type, self.types)
with Suppress(KeyError):
    raise KeyError("k")
print("suppressed KeyError")
with Suppress(ArithmeticError):
    1 / 0
print("suppressed ZeroDivisionError via base class")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", type(e).__name__, e)
with Suppress(Exception):
    pass
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 1
with Truthy():
    raise RuntimeError("x")
print("truthy return suppresses")
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, e, tb):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterRaises():
        print("body should not run")
except OSError as e:
    print(type(e).__name__, e)
def f():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "fell through"
print(f())
for i in range(2):
    with Suppress(IndexError):
        [][i]
        print("unreachable")
    print("after with", i)
