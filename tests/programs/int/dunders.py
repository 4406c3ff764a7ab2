# Arithmetic and comparison dunders called explicitly on ints and bools.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a, b = 17, 5
print(a.__add__(b), a.__sub__(b), a.__mul__(b), a.__truediv__(b), a.__floordiv__(b), a.__mod__(b))
print(a.__radd__(b), a.__rsub__(b), a.__rmul__(b), a.__rtruediv__(b), a.__rfloordiv__(b), a.__rmod__(b))
print(a.__pow__(2), a.__rpow__(2), a.__lshift__(3), a.__rlshift__(3), a.__rshift__(1), a.__rrshift__(100))
print(a.__and__(b), a.__or__(b), a.__xor__(b), a.__rand__(b), a.__ror__(b), a.__rxor__(b))
print(a.__divmod__(b), a.__rdivmod__(b), (-a).__divmod__(b), a.__divmod__(-b))
print(a.__neg__(), a.__pos__(), a.__abs__(), (-a).__abs__(), a.__invert__(), a.__bool__(), (0).__bool__())
print(a.__int__(), a.__float__(), a.__hash__(), (-1).__hash__(), a.__repr__(), a.__format__("08b"))
print(a.__getnewargs__(), (2**70).__float__(), (2**100).__hash__())
print(a.__add__(1.5), a.__mul__("x"), a.__eq__(17.0), a.__lt__(2.5), a.__truediv__(None))
print(a.__eq__(17), a.__ne__(17), a.__lt__(18), a.__le__(17), a.__gt__(16), a.__ge__(18))
print(int.__add__(3, 4), int.__mul__(True, 7), int.__sub__(2**64, 1), int.__lt__(1, True))
print((2).__pow__(10, 1000), (3).__pow__(-1, 7), (2).__pow__(5, -7), (2).__pow__(3, None), (2).__rpow__(3, 5))
print((10**20).__pow__(10**10, 998244353), (7).__pow__(0, 1), (-3).__pow__(3, 7))
t(lambda: (2).__pow__(-1, 4))
t(lambda: (2).__pow__(3, 0))
print((2).__pow__(3, 2.0), (2).__pow__(0.5))
t(lambda: (5).__truediv__(0))
t(lambda: (5).__floordiv__(0))
t(lambda: (5).__mod__(0))
t(lambda: (5).__divmod__(0))
t(lambda: (5).__rtruediv__(0))
t(lambda: (1).__lshift__(-1))
t(lambda: (5).__add__())
t(lambda: (5).__add__(1, 2))
t(lambda: (5).__add__(x=1))
t(lambda: (5).__neg__(1))
t(lambda: (5).__pow__())
t(lambda: (5).__pow__(1, 2, 3))
t(lambda: int.__add__("x", 1))
t(lambda: int.__add__(1.5, 1))
t(lambda: int.__add__())
t(lambda: (5).__format__(5))
t(lambda: (5).__format__())

# bool keeps its type for &, |, ^ with bools.
print(True & False, True | False, True ^ True, False ^ True, True & 1, True | 2, 3 ^ True)
print(True.__and__(True), True.__or__(False), True.__xor__(1), True.__rand__(0), False.__ror__(True))
print(True + True, True * 3, -True, ~False, True / 2, True // 2, True ** 0, True.__repr__(), int.__repr__(True))
t(lambda: bool.__and__(1, True))
t(lambda: bool.__repr__(1))
x = True
x &= False
y = False
y |= True
z = True
z ^= 1
print(x, y, z, type(z).__name__)
print(True.__format__(""), True.__format__("d"), True.__format__(">5"), (1).__format__(""))
print(True.__getnewargs__(), True.__hash__(), False.__float__(), True.__int__(), type(True.__int__()).__name__)
