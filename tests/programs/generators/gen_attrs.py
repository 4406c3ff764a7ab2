# gi_frame, gi_running, gi_code, gi_yieldfrom, gi_suspended, __name__/__qualname__.
def counter(n):
    for i in range(n):
        yield i


g = counter(2)
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_code.co_name)
print("before:", g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_yieldfrom)
print(g.gi_frame.f_code is g.gi_code, g.gi_frame.f_code.co_name)
next(g)
print("suspended:", g.gi_suspended, g.gi_frame.f_lineno)
list(g)
print("after:", g.gi_running, g.gi_suspended, g.gi_frame, g.gi_code.co_name)


def introspect():
    yield me.gi_running
    yield me.gi_suspended
    yield me.gi_frame is not None


me = introspect()
print(list(me))


class Tree:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids

    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()

    class Inner:
        def gen(self):
            def deeper():
                yield 1
            return deeper()


t = Tree(1, Tree(2), Tree(3, Tree(4)))
w = t.walk()
print(w.__name__, w.__qualname__)
print(list(w))
d = Tree.Inner().gen()
print(d.__name__, "|", d.__qualname__)

ge = (x for x in "ab")
print(ge.__name__, ge.__qualname__, ge.gi_code.co_name)


def outer():
    return (y for y in [1])


print(outer().__qualname__)


def delegator():
    yield from counter(3)


dg = delegator()
next(dg)
print("yieldfrom:", type(dg.gi_yieldfrom).__name__, dg.gi_yieldfrom.__name__)
print(dg.gi_yieldfrom.gi_running, dg.gi_yieldfrom.gi_suspended)
list(dg)
print("after:", dg.gi_yieldfrom)

g = counter(1)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, g.gi_code.co_name)
print(repr(g).startswith("<generator object Q.renamed at 0x"))
try:
    g.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.gi_running = True
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del g.__qualname__
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(g, "gi_yieldfrom"), hasattr(g, "cr_frame"), hasattr(g, "__next__"))
for attr in ("gi_frame", "gi_running", "gi_code", "gi_yieldfrom"):
    try:
        delattr(g, attr)
    except AttributeError as e:
        print(type(e).__name__, e)
