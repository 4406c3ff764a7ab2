# Edge cases of inlined comprehensions: global/nonlocal names, captures, nesting.
def a():
    global g
    g = 1
    return [g for g in range(2)], g
print(a())
def b():
    x = 1
    def inner():
        nonlocal x
        return [x for x in range(2)], x
    return inner()
print(b())
def c():
    y = 0
    return [y for y in range(2)], (lambda: y)()
print(c())
def d():
    return [[lambda: (i, j) for j in range(2)] for i in range(2)][1][0]()
print(d())
def e():
    import sys
    return [sys._getframe().f_code.co_name for _ in range(1)]
print(e())
def f():
    return [x for x in range(3) if (w := x)] , w
print(f())
def h(*args, **kw):
    return [args for args in kw], args
print(h(1, a=2))
def i():
    for x in range(2):
        r = [x for x in "ab"]
    return x, r
print(i())
def j():
    x = 0
    while [x for x in range(1)] and x < 3:
        x += 1
    return x
print(j())
def k():
    t = [1]
    return [t for t in t for t in [t, t]]
print(k())
def l():
    try:
        return [n for n in range(2)][5]
    except IndexError:
        return "ie"
print(l())
def m():
    return [x for x in [x for x in range(3)]]
print(m())
def n():
    del_me = 1
    r = [del_me for del_me in range(2)]
    del del_me
    return r
print(n())
print([[y for y in range(x)] for x in range(3) if x])
def gen():
    x = "gx"
    yield [x for x in range(2)]
    yield x
print(list(gen()))
