# When `__del__` runs: right after the instruction that dropped the last
# reference, before the next one reads anything it changed.
log = []
counter = 0


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        global counter
        counter += 1
        log.append(self.n)

    def __add__(self, other):
        return self.n + other

    def __lt__(self, other):
        return self.n < other

    def __eq__(self, other):
        return D(-1)

    def __iter__(self):
        return iter([self.n])

    def __contains__(self, item):
        return item == self.n


# A temporary operand of a binary operation.
x = D(1) + 1
c = counter
print(x, c, log)

# Rebinding and deleting a name.
d = D(2)
d = None
c = counter
print(c, log)
d = D(3)
del d
c = counter
print(c, log)

# An expression statement's value.
for i in range(3):
    D(10 + i)
    c = counter
    print(c)

# Comparisons, rich results, `in`, iteration, subscripts.
if D(4) < 5:
    c = counter
    print("lt", c)
r = D(5) == 0
c = counter
print("eq", c)
del r
print(5 in D(5), counter)
for v in D(6):
    c = counter
    print("iter", v, c)
c = counter
print("after loop", c)
box = {}
box["k"] = D(7)
box["k"] = 0
c = counter
print("subscr", c)
lst = [D(8)]
lst[0] = None
c = counter
print("list", c)


class Holder:
    pass


h = Holder()
h.a = D(9)
h.a = None
c = counter
print("attr", c)
print(log)


def f():
    local = D(11)
    return 1


f()
c = counter
print("return", c)
