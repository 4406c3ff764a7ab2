# complex() from strings.
for s in ["1+2j", "1-2j", " 3+4J ", "(1+2j)", " ( -1.5-2.5j ) ", "j", "-j", "+j", "2j",
          "5", "-5.5", "1e3+1e-3j", "inf+nanj", "-infj", "nan", "1_0+2_0j", "0j",
          "-0-0j", "1.+.5j", "(7)"]:
    print(repr(s), complex(s))
def t(*args):
    try:
        print(complex(*args))
    except Exception as e:
        print(type(e).__name__, e)
for bad in ["", "1+", "1+2", "j1", "1+2jj", "1 + 2j", "(1+2j", "1+2j)", "2i", "abc", "1+-2j", "((1))"]:
    t(bad)
t("1", 2)
t(1, "2")
t(None)
t([1])
t("1j", None)
