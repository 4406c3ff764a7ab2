e = Exception()
print(repr(e), str(e), e.args)
e = Exception("one")
print(repr(e), str(e), e.args)
e = Exception("a", 2, None)
print(repr(e), str(e), e.args)
e = ValueError(42)
print(repr(e), str(e), e.args)
e = KeyError("key")
print(repr(e), str(e), e.args)
e = KeyError("a", "b")
print(repr(e), str(e))
e = KeyError()
print(repr(e), repr(str(e)))
print(repr(ValueError("it's")), repr(ValueError('say "x"')))
print(str(OSError("msg")), repr(RuntimeError()))
print(repr(ZeroDivisionError("division by zero")))
print(repr(StopIteration(5)), StopIteration(5).value)
print(repr(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(repr(KeyboardInterrupt()), repr(GeneratorExit()))
try:
    {}["missing"]
except KeyError as err:
    print(repr(err), str(err), err.args)
try:
    [][0]
except IndexError as err:
    print(repr(err), err.args)
try:
    int("zz")
except ValueError as err:
    print(repr(err), err.args)
e = Exception("x")
e.args = ("changed", 1)
print(e, e.args)
e.args = []
print(repr(e), e.args, type(e.args).__name__)
e = Exception(("tuple", "arg"))
print(str(e), e.args)
e = Exception([1, 2])
print(str(e))
print(f"{ValueError('in fstring')}", f"{ValueError('r')!r}")
print(str(Exception(None)), repr(Exception(None)))
e = UnicodeError("u")
print(type(e).__mro__[1].__name__)
e = AttributeError("attr msg", name="foo", obj=5)
print(e, e.name, e.obj)
e = NameError("nm", name="xyz")
print(e, e.name)
