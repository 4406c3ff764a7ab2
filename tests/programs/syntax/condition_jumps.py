"""Conditions of `if`, `elif` and `while` with `and`, `or` and `not`: which
operands are evaluated, and how many times each `__bool__` runs."""


calls = []


class B:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        calls.append(self.name)
        return self.value


def check(label, f):
    calls.clear()
    r = f()
    print(label, r, calls)


t, f = B("t", True), B("f", False)
t2, f2 = B("t2", True), B("f2", False)

check("and tf", lambda: "yes" if t and f else "no")


def if_and(a, b):
    if a and b:
        return "both"
    return "not both"


def if_or(a, b):
    if a or b:
        return "one"
    return "none"


def if_not(a):
    if not a:
        return "falsy"
    return "truthy"


def if_mixed(a, b, c):
    if a and not b or c:
        return "taken"
    elif not a and (b or c):
        return "elif"
    else:
        return "else"


for a in (t, f):
    for b in (t2, f2):
        check(f"if_and {a.name} {b.name}", lambda: if_and(a, b))
        check(f"if_or {a.name} {b.name}", lambda: if_or(a, b))
    check(f"if_not {a.name}", lambda: if_not(a))

c = B("c", True)
c0 = B("c0", False)
for a in (t, f):
    for b in (t2, f2):
        for cc in (c, c0):
            check(f"if_mixed {a.name} {b.name} {cc.name}", lambda: if_mixed(a, b, cc))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        calls.append(self.n)
        self.n -= 1
        return self.n >= 0


def while_and(n, flag):
    steps = 0
    cd = Countdown(n)
    while cd and flag:
        steps += 1
    return steps


def while_not(n):
    steps = 0
    cd = Countdown(n)
    while not (not cd):
        steps += 1
    return steps


check("while_and 3 t", lambda: while_and(3, t))
check("while_and 3 f", lambda: while_and(3, f))
check("while_not 2", lambda: while_not(2))


def values(a, b):
    # Outside conditions, `and`/`or` still give an operand, not a bool.
    return (a and b, a or b, not a)


print(values(0, 5), values(3, ""), values([], None))
print(1 if [] or "x" else 2, [x for x in range(6) if x % 2 and not x > 4])


def ifexp_and_filters():
    r1 = "yes" if f and t else "no"
    r2 = "yes" if not f or t else "no"
    picked = [b.name for b in (t, f, t2, f2) if b and not (b is t2)]
    return r1, r2, picked


check("ifexp and filters", ifexp_and_filters)


def asserts():
    assert t and not f, "first"
    try:
        assert f or (t and f2), "second"
    except AssertionError as e:
        return str(e)


check("asserts", asserts)
