# startswith / endswith with tuples and ranges; removeprefix / removesuffix.
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("world", 6))
print(s.endswith("world"), s.endswith("hello"), s.endswith(""), s.endswith("hello", 0, 5))
print(s.startswith(("x", "he")), s.startswith(("x", "y")), s.endswith(("ld", "zz")), s.startswith(()))
print(s.startswith("o", 4, 5), s.startswith("o w", 4, 6), s.endswith("o", 0, -6), s.startswith("h", -11))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 5, 4), "".startswith(""), "".endswith("a"))
print(s.startswith("lo", -9), s.endswith("wor", None, -2), s.startswith("he", None))
try:
    s.startswith(["he"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print(type(e).__name__, e)
print("test_file.py".removesuffix(".py"), "test_file.py".removesuffix(".txt"), "prefix_x".removeprefix("prefix_"))
print(repr("aaa".removeprefix("a")), repr("aaa".removesuffix("aaa")), repr("".removeprefix("")), "abc".removeprefix(""))
print("日本語".startswith("日"), "日本語".endswith("語"), "héllo".startswith("hé"), "😀x".startswith("😀"))
names = ["apple.txt", "b.py", "c.PY", "data.csv", "x.py.bak"]
print([n for n in names if n.endswith((".py", ".csv"))])
print([n for n in names if n.lower().endswith(".py")])
