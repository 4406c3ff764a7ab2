# str subclasses: inherited methods, results' types, dunders called explicitly.
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hey there")
print(m, m.shout(), len(m), m.title(), m.split(), m.find("t"), m.count("e"), m.replace("e", "3"))
print(type(m.upper()).__name__, type(m.strip()).__name__, type(m.center(20)).__name__, type(m + "x").__name__)
print(m == "hey there", m != "hey", m < "zzz", m >= "hey", {"hey there": 1}[m], hash(m) == hash("hey there"))
print("hey" in m, m[0], m[-1], m[1:3], [c for c in m][:3], m.startswith("hey"), m.encode())
print("{} / {:>12} / {!r}".format(m, m, m), "-".join([m, m]), m.join("ab"), m * 2 if False else m.zfill(12))
print(repr(m), str(m), type(str(m)).__name__, m.__str__(), type(m.__str__()).__name__, m.__repr__())
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(-1), "a".__add__("b"), "a".__mul__(3), "a".__rmul__(2))
print("abc".__eq__("abc"), "abc".__eq__(1), "a".__lt__("b"), "a".__lt__(1), "b".__ge__("a"), "a".__ne__("a"), "a".__le__("a"), "b".__gt__("c"))
print("%s-%d".__mod__(("x", 5)), "x".__rmod__("<%s>"), "x".__rmod__(5), "a".__hash__() == hash("a"), "ab".__getitem__(-2))
print(next("abc".__iter__()), "a".__str__(), "a".__repr__(), "é".__format__(">3"), "x".__getnewargs__())
print(str.__len__("four"), str.__add__("a", "b"), str.__contains__("abc", "c"), str.__getitem__("abc", 1))
class Upper(str):
    def __str__(self):
        return "custom"
u = Upper("value")
print(u, "{}".format(u), "{!s}".format(u), u.upper(), str.upper(u), u + "!", len(u))
class Eq(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
e = Eq("x")
print(e == "y", e != "y", hash(e) == hash("x"), "{0}".format(e), e.lower())
def t(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)
t(lambda: "a".__add__(1))
t(lambda: "a".__add__(None))
t(lambda: "a".__mul__(1.5))
t(lambda: "a".__mul__("b"))
t(lambda: "a".__contains__(1))
t(lambda: "a".__len__(1))
t(lambda: "a".__add__())
t(lambda: "ab".__getitem__(5))
t(lambda: "a".__mod__(1))
t(lambda: str.__len__(5))
t(lambda: str.__add__())
t(lambda: MyStr("a").__add__(2))
