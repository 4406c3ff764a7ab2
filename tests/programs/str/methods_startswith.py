# startswith/endswith: tuples, start/end ranges, empty affixes, errors.
s = "hello world"
for p in ["hello", "world", "", "h", "d", "hello world", "hello world!", "lo w", "o"]:
    print(repr(p), s.startswith(p), s.endswith(p), s.startswith(p, 3), s.endswith(p, 0, 5),
          s.startswith(p, -5), s.endswith(p, -9, -4), s.startswith(p, 11), s.startswith(p, 12),
          s.endswith(p, 5, 4), s.startswith(p, None, None))
print(s.startswith(("x", "he")), s.startswith(("x", "y")), s.endswith(("ld", "zz")), s.startswith(()))
print(s.endswith(("",)), s.startswith(("hello", 1)), s.startswith("o", 4, 5), s.startswith("o w", 4, 6))
print("".startswith(""), "".endswith(""), "".startswith("a"), "".endswith("", 0, 0), "".endswith("", 1))
print("日本語".startswith("日"), "日本語".endswith("語"), "日本語".startswith("本", 1), "日本語".endswith("本", 0, 2))
print("😀x😀".startswith("x", 1), "😀x😀".endswith("x", 0, -1), "héllo".startswith("é", 1), "héllo".endswith("hé", 0, 2))
print("abc".startswith("abc", 0, 10 ** 30), "abc".endswith("c", -(10 ** 30)), "abc".startswith("b", True))
names = ["apple.txt", "b.py", "c.PY", "data.csv", "x.py.bak", ".py"]
print([n for n in names if n.endswith((".py", ".csv"))], [n for n in names if n.lower().endswith(".py")])
print([n for n in names if n.startswith(("a", "d", "."))], [n for n in names if n.endswith("y", 0, 4)])
class S(str):
    pass
print(S("prefix").startswith(S("pre")), "prefix".startswith((S("x"), S("pr"))), S("abc").endswith("c"))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: s.startswith(["he"]))
t(lambda: s.endswith(("a", 1)))
t(lambda: s.startswith(1))
t(lambda: s.endswith(None))
t(lambda: s.startswith())
t(lambda: s.startswith("a", 1, 2, 3))
t(lambda: s.startswith("a", start=1))
t(lambda: s.endswith("d", 1.0))
t(lambda: s.startswith(b"he"))
t(lambda: s.endswith((b"d",)))
t(lambda: str.startswith(5, "a"))
