# join and the strip family.
print(", ".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), "-".join([]))
print("/".join(("usr", "local", "bin")), " ".join(map(str, [1, 2, 3])), "|".join(["only"]))
print("😀".join(["a", "b"]), "ab".join({"k": 1, "m": 2}))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("x"), "xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"))
print("www.example.com".strip("cmowz."), "abc".strip(""), repr("   ".strip()), repr("".strip("a")))
print("..a..".strip("."), "..a..".lstrip("."), "..a..".rstrip("."), "aaa".strip("a") == "")
print(repr("\u3000 wide\u2003".strip()), repr("\x1c\x1dx\x1e\x1f".strip()), repr("\x00a\x00".strip()))
print("123abc321".strip("123"), "héllé".strip("é"), "日本日".strip("日"))
print(repr(" a ".strip(None)), "abc".lstrip("ba"), "abc".rstrip("cb"))
try:
    "abc".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
parts = []
for w in "a b  c".split(" "):
    parts.append("<" + w + ">")
print("".join(parts))
print(",".join([str(i * i) for i in range(8)]))
