# List/set/dict comprehensions run inline in their function (PEP 709):
# iteration variables are hidden, saved and restored around them.


def uses_outer(a, indent, level):
    return [str(v) + indent * level for v in a]


print(uses_outer([1, 2, 3], "-", 2))


def restores_outer():
    x = 10
    r = [x for x in range(3)]
    s = {x for x in "ab"}
    d = {x: x * 2 for x in range(2)}
    return r, sorted(s), d, x


print(restores_outer())


def not_leaked():
    r = [x for x in range(3)]
    try:
        return x
    except NameError as e:
        print(type(e).__name__, e)
    return r


print(not_leaked())


def unbound_after():
    if False:
        x = 1
    r = [x for x in range(3)]
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    return r


print(unbound_after())


def unbound_inside():
    try:
        return [y for x in range(2)]
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1


unbound_inside()


def global_reader():
    try:
        return [undefined_name for x in range(2)]
    except NameError as e:
        print(type(e).__name__, e)


global_reader()

g = "global g"


def reads_global_then_binds_in_comp():
    print(g)
    return [g for g in range(2)], g


print(reads_global_then_binds_in_comp())


def nested():
    return [[y * x for y in range(x)] for x in range(4)]


print(nested())


def nested_same_name():
    x = "outer"
    r = [[x for x in range(x)] for x in range(3)]
    return r, x


print(nested_same_name())


def first_iter_sees_outer(x):
    return [x + 1 for x in x]


print(first_iter_sees_outer([7, 8]))


def param_restored(v):
    r = [v for v in range(3)]
    return r, v


print(param_restored("param"))


def restored_on_error():
    x = 5
    try:
        [1 / (x - 2) for x in range(5)]
    except ZeroDivisionError as e:
        print("caught", e, "x =", x)
    try:
        {k: 1 / k for k in range(-1, 2)}
    except ZeroDivisionError:
        pass
    try:
        print(k)
    except NameError as e:
        print(type(e).__name__, e)


restored_on_error()


def closures_capture_variable():
    fs = [lambda: x for x in range(3)]
    gs = [lambda x=x: x for x in range(3)]
    return [f() for f in fs], [g() for g in gs]


print(closures_capture_variable())


def closure_over_enclosing():
    n = 10
    fs = [lambda: n + i for i in range(2)]
    n = 20
    return [f() for f in fs]


print(closure_over_enclosing())


def captured_outer_same_name():
    x = "outer"
    f = lambda: x
    r = [x for x in range(2)]
    return r, x, f()


print(captured_outer_same_name())


def walrus():
    r = [(last := x * 2) for x in range(3)]
    d = {k: (total := k) for k in range(4) if k % 2}
    return r, last, d, total


print(walrus())


def walrus_nested():
    r = [[(z := a + b) for a in range(2)] for b in range(2)]
    return r, z


print(walrus_nested())


def locals_inside():
    outer = 1
    inner = [sorted(locals()) for x in range(1)]
    return inner, sorted(locals())


print(locals_inside())


def with_conditions():
    return [x for x in range(20) if x % 2 if x % 3], [(x, y) for x in range(3) for y in range(x)]


print(with_conditions())


def unpacking_targets():
    pairs = [(1, "a"), (2, "b")]
    a, b = "A", "B"
    r = [f"{b}{a}" for a, b in pairs]
    s = [(h, t) for h, *t in ["xyz", "pq"]]
    return r, s, a, b


print(unpacking_targets())


def genexpr_still_lazy():
    x = "outer"
    ge = (x for x in range(3))
    return list(ge), x, sum(y for y in range(4))


print(genexpr_still_lazy())


def comp_in_genexpr():
    return list([y + x for y in range(2)] for x in range(3))


print(comp_in_genexpr())


def comp_in_lambda():
    f = lambda n: [i * n for i in range(n)]
    return f(3)


print(comp_in_lambda())


def recursive(value, indent, level):
    if isinstance(value, list):
        return "[" + ", ".join([recursive(v, indent, level + 1) for v in value]) + "]"
    return indent * level + str(value)


print(recursive([1, [2, [3]], 4], ".", 0))


def in_generator():
    for i in range(2):
        yield [i * j for j in range(3)]


print(list(in_generator()))


def attribute_target():
    class O:
        pass

    o = O()
    r = [o.v for o.v in range(3)]
    return r, o.v


print(attribute_target())


class Base:
    def who(self):
        return "base"


class Child(Base):
    def who(self):
        return [super().who() for _ in range(2)]

    def names(self):
        return [type(self).__name__ for _ in range(1)]


print(Child().who(), Child().names())


class K:
    a = 1
    b = [x * 2 for x in range(a, 3)]
    try:
        c = [a for x in range(3)]
    except NameError as e:
        c = str(e)
    d = {x: y for x, y in zip("ab", range(2))}


print(K.b, K.c, K.d)

print([x * 2 for x in range(3)], {x: 1 for x in "ab"})
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
m = [q for q in range(2)]
print(q if "q" in globals() else "q not bound at module level", m)
