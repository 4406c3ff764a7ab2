# Instances keep exception state, builtin-base values and __slots__ values
# outside the common fields; exercise the combinations.
import gc


class S:
    __slots__ = ("a", "b")


s = S()
try:
    del s.a
except AttributeError as e:
    print("del before set:", e)
try:
    s.b
except AttributeError as e:
    print("get before set:", e)
s.b = 2
print(s.b, hasattr(s, "a"))
s.a = 1
del s.b
print(s.a, hasattr(s, "b"))


class MyFloat(float):
    __slots__ = ("tag",)


m = MyFloat(41.5)
m.tag = "t"
print(m + 1, m.tag, repr(m))


class MyErr(Exception):
    __slots__ = ("code",)


try:
    err = MyErr("boom", 3)
    err.code = 7
    raise err
except MyErr as e:
    print(e.args, e.code, str(e), e.__traceback__ is not None)


class L(list):
    pass


lst = L([1, 2])
lst.append(lst)
lst.extra = "x"
print(len(lst), lst.extra)
del lst
print(gc.collect() >= 0)


class Cyc:
    __slots__ = ("other", "__weakref__")


a, b = Cyc(), Cyc()
a.other, b.other = b, a
del a, b
print(gc.collect() >= 2)

saved = []


class Phoenix(float):
    __slots__ = ("note",)

    def __del__(self):
        saved.append(self)


p = Phoenix(2.5)
p.note = "n"
del p
print(saved[0], saved[0].note, type(saved[0]).__name__)
