# strip/lstrip/rstrip with and without chars, removeprefix/removesuffix.
samples = ["  hello  ", "\t\n\x0b\x0c\r hi \x1c\x1d\x1e\x1f", "\x85x\xa0", "\u2000\u200a\u200bx\u3000",
           "\u2028a\u2029", "\u202f\u205fz\u1680", "", "   ", "no-space", "\x00a\x00"]
for s in samples:
    print(ascii(s.strip()), ascii(s.lstrip()), ascii(s.rstrip()), ascii(s.strip(None)))
print("xxhixyx".strip("x"), "xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"))
print("www.example.com".strip("cmowz."), "abc".strip(""), repr("aaa".strip("a")), repr("".strip("a")))
print("123abc321".strip("123"), "héllé".strip("é"), "日本日".strip("日"), "😀a😀".strip("😀"))
print("<<a>>".lstrip("<"), "<<a>>".rstrip(">"), "<<a>>".strip("<>"), "abcba".strip("ab"))
print("mississippi".strip("mis"), "mississippi".rstrip("ip"), "mississippi".lstrip("sim"))
print("path/to/dir///".rstrip("/"), "0001200".lstrip("0"), "0001200".rstrip("0"), "0.500".rstrip("0").rstrip("."))
print("test_file.py".removesuffix(".py"), "test_file.py".removesuffix(".txt"), "prefix_x".removeprefix("prefix_"))
print(repr("aaa".removeprefix("a")), repr("aaa".removesuffix("aaa")), repr("".removeprefix("")), "abc".removeprefix(""))
print("日本語".removeprefix("日本"), "日本語".removesuffix("語"), "abc".removeprefix("abcd"), "abc".removesuffix("xabc"))
class S(str):
    pass
s = S("  pad  ")
print(repr(s.strip()), type(s.strip()).__name__, type(S("x").strip()).__name__, type(S("ab").removeprefix("a")).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "abc".strip(1))
t(lambda: "abc".lstrip(["a"]))
t(lambda: "abc".rstrip(b"c"))
t(lambda: "abc".strip("a", "b"))
t(lambda: "abc".strip(chars="a"))
t(lambda: "abc".removeprefix(1))
t(lambda: "abc".removesuffix(None))
t(lambda: "abc".removeprefix())
t(lambda: "abc".removesuffix("a", "b"))
t(lambda: "abc".removeprefix(prefix="a"))
