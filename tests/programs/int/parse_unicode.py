# int(): Unicode digits and spaces, underscores, bytes, protocols and errors.
def t(*args, **kw):
    try:
        print(repr(int(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["\u0661\u0662\u0663", "\u06f4\u06f2", "\u0967\u0966", "\uff11\uff12", "\U0001d7ce\U0001d7cf",
          "\u2003 42 \u3000", "\u00a0-7\u00a0", "\x1c12\x1f", "1_2_3", "-0_0", "+\u0661_\u0662"]:
    t(s)
t("\u0661\u0662", 16)
t("\u0661f", 16)
t("\u00b2")
t("\u2167")
t("1\u200b2")
t("")
t("_")
t("1_")
t("1__2")
t("0_x10", 0)
t("0x_", 16)
t("0b102", 2)
t("0o8", 0)
t("1" * 4301)
print(int("1" * 4300) % 1000, int("f" * 5000, 16) % 1000)
t("x" * 250)
t(b"  12  ")
t(b"1_000")
t(bytearray(b"-0x1f"), 16)
t(b"\xff")
t(b"12", 37)
t("12", base=1)
t("12", base=-2)
t("12", base=10**40)
t("12", base=2.0)
t("12", 10, base=10)
t("12", 10, 10)
t(x="12")
t(base=10)
t(12, 10)
t(12.5, base=0)
t([1, 2])
t(None)
t(1j)
t(float("nan"))
t(float("-inf"))
t(-2.999)
t(1e300)

class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class WithTrunc:
    def __trunc__(self):
        return 9
class BadInt:
    def __int__(self):
        return "nope"
class IntSub(int):
    pass
class StrSub(str):
    pass
t(WithInt())
t(WithIndex())
t(WithTrunc())
t(BadInt())
t(IntSub(12))
t(StrSub(" 33 "))
t(StrSub("ff"), 16)
print(type(int(IntSub(5))).__name__, int(True), int(False), int(-0.0), int("-0"))
