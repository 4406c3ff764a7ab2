# __enter__/__exit__: return values, exception suppression, exit arguments.
class Tag:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"<{self.name}>")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>", exc_type.__name__ if exc_type else None, repr(exc),
              tb is None or type(tb).__name__)
        return self.suppress

with Tag("a") as v:
    print("body", v)
with Tag("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Tag("c"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)
with Tag("outer"), Tag("inner", suppress=True) as x:
    print("both", x)
    raise KeyError("k")
print("after nested")

def f():
    with Tag("ret"):
        return "returned"
print(f())
for i in range(3):
    with Tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("i", i)

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return [0]  # truthy: suppresses
with Truthy():
    raise RuntimeError
print("suppressed by truthy list")

class Zero:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 0
try:
    with Zero():
        raise RuntimeError("kept")
except RuntimeError as e:
    print("kept:", e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise TypeError(f"exit saw {t.__name__ if t else None}")
try:
    with ExitRaises():
        raise ValueError("inner")
except TypeError as e:
    print(e, "| context:", repr(e.__context__))

class NoExit:
    def __enter__(self):
        return 1
class NoEnter:
    def __exit__(self, *a):
        pass
for cls in [NoExit, NoEnter, int]:
    try:
        with cls():
            pass
    except TypeError as e:
        print("TypeError:", e)

class EnterFails:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("no body")
except OSError as e:
    print(e)

class Resource:
    opened = 0
    def __enter__(self):
        Resource.opened += 1
        return self
    def __exit__(self, *exc):
        Resource.opened -= 1
        return False
with Resource() as r1, Resource() as r2:
    print("open", Resource.opened, r1 is not r2)
print("open", Resource.opened)
try:
    with Tag("unbound") as (p, q):
        pass
except ValueError as e:
    print("ValueError:", e)
