class Both:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return "Both(str " + str(self.v) + ")"
    def __repr__(self):
        return "Both(repr " + repr(self.v) + ")"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"
b = Both("x")
print(b)
print(str(b), repr(b))
print(f"{b} {b!r} {b!s}")
print([b], (b,), {"k": b})
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
o = OnlyRepr()
print(o, str(o), repr(o), f"{o}", [o])
s = OnlyStr()
print(s, str(s), f"{s}")
print(repr(s).startswith("<__main__.OnlyStr object at"))
print(repr([s]).startswith("[<__main__.OnlyStr object"))
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Nested:
    def __init__(self, children):
        self.children = children
    def __repr__(self):
        return "Nested(" + repr(self.children) + ")"
print(Nested([Nested([]), Nested([Both(1)])]))
class Temp:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return f"{self.c:.1f}°C"
    def __repr__(self):
        return f"Temp({self.c!r})"
t = Temp(21.5)
print(t, repr(t), f"{t}", f"{t!r}", format(t, ""), f"{t!s:>10}|")
print(str(Both), repr(int))
