# center/ljust/rjust/zfill/expandtabs.
for w in ["a", "ab", "abc", "abcd", ""]:
    print("[" + w.center(6) + "]", "[" + w.center(7, "*") + "]", "[" + w.ljust(5, ".") + "]", "[" + w.rjust(5) + "]")
print("abc".center(2), "abc".ljust(-1), "abc".rjust(3), "日本".center(6, "語"), "x".center(4, "😀"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "42".zfill(1), "".zfill(3), "abc".zfill(5), "-".zfill(3), "--1".zfill(5))
print("3.14".zfill(8), "-0.5".zfill(6), "+".zfill(2))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".ljust(5, "")
except TypeError as e:
    print(type(e).__name__, e)
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("abcdefgh\tx".expandtabs(4)), repr("ab\ncd\tx".expandtabs(3)), repr("a\r\tb".expandtabs(4)))
print(repr("12345\t1\t".expandtabs(tabsize=2)), repr("日\tx".expandtabs(4)))
for width in range(0, 9, 2):
    print(width, repr("x".rjust(width, "-")), repr("x".center(width, "-")))
print("ab".center(5), "|", "ab".center(5, "-"), "abc".center(6, "-"), "a".center(2, "-"))
