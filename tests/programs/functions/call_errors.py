def f(x):
    return x
def g(a, b):
    return a + b
def h(a, b, c=1):
    return a
def k(*, key):
    return key
def k2(a, *, key, other):
    return key
def m(a, b, c):
    return a
def run(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print(label, "no error")
    except TypeError as e:
        print(label, type(e).__name__, "|", e)
run("missing1", f)
run("missing2", g)
run("missing-one-of-two", g, 1)
run("missing3", m)
run("missing-two-of-three", m, 1)
run("too-many", g, 1, 2, 3)
run("too-many-default", h, 1, 2, 3, 4)
run("too-many-1", f, 1, 2)
run("zero-args-given-1", lambda: 0, 1)
run("unexpected-kw", g, 1, 2, z=3)
run("multiple-values", g, 1, 2, a=3)
run("multiple-values-b", h, 1, 2, b=5)
run("missing-kwonly", k)
run("missing-kwonly-2", k2, 1)
run("too-many-kwonly", k, 1)
run("too-many-kwonly-given", k, 1, key=2)
run("lambda-missing", lambda a: a)
def outer():
    def inner(q):
        pass
    return inner
run("nested-missing", outer())
class C:
    def meth(self, v):
        pass
run("method-missing", C().meth)
run("method-too-many", C().meth, 1, 2)
run("ok", g, 1, b=2)
