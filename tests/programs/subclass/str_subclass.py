# str subclasses: methods return plain str, overrides, __new__ and attributes.
class Name(str):
    def shout(self):
        return self.upper() + "!"
    def __repr__(self):
        return f"Name({str.__repr__(self)})"

n = Name("ada")
print(n, repr(n), str(n), n.shout(), type(n.upper()).__name__, type(n + "x").__name__, type(n[0]).__name__)
print(n == "ada", "ada" == n, hash(n) == hash("ada"), {"ada": 1}[n], n in {"ada"}, len(n), n * 2)
print(f"{n}", f"{n!r}", "%s" % n, "-".join([n, n]), type(str(n)).__name__, type(n.strip()).__name__)
print(isinstance(n, str), issubclass(Name, str), Name.__mro__)
n.extra = 5
print(n.extra, n.__dict__, sorted([Name("b"), "a", Name("c")]))

class Lower(str):
    def __new__(cls, value):
        return super().__new__(cls, str(value).lower())
    def __init__(self, value):
        self.original = value
lw = Lower("HeLLo")
print(lw, lw.original, type(lw).__name__, lw == "hello", Lower(42), Lower(42).original)

class Ci(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
    def __contains__(self, sub):
        return sub.lower() in self.lower()
c = Ci("Hello")
print(c == "HELLO", "HELLO" == c, c != "x", "ELL" in c, {Ci("A"): 1}.get(Ci("a")), c.startswith("He"))
print(str.__eq__(c, "HELLO"), c.__len__(), c.count("l"), c.replace("l", "L"))

class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)
    def __add__(self, other):
        return Path(str.__add__(self, other))
p = Path("usr") / "local" / "bin"
print(p, type(p).__name__, type(p + "x").__name__, type("x" + p).__name__, p.split("/"))
print(Path("a") < Path("b"), max(Path("x"), "y"), type(max(Path("z"), "y")).__name__)
print(str(Path("q")) is not None, type(format(Path("q"), "")).__name__, type(f"{Path('q')}").__name__)
try:
    Name(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Name("x") + 1
except TypeError as e:
    print("TypeError:", e)
empty = Name()
print(repr(empty), bool(empty), bool(Name("0")), Name(b"x"), Name(b"xy", "ascii"))
