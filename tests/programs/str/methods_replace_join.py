# replace (count, empty patterns, Unicode) and join (iterables, errors).
s = "the cat sat on the mat with the hat"
for old, new in [("the", "a"), ("at", "AT"), ("", "-"), ("xyz", "q"), (" ", ""), ("t", "tt")]:
    print(repr(old), repr(new), [s.replace(old, new, n) for n in [-1, 0, 1, 2]])
print("aaa".replace("a", "bb"), "aaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print(repr("".replace("", "x")), repr("".replace("", "x", 0)), repr("".replace("a", "x")), "aaaa".replace("a", ""))
print("日本日本".replace("本", "b"), "日本".replace("", "|"), "😀😀".replace("😀", "x", 1), "ééé".replace("é", "e", 2))
print("abc".replace("abc", ""), "abc".replace("b", "日本語"), "a.b.c".replace(".", "", -5), "aXbXc".replace("X", "\n"))
print("abcabc".replace("", "", 3), "ab".replace("", "xy", 10 ** 10))
print(", ".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), repr("-".join([])), "|".join(["only"]))
print("/".join(("usr", "local", "bin")), " ".join(str(i) for i in range(5)), "😀".join(["a", "b"]), "ab".join({"k": 1, "m": 2}))
print("".join(["日", "本"]), "\n".join(["l1", "l2"]).splitlines(), "x".join(iter(["1", "2", "3"])), ",".join(x for x in []))
class S(str):
    pass
print(",".join([S("a"), "b", S("c")]), type(",".join([S("a")])).__name__, type("".join(["a"])).__name__, S("-").join("xy"))
class It:
    def __iter__(self):
        return iter(["p", "q"])
print("+".join(It()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ",".join(["a", 1, "b"]))
t(lambda: ",".join([None]))
t(lambda: ",".join(5))
t(lambda: ",".join())
t(lambda: ",".join(["a"], ["b"]))
t(lambda: ",".join(iterable=["a"]))
t(lambda: ",".join([b"a"]))
t(lambda: ",".join(x for x in [1]))
t(lambda: "a".replace("a"))
t(lambda: "a".replace(1, "b"))
t(lambda: "a".replace("a", None))
t(lambda: "a".replace("a", "b", "c"))
t(lambda: "a".replace("a", "b", 1.0))
t(lambda: "a".replace("a", "b", count=1))
t(lambda: "a".replace("a", "b", 10 ** 30))
t(lambda: "a".replace("a", "b", 1, 2))
