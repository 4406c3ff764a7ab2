# BaseException.__init__ extras found along the MRO: keyword arguments of
# AttributeError/NameError/ImportError, OSError and UnicodeError attributes,
# for the builtin classes and subclasses, but not for look-alike user classes.


class MyAttr(AttributeError):
    pass


class MyImport(ModuleNotFoundError):
    pass


class MyOS(FileNotFoundError):
    pass


def make_fake():
    class OSError(Exception):
        pass

    return OSError


OSError_ = make_fake()


def show(f):
    try:
        e = f()
    except Exception as x:
        print("raised", type(x).__name__, x)
        return
    print(type(e).__name__, repr(e), e.args)
    for a in ("name", "obj", "path", "msg", "errno", "strerror", "filename"):
        if hasattr(e, a):
            print("  ", a, repr(getattr(e, a)))


show(lambda: AttributeError("x", name="n", obj=3))
show(lambda: MyAttr("y", name="m"))
show(lambda: NameError("z", name="q"))
show(lambda: MyImport("w", name="mod", path="/p"))
show(lambda: ImportError("v"))
show(lambda: MyOS(2, "No such file", "f.txt"))
show(lambda: OSError_(2, "x"))
show(lambda: OSError_(1, name="bad"))
show(lambda: MyAttr("a", path="nope"))
show(lambda: ValueError("b", name="c"))
show(lambda: UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
show(lambda: KeyError(1, 2))
