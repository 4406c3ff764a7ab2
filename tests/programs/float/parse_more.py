# float(): Unicode digits/spaces, underscores, bytes, protocols and overflow.
def t(*args, **kw):
    try:
        print(repr(float(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["\u0661\u0662.\u0665", "\uff11.\uff15e\uff12", "\u2002-3.25\u2009", "\u00a0inf", "1_000_000.000_1",
          "1e1_0", "0_0.5", ".5_5", "5_5.", "-0", "+nan", "-iNfInItY", "1e-400", "-1e-400", "9" * 400,
          "0." + "0" * 400 + "1", "1.7976931348623159e308"]:
    t(s)
for s in ["\x1c1.5", "1.5\x1f", "1_.5", "1._5", "_1.5", "1.5_", "1e_5", "1_e5", "1e5_", "1__5", "in f", "na", "infinityx",
          "0b1", "1j", "1.5.", "--1", "- 1", "1 e5", "\u00b2", "\u0661\u066b\u0662", ""]:
    t(s)
t(b" 2.5 ")
t(bytearray(b"1e3"))
t(b"1_5")
t(b"\xe9")
t(b"")
t(10**308)
t(10**309)
t(-(10**400))
t(2**1023)
t(True)
t(x=1)
t(1, 2)
t(None)
t([])
t(1j)

class WithFloat:
    def __float__(self):
        return 6.5
class WithIndex:
    def __index__(self):
        return 2**60
class BigIndex:
    def __index__(self):
        return 10**400
class BadFloat:
    def __float__(self):
        return 1
class FloatSub(float):
    pass
class StrSub(str):
    pass
t(WithFloat())
t(WithIndex())
t(BigIndex())
t(BadFloat())
t(FloatSub(1.25))
t(StrSub(" 4.5 "))
print(type(float(FloatSub(2.0))).__name__, float(), float(-0.0), float("-0.0"))
