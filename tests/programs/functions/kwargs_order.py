def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
print(show(**{"b": 1, "a": 2}, c=3))
def collect(a, **rest):
    return a, rest
print(collect(a=1, b=2), collect(b=2, a=1))
print(collect(1, **{"x": 2, "y": 3}))
def build(**fields):
    fields["added"] = True
    return fields
src = {"k": "v"}
res = build(**src)
print(res, src)
def counts(*args, **kwargs):
    return len(args), len(kwargs)
print(counts(), counts(1, 2, a=3))
print(dict(a=1, b=2), dict([("x", 1)], y=2), dict({"p": 0}, q=1))
def kw_with_keyword_names(**kw):
    return sorted(kw)
print(kw_with_keyword_names(**{"class": 1, "def": 2, "with space": 3}))
def evaluation_order():
    log = []
    def v(name, val):
        log.append(name)
        return val
    def target(*a, **k):
        return a, k
    r = target(v("p1", 1), *v("star", [2]), v("p3", 3), k1=v("k1", 4), **v("dstar", {"k2": 5}))
    return r, log
print(evaluation_order())
def defaults_and_kwargs(a, b="B", **kw):
    return a, b, kw
print(defaults_and_kwargs("A", c="C"))
print(defaults_and_kwargs(b="b2", a="a2", z="z"))
