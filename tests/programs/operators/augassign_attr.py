"""Augmented assignment to an attribute: evaluation order, errors, rebinding the object in the right-hand side, traceback lines."""

import sys
log = []

class Loud:
    def __init__(self):
        object.__setattr__(self, "x", 1)
    def __getattribute__(self, name):
        log.append(("get", name))
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append(("set", name, value))
        object.__setattr__(self, name, value)

def rhs(v):
    log.append(("rhs", v))
    return v

def f1():
    o = Loud()
    o.x += rhs(5)
    o.x *= rhs(2)
    print(o.x, log)
    log.clear()

f1()

class P:
    def __init__(self):
        self._v = 10
    @property
    def v(self):
        log.append("getv")
        return self._v
    @v.setter
    def v(self, value):
        log.append(("setv", value))
        self._v = value

def f2():
    p = P()
    p.v -= 3
    p.v //= rhs(2)
    print(p.v, log)
    log.clear()

f2()

class G:
    def __getattr__(self, name):
        log.append(("getattr", name))
        return 100

def f3():
    g = G()
    g.a += 1
    g.a += 1
    print(g.a, g.__dict__, log)
    log.clear()

f3()

# missing attribute
class E:
    pass

def f4():
    e = E()
    try:
        e.missing += 1
    except AttributeError as exc:
        print("AttributeError:", exc)

f4()

# rhs raising: attribute must have been read first, store must not happen
def boom():
    raise ValueError("boom")

def f5():
    o = Loud()
    try:
        o.x += boom()
    except ValueError as exc:
        print("ValueError:", exc, log)
    log.clear()
    print(o.x)

f5()

# unbound local
def f6():
    try:
        q.x += 1
    except UnboundLocalError as exc:
        print("UnboundLocalError:", exc)
    q = E()

f6()

# closure cell variable: inner function rebinds during rhs
def f7():
    a = E()
    a.x = 1
    b = E()
    b.x = 1000
    def swap():
        nonlocal a
        a = b
        return 1
    old = a
    a.x += swap()
    print(old.x, a.x, b.x, a is b)

f7()

# walrus in rhs rebinding the object
def f8():
    a = E()
    a.x = 1
    b = E()
    b.x = 1000
    old = a
    a.x += ((a := b) and 5)
    print(old.x, a.x, b.x, a is b)
    c = E()
    c.x = 1
    d = E()
    d.x = 50
    old = c
    c.x += [c := d for _ in range(1)][0].x
    print(old.x, c.x, d.x, c is d)

f8()

# comprehension reusing the name in the rhs (isolated scope in 3.12)
def f9():
    a = E()
    a.x = 1
    others = [E(), E()]
    for o in others:
        o.x = 10
    a.x += sum(a.x for a in others)
    a.x += sum([a.x for a in others])
    print(a.x, [o.x for o in others])

f9()

# slots, non-instance objects
class S:
    __slots__ = ("v",)
    def __init__(self):
        self.v = 1

def f10():
    s = S()
    s.v += 2
    try:
        s.w += 1
    except AttributeError as exc:
        print("AttributeError:", exc)
    class NS:
        k = 3
    ns = NS()
    ns.k **= 2
    print(s.v, ns.k)
    n = 5
    try:
        n.real += 1
    except AttributeError as exc:
        print("AttributeError:", exc)
    f = f10
    f.counter = 0
    f.counter += 1
    print(f.counter)

f10()

# self.count += 1 in methods, generators and lambdas
class C:
    def __init__(self):
        self.count = 0
    def bump(self):
        self.count += 1
        return self
    def gen(self):
        self.count += yield self.count
        self.count += yield self.count

def f11():
    c = C()
    c.bump().bump()
    g = c.gen()
    print(next(g), g.send(10), end=" ")
    try:
        g.send(5)
    except StopIteration:
        pass
    print(c.count)

f11()

# __setattr__ failing after the rhs ran
class RO:
    x = 1
    def __setattr__(self, name, value):
        raise TypeError(f"read-only {name}={value}")

def f12():
    r = RO()
    try:
        r.x += rhs(3)
    except TypeError as exc:
        print("TypeError:", exc, log)
    log.clear()

f12()

# traceback line numbers of failures in a multi-line augmented assignment

def f13():
    r = RO()
    r.x += (
        rhs(1)
    )

def f14():
    e = E()
    e.nope += (
        rhs(1)
    )

def f15():
    o = E()
    o.x = 1
    o.x += (
        boom()
    )

for fn in (f13, f14, f15):
    try:
        fn()
    except Exception:
        tb = sys.exc_info()[2]
        out = []
        while tb is not None:
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - fn.__code__.co_firstlineno))
            tb = tb.tb_next
        print(fn.__name__, out)
    log.clear()

# the object stays alive during the rhs even if nothing else refers to it
def f16():
    class D:
        def __del__(self):
            print("del D")
    d = D()
    d.x = 1
    d.x += 2
    print(d.x)
    del d
    print("after")

f16()

# module-level and class-body augmented assignment (not fast locals)
class Holder:
    pass

h = Holder()
h.v = 1
h.v += 41
print(h.v)

class Body2:
    obj = Holder()
    obj.v = 2
    obj.v *= 21
    print(obj.v)
