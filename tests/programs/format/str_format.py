# str.format: positional, indexed, keyword, attribute/item access, conversions, escapes.
print("{} + {} = {}".format(1, 2, 3), "{2}{1}{0}".format("a", "b", "c"))
print("{x} and {y}".format(x=1, y=[2]), "{0} {x} {1}".format("p", "q", x="k"))
z = 3 + 4j
print("{0.real} {0.imag} {1[0]} {1[1]}".format(z, [10, 20]))
d = {"key": "val", "num": 5, 3: "int-key"}
print("{d[key]} {d[num]} {d[3]}".format(d=d))
print("{0[key]}".format(d), "{0[1][0]}".format([[1], ["nested"]]))
class P:
    def __init__(self):
        self.x = 1
        self.inner = {"a": [5, 6]}
p = P()
print("{0.x} {0.inner[a][1]} {p.x}".format(p, p=p))
print("{{}} {{{}}} {{0}} }}{{".format("in"))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}|{0!s:<6}|".format("ab"))
print("{:>5}|{:<5}|{:^5}|{:*^7}".format("a", "b", "c", "d"))
print("{0:{1}}|{0:>{1}}|{0:{2}^{1}}".format("x", 5, "-"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3), "{:{}}".format(7, 4))
print("{0}{1}{0}".format("ab", "cd"), "{}".format({"a": 1}), "{}".format((1,)), "{}".format(None))
print("{:d} {:x} {:.2f} {:e} {:%}".format(42, 255, 2.5, 12345.0, 0.256))
print("{[0]}".format("xyz"), "{.__class__.__name__}".format(1.5))
def t(s, *a, **k):
    try:
        print(repr(s.format(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t("{0.nope}", 1)
t("{0[5]}", [1])
t("{0[k]}", {})
t("{!x}", 1)
t("{0!}", 1)
t("{:>{}}", "a")
t("{0:d}", "s")
t("{a.b}", a=1)
t("{0[}", [1])
t("{-1}", 1)
t("{ }", 1)
t("{0.}", 1)
