"""`while` loops: the test before the first iteration and after each
body (continue, break, else, `while True`, tests that call, tests with
`:=` and comprehensions, and the line an error in the test reports)."""


def f(n):
    i = 0
    out = []
    while i < n:
        i += 1
        if i == 2:
            continue
        if i == 7:
            break
        out.append(i)
    else:
        out.append("else")
    return out
print(f(5), f(10), f(0))
def g():
    k = 3
    while k:
        k -= 1
    while True:
        k += 1
        if k > 4: break
    else:
        print("never")
    return k
print(g())
class C:
    def __init__(self): self.n = 0
    def more(self): return self.n < 3
c = C()
while c.more() and not c.n > 5:
    c.n += 1
print(c.n)
def h(xs):
    while xs[0] is not None and len(xs) > 1:
        xs.pop(0)
    return xs
print(h([1, 2, None, 4]))
j = 0
while (j := j + 1) < 4:
    pass
print(j)
def bad():
    x = 0
    while x < 3:
        x += 1
    while x < "a":
        pass
try:
    bad()
except TypeError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)


def bad_bottom():
    x = 0
    # False at the top only once x reaches 3: the second half then raises
    # from the test repeated after the body.
    while x < 3 or x < "a":
        x += 1


try:
    bad_bottom()
except TypeError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)
n = 0
while n < 3:
    n += 1
    try:
        while [v for v in range(n)] and n < 2:
            n += 10
    finally:
        pass
print(n)
