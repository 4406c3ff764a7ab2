# replace, find/rfind, index/rindex, count.
s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"), s.replace("the", "a", 1), s.replace("the", "a", 0), s.replace("the", "a", -1))
print("aaa".replace("a", "bb"), "aaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("".replace("", "x"), "abc".replace("x", "y"), "aaaa".replace("a", ""), "日本日本".replace("本", "b"))
print(s.find("the"), s.find("the", 1), s.find("the", 5, 20), s.find("xyz"), s.find(""), s.find("", 100))
print(s.rfind("the"), s.rfind("the", 0, 30), s.rfind("xyz"), s.rfind(""), s.find("at", -5), s.rfind("at", -10, -3))
print(s.index("cat"), s.rindex("at"), s.index("at", 6), s.rindex("the", 0, 20))
print(s.count("the"), s.count("at"), s.count("at", 10), s.count("at", 5, 25), s.count(""), "".count(""))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "abc".count("", 1), "abc".find("c", -1))
print("héllo".find("l"), "日本語日本".rfind("日本"), "😀a😀".count("😀"), "😀a😀".index("a"))
for f in [lambda: s.index("dog"), lambda: s.rindex("dog"), lambda: s.index("the", 33),
          lambda: "abc".find(1), lambda: "abc".count(None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print("abc".find("b", None, None), "abcabc".find("c", 3, None), "abc".find("abcd"))
print("mississippi".replace("ss", "SS"), "mississippi".count("ss"), "mississippi".count("i", 2, -2))
