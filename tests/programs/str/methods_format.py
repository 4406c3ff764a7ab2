# str.format / format_map: numbering, keywords, attribute and index access, conversions, nested specs.
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="hi"), "{0}{0}".format(7))
print("{}".format([1, "a"]), "{}".format((1,)), "{}".format({"k": None}), "{}".format(None), "{}".format(True))
z = 3 + 4j
print("{0.real} {0.imag} {1[0]} {1[1]}".format(z, [10, 20]), "{0[1]}".format("xyz"))
d = {"key": "val", "num": 5, 3: "int-key", "3": "str-key", "-1": "neg"}
print("{d[key]} {d[num]} {d[3]} {d[-1]}".format(d=d), "{0[key]}".format(d), "{0[1][0]}".format([[1], ["nested"]]))
class P:
    def __init__(self):
        self.x = 1
        self.inner = {"a": [5, 6]}
        self.me = self
    def __format__(self, spec):
        return "P<" + spec + ">"
p = P()
print("{0.x} {0.inner[a][1]} {p.x} {0.me.me.x}".format(p, p=p), "{}|{:abc}|{:}".format(p, p, p))
print("{{}} {{{}}} {{0}} }}{{".format("in"), "{{".format(), "}}".format(), "{{{{}}}}".format())
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}|{0!s:<6}|{0!a:^9}|".format("ab"))
print("{:>5}|{:<5}|{:^5}|{:*^7}|{:.2}|{:5.1}|".format("a", "b", "c", "d", "xyz", "pq"))
print("{0:{1}}|{0:>{1}}|{0:{2}^{1}}|{0:{2}{3}{1}}".format("x", 5, "-", "<"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3), "{:{}}".format(7, 4), "{:{}{}}".format("a", ">", 3))
print("{:d} {:x} {:.2f} {:e} {:%} {:,} {:_b} {:#o}".format(42, 255, 2.5, 12345.0, 0.256, 10 ** 7, 10, 8))
print("{[0]}".format("xyz"), "{.__class__.__name__}".format(1.5), "{0.__class__.__name__}".format([]))
print("{٠}{١}".format("zero", "one"), "{0:{1}}".format(3, "3"), "{:}".format("plain"), "{0!s:}".format(1))
print("{a]}".format(**{"a]": 1}), "{ }".format(**{" ": "space"}), "{-1}".format(**{"-1": "m1"}))
print("x{}y{}z".format(1, 2), "{}".format("{}"), "{0}".format("{0}"))
print("{} and {}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}), "{0}{x}".format(0, **{"x": "X"}))
print("{}".format(1, 2, 3), "{x}".format(1, x=2, y=3), "no fields".format(1, k=2))
class Fmt:
    def __format__(self, spec):
        return "F[" + spec + "]"
print("{}".format(Fmt()), "{:>10}".format(Fmt()), "{0:{1}}".format(Fmt(), "nested"), "{!s}".format(Fmt())[:6])
print("{x}+{y}".format_map({"x": 1, "y": 2}), "{x}".format_map({"x": "só"}), "{a[0]}".format_map({"a": "xyz"}))
class M:
    def __getitem__(self, k):
        return k.upper()
print("{hello} {world}".format_map(M()), "plain".format_map(None), "{{}}".format_map(M()))
class S(str):
    pass
print(type(S("{}").format(1)).__name__, type(S("x").format()).__name__, S("{}").format(S("v")))
print("{}".format(S("sub")), "{:>4}".format(S("ab")), "{0!r}".format(S("q")))
print(f"{'f'}", "{0}-{0!r}-{0!a}".format("ü"), "{:c}".format(65), "{:s}".format("s"))
width = 8
for v in ["left", "right", 3.5, -2, "日本"]:
    print("[{:<{w}}] [{:>{w}}] [{:^{w}}]".format(v, v, v, w=width))
