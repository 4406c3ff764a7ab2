# complex() constructor: numbers, strings, keywords, __complex__ and errors.
def t(*args, **kw):
    try:
        print(repr(complex(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

t()
t(0)
t(-0.0)
t(2, -0.0)
t(-0.0, -0.0)
t(1.5, 2)
t(True, True)
t(1j)
t(1j, 1j)
t(1 + 2j, 3 + 4j)
t(2, 1j)
t(real=3)
t(imag=4)
t(real=1, imag=2)
t(imag=1j)
t(real=1j, imag=1j)
t(10**20, 10**20)
t(10**400)
t(1, 10**400)
for s in ["3", "-2.5j", "1+1j", "1-1J", "(2+3j)", "  ( 4-5j )  ", "j", "-J", "+j", "1e2+3e-1j", "-1.5e+2-2.5e-2j",
          "inf+infj", "-inf-nanj", "nan", "1_0+2_0j", "\u0661+\u0662j", "\u2003(1+1j)\u2003", "0j", "-0-0j", "1.+.5j", ".5"]:
    t(s)
for s in ["", " ", "()", "(", ")", "1+", "+", "j1", "jj", "1+2", "1+2jj", "1 +2j", "1+ 2j", "((1))", "1+2j)", "(1+2j",
          "1i", "1e+j", "1__0j", "_1j", "1_j", "x", "1+-2j", "--1", "\x1c1"]:
    t(s)
t("1", 2)
t("1", imag=2)
t(1, "2")
t(imag="2")
t(b"1")
t(None)
t(1, None)
t([1])
t(1, [1])
t(x=1)
t(1, 2, 3)
t(1, 2, real=3)

class C:
    def __complex__(self):
        return 2 + 3j
class BadC:
    def __complex__(self):
        return 2
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 4
class CSub(complex):
    pass
t(C())
t(C(), 1)
t(1, C())
t(BadC())
t(F())
t(F(), F())
t(I(), I())
t(CSub(1, 2))
z = CSub(1, 2)
print(repr(z), z.real, z.imag, z.conjugate(), z + 1, abs(CSub(3, 4)), type(complex(z)).__name__)
