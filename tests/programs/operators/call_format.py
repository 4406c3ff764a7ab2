# __call__, __repr__, __str__ and __format__.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, kw

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(0, extra=True))
print(callable(add5), callable(Adder), callable(5), list(map(Adder(1), [1, 2]))[0])
print(sorted([3, 1, 2], key=lambda v: -v))
try:
    add5()
except TypeError as e:
    print(e)
try:
    Adder(1)(1, scale=2, scale2=3, **{"x": 1})
    print("ok kw")
except TypeError as e:
    print(e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
class CallAttr:
    pass
ca = CallAttr()
ca.__call__ = lambda: "instance attr"
try:
    ca()
except TypeError as e:
    print(e)

class Temp:
    def __init__(self, c):
        self.c = c
    def __repr__(self):
        return f"Temp({self.c!r})"
    def __str__(self):
        return f"{self.c}°C"
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1]) + "°F"
        if spec == "":
            return str(self)
        return format(self.c, spec) + "°C"

t = Temp(21.5)
print(t, repr(t), str(t), [t], (t,), {"t": t})
print(f"{t}", f"{t!r}", f"{t!s}", f"{t:.2f}", f"{t:>8.1F}", format(t), format(t, ""))
print(f"{t!r:>16}|", f"{t!s:*^12}|", "{:.0f}".format(t), "{0!r}".format(t), "%s %r" % (t, t))

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyRepr()
print(o, str(o), f"{o}", format(o, ""), [OnlyStr()][0], f"{OnlyStr()!s}")
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
for spec in ["", ">5"]:
    try:
        print(repr(format(o, spec)))
    except TypeError as e:
        print("TypeError:", e)

class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None
class BadFormat:
    def __format__(self, spec):
        return 1
for f in [lambda: repr(BadRepr()), lambda: str(BadStr()), lambda: format(BadFormat(), "x"),
          lambda: f"{BadFormat()}", lambda: str(BadRepr()), lambda: print(BadStr()),
          lambda: format(3, 5), lambda: format(Temp(1), 5)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

# format of builtins goes through __format__; subclasses can override
class Hex(int):
    def __format__(self, spec):
        return "0x" + int.__format__(self, spec or "x")
print(f"{Hex(255)}", f"{Hex(255):04X}", format(Hex(10)), str(Hex(10)), repr(Hex(10)))
print(int.__format__(42, ">6"), float.__format__(1.5, ".3f"), str.__format__("ab", "^6"), object.__format__(o, ""))
try:
    object.__format__(o, "x")
except TypeError as e:
    print(e)
