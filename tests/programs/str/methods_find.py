# find/rfind/index/rindex/count with start/end, Unicode indices, errors.
s = "the cat sat on the mat with the hat"
for sub in ["the", "at", "", "xyz", "t", "hat", " "]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 5), s.rfind(sub, 0, 20),
          s.find(sub, -10), s.rfind(sub, -10, -2), s.count(sub, 3, 30), s.find(sub, 100), s.count(sub, -5))
u = "日本語のテキスト、日本語の文"
for sub in ["日本", "語の", "文", "", "x", "の"]:
    print(repr(sub), u.find(sub), u.rfind(sub), u.count(sub), u.find(sub, 3), u.rfind(sub, 0, 10),
          u.find(sub, -5), u.count(sub, 2, -2))
e = "😀a😀bé😀"
print(e.find("a"), e.find("😀", 1), e.rfind("😀"), e.index("b"), e.rindex("😀", 0, 5), e.count("😀"), e.find("é", 2, 5))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "abc".count("", 1), "abc".find("c", -1))
print("".find(""), "".rfind(""), "".count(""), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 2),
      "abc".count("", 3), "abc".count("", 4), "abc".count("", -1), "abc".count("", 2, 1))
print("abc".find("b", None, None), "abcabc".find("c", 3, None), "abc".find("abcd"), "abc".find("bc", 1, 2))
print("abc".find("a", True), "abc".find("a", False, True), "abc".find("c", -(10 ** 30)), "abc".find("c", 0, 10 ** 30))
class Idx:
    def __index__(self):
        return 1
print("abcb".find("b", Idx()), "abcb".rfind("b", 0, Idx()), "abcb".count("b", Idx(), Idx()))
print("mississippi".find("ss"), "mississippi".rfind("ss"), "mississippi".index("i", 5), "mississippi".rindex("s", 0, 5))
print("mississippi".count("i", 2, -2), "mississippi".count("issi"), "mississippi".count("s", 100))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: s.index("dog"))
t(lambda: s.rindex("dog"))
t(lambda: s.index("the", 33))
t(lambda: "abc".index("c", 0, 2))
t(lambda: "abc".find(1))
t(lambda: "abc".count(None))
t(lambda: "abc".find())
t(lambda: "abc".find("a", 1, 2, 3))
t(lambda: "abc".find("a", start=1))
t(lambda: "abc".find("a", 1.5))
t(lambda: "abc".find("a", "1"))
t(lambda: "abc".rfind("a", None, []))
t(lambda: "abc".count())
t(lambda: "abc".rindex(["a"]))
t(lambda: str.find(1, "a"))
t(lambda: "abc".index(""))
