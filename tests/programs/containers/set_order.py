# Sets iterate in CPython's hash-table order; results of operations too.
seed = 2024
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed

print(set([3, 1, 2]), set([10, 5, 100, 7]), set([9, 8, 7, 1000, 33]), set([-1, -5, 3]))
print(set(range(20, 0, -3)), set([2 ** 40, 7, 2 ** 61 - 1, -3]), set([0.5, 1.5, -2.25, 8.0]))
print(set([(1, 2), (0, 1), (5, 5)]), frozenset([30, 20, 10]), set("a"), set([True, 2, 0]))
for trial in range(12):
    m = rnd() % 500 + 10
    a = set(rnd() % m for i in range(rnd() % 40))
    b = set(rnd() % m for i in range(rnd() % 40))
    for i in range(rnd() % 8):
        a.discard(rnd() % m)
    print(a)
    print(a | b, a & b, a - b, a ^ b)
    print(a.union(b, [1, 2]), a.intersection(b), a.difference(b), b.symmetric_difference(a))
    c = a.copy()
    c |= b
    c -= set(range(0, 500, 3))
    c &= set(range(0, 500, 2))
    print(c)
    popped = []
    while len(popped) < 3 and c:
        popped.append(c.pop())
    print(popped, c)
    c.update(range(4))
    print(c, frozenset(c), set(dict.fromkeys(a)))
s = set(range(100))
for i in range(0, 100, 3):
    s.remove(i)
print(s)
s.clear()
s.add(5)
s.add(13)
s.add(21)
print(s, s.pop(), s.pop(), s)
big = set(range(0, 30000, 7))
print(len(big), sorted(big)[:3])
t = set()
t.add(1)
t.add(9)
t.remove(1)
t.add(17)
print(t, {x * x for x in range(-4, 5)}, {x % 5 for x in range(30)})
