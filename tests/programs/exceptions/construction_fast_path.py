# Creating exceptions: what a direct construction path for classes whose
# __new__ and __init__ are BaseException's could get wrong. Each case runs
# several times, so memoised answers (per class, per call site) are used
# after the first.
from abc import ABCMeta, abstractmethod


def attempt(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "raised", type(e).__name__, e)
        return None
    print(label, type(r).__name__, r.args if isinstance(r, BaseException) else r)
    return r


class Plain(Exception):
    pass


class Sub(Plain):
    pass


for i in range(3):
    attempt("no args", lambda: Plain())
    attempt("one arg", lambda: Plain("m"))
    attempt("many args", lambda: Plain(1, "two", None, (3,), [4]))
    attempt("builtin", lambda: ValueError(i))
    attempt("kwargs builtin", lambda: ValueError(x=1))
    attempt("kwargs user", lambda: Sub("a", flag=True))
    attempt("kwargs base", lambda: BaseException(1, k=2))
    attempt("star args", lambda: Plain(*range(i)))

# `raise Cls` and `raise Cls()` make the same thing.
for cls in (Plain, Sub, KeyError, StopIteration, SystemExit):
    for make in (lambda: cls, lambda: cls()):
        try:
            raise make()
        except BaseException as e:
            print(type(e).__name__, e.args, repr(e), e.__cause__, e.__context__)

try:
    raise Sub from Plain
except Sub as e:
    print("from class:", repr(e.__cause__), e.__suppress_context__)


# __init__ assigned after the class was used, on the class and on a base.
class Late(Exception):
    pass


class LateChild(Late):
    pass


for i in range(2):
    print("late before", Late(i).args, LateChild(i).args)


def late_init(self, *args):
    print("  late_init", type(self).__name__, args)
    self.extra = len(args)


Late.__init__ = late_init
for i in range(2):
    e = LateChild(i, i)
    print("late after", e.args, e.extra)
del Late.__init__
print("late deleted", LateChild(5).args, hasattr(LateChild(5), "extra"))
Exception.__init__  # still there
LateChild.__init__ = lambda self, *a: print("  child init", a)
print("child init", LateChild(1, 2).args)
LateChild.__init__ = Exception.__init__
print("builtin init again", LateChild(3).args)


# __new__ assigned later.
class NewLater(Exception):
    pass


print("new before", NewLater(1).args)


def odd_new(cls, *args):
    print("  odd_new", cls.__name__, args)
    return 42


NewLater.__new__ = odd_new
print("new after", NewLater(1, 2))


def exc_new(cls, *args):
    obj = Exception.__new__(cls, "from new")
    return obj


NewLater.__new__ = exc_new
e = NewLater(7)
print("new returns instance", e.args)
del NewLater.__new__
print("new deleted", NewLater(8).args)


# __init__ returning something other than None.
class BadInit(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        return 1


for i in range(2):
    attempt("bad init", lambda: BadInit("x"))


# super().__init__ with other arguments than the call's.
class Shifted(Exception):
    def __init__(self, code, detail):
        super().__init__(f"error {code}: {detail}")
        self.code = code


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a


class Twice(Exception):
    def __init__(self, *args):
        super().__init__()
        super().__init__(*args, "again")


for i in range(3):
    e = Shifted(400 + i, "bad")
    print("shifted", e.args, e.code, str(e))
    e = NoSuper(i, i + 1)
    print("no super", e.args, e.a)
    print("twice", Twice(i).args)
    try:
        raise Shifted(i, "x") from ValueError(i)
    except Shifted as e:
        print("  cause", repr(e.__cause__), e.code, e.__suppress_context__)


# Multiple inheritance with builtin exception bases.
class KeyAttr(KeyError, AttributeError):
    pass


class AttrKey(AttributeError, KeyError):
    pass


class LookVal(LookupError, ValueError):
    pass


class Mixin:
    def describe(self):
        return f"{type(self).__name__}{self.args}"


class Mixed(Mixin, ValueError):
    pass


for i in range(2):
    e = KeyAttr("k", i)
    print("keyattr", e.args, str(e), e.name, e.obj)
    e = AttrKey("a", name="n", obj=i)
    print("attrkey", e.args, e.name, e.obj)
    attempt("attrkey bad kw", lambda: AttrKey("k", path="p"))
    print("lookval", LookVal(i).args, Mixed(i).describe())


# Builtin classes with more than args.
class MyOS(OSError):
    pass


class MyImport(ImportError):
    pass


for i in range(2):
    e = MyOS(2, "No such file", "f.txt")
    print("myos", e.args, e.errno, e.strerror, e.filename, str(e))
    e = MyOS("just a message")
    print("myos msg", e.args, e.errno, str(e))
    e = FileNotFoundError(2, "gone", "a", None, "b")
    print("fnf", e.args, e.filename2, str(e))
    e = AttributeError("msg", name="attr", obj=i)
    print("attr kw", e.args, e.name, e.obj)
    e = AttributeError("msg")
    print("attr plain", e.name, e.obj)
    e = NameError("nm", name="x")
    print("name kw", e.name)
    attempt("name bad kw", lambda: NameError("nm", obj=1))
    e = MyImport("imp", name="mod", path="/p")
    print("import", e.args, e.msg, e.name, e.path)
    e = ModuleNotFoundError("m")
    print("mnf", e.msg, e.name, e.path)
    attempt("import bad kw", lambda: MyImport("x", obj=1))
    e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
    print("unicode", e.start, e.end, str(e))
    attempt("unicode args", lambda: UnicodeDecodeError("utf-8"))
    e = StopIteration(i, "x")
    print("stop", e.value, e.args)
    e = SystemExit(i)
    print("exit", e.code)


# Exception groups keep their checks.
class MyGroup(ExceptionGroup):
    pass


class MyBaseGroup(BaseExceptionGroup):
    pass


for i in range(2):
    g = attempt("group", lambda: MyGroup("msg", [ValueError(i)]))
    print("  ", g.message, g.exceptions)
    attempt("group no list", lambda: MyGroup("msg"))
    attempt("group empty", lambda: MyGroup("msg", []))
    g = attempt("base group", lambda: BaseExceptionGroup("m", [ValueError(1)]))
    print("  ", type(g).__name__)
    g = attempt("my base group", lambda: MyBaseGroup("m", [KeyboardInterrupt()]))
    print("  ", type(g).__name__)
    attempt("my base group exc", lambda: MyBaseGroup("m", [ValueError()]))


# A metaclass with its own __call__, and abstract exception classes.
class Meta(type):
    def __call__(cls, *args):
        print("  Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class Metaed(Exception, metaclass=Meta):
    pass


class Abstract(Exception, metaclass=ABCMeta):
    @abstractmethod
    def f(self):
        pass


class Concrete(Abstract):
    def f(self):
        return 1


for i in range(2):
    print("metaed", Metaed(i).args)
    try:
        raise Metaed
    except Metaed as e:
        print("raised metaed", e.args)
    attempt("abstract", lambda: Abstract(1))
    attempt("concrete", lambda: Concrete(1))


# BaseException.__init__ and __new__ called directly.
e = Plain(1)
Exception.__init__(e, 2, 3)
print("direct init", e.args)
BaseException.__init__(e)
print("direct init empty", e.args)
e = Exception.__new__(Plain, "n")
print("direct new", type(e).__name__, e.args)
attempt("direct init kw", lambda: Exception.__init__(Plain(), bad=1))


# Attributes of exception instances, at the same sites every time (the
# attribute caches): the state attributes win over the namespace.
class WithAttrs(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
        self.note = None


class Obj:
    def __init__(self):
        self.code = 0
        self.args = "plain"


def read(x):
    return (x.code, x.args)


def write(x, v):
    x.code = v
    x.args = (v,)


items = [WithAttrs(1), Obj(), WithAttrs(2), Sub(3), Obj()]
items[3].code = -3
for rnd in range(3):
    for x in items:
        write(x, rnd)
        print("attrs", type(x).__name__, read(x))
for rnd in range(3):
    e = WithAttrs(rnd)
    e.__dict__["args"] = "shadow"
    e.__dict__["__cause__"] = "shadow"
    print("dict shadow", e.args, e.__cause__, e.__dict__["args"])
    e.__cause__ = ValueError(rnd)
    e.__context__ = KeyError(rnd)
    e.__traceback__ = None
    e.__suppress_context__ = False
    print(
        "state",
        repr(e.__cause__),
        repr(e.__context__),
        e.__traceback__,
        e.__suppress_context__,
        sorted(e.__dict__),
    )
    e.add_note(f"note {rnd}")
    print("notes", e.__notes__)
    s = StopIteration(rnd)
    s.value = rnd + 10
    x = SystemExit(rnd)
    print("special", s.value, s.args, x.code)
    try:
        raise WithAttrs(rnd)
    except WithAttrs as caught:
        print("traceback", type(caught.__traceback__).__name__, caught.code)
    try:
        print(e.missing)
    except AttributeError as err:
        print("missing", err)


class ShadowArgs(Exception):
    args = "class attr"


for rnd in range(2):
    print("class shadow", ShadowArgs(rnd).args)
