# center/ljust/rjust/zfill/expandtabs: widths, fill characters, Unicode, errors.
for w in ["", "a", "ab", "abc", "日本", "😀x"]:
    row = ["[" + w.center(width, "*") + "|" + w.ljust(width, "-") + "|" + w.rjust(width, "é") + "]"
           for width in [-1, 0, 1, 2, 3, 4, 5, 6, 7]]
    print(" ".join(row))
print(repr("abc".center(10)), repr("abc".center(9)), repr("ab".center(9)), repr("ab".center(10)))
print(repr("a".center(4)), repr("a".center(5)), repr("ab".center(5)), repr("ab".center(6)))
print("x".center(5, "日"), "x".ljust(3, "😀"), "x".rjust(3, "\t").replace("\t", "T"))
print(repr("x".center(True)), repr("x".ljust(False)), "x".rjust(3, "0"))
for s in ["42", "-42", "+42", "", "-", "+", "--1", "abc", "-abc", "3.14", "-0.5", "日本", "-日", " -1"]:
    print(repr(s), repr(s.zfill(0)), repr(s.zfill(3)), repr(s.zfill(6)))
tabs = ["a\tb", "\t", "ab\tcd\tef", "abcdefgh\tx", "a\nb\tc", "a\r\tb", "\t\t", "日\t本\t", "12345678\t9"]
for s in tabs:
    print(repr(s.expandtabs()), repr(s.expandtabs(0)), repr(s.expandtabs(1)), repr(s.expandtabs(3)),
          repr(s.expandtabs(tabsize=5)), repr(s.expandtabs(-4)))
print(repr("no tabs".expandtabs(2)), repr("".expandtabs()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "a".center())
t(lambda: "a".center(1, 2, 3))
t(lambda: "a".center(width=5))
t(lambda: "a".center(1.5))
t(lambda: "a".center("5"))
t(lambda: "a".center(10 ** 30))
t(lambda: "a".center(5, 1))
t(lambda: "a".center(5, ""))
t(lambda: "a".ljust(5, "ab"))
t(lambda: "a".rjust())
t(lambda: "a".zfill())
t(lambda: "a".zfill("3"))
t(lambda: "a".zfill(3, 4))
t(lambda: "a".zfill(10 ** 20))
t(lambda: "a\tb".expandtabs("x"))
t(lambda: "a\tb".expandtabs(1, 2))
t(lambda: "a\tb".expandtabs(8, tabsize=8))
t(lambda: "a\tb".expandtabs(size=8))
t(lambda: "a\tb".expandtabs(10 ** 30))
t(lambda: "a\tb".expandtabs(2 ** 31))
t(lambda: "a\tb".expandtabs(None))
