# range objects: attributes, index/count, membership, slicing, big bounds.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

r = range(0, 20, 3)
print(r, r.start, r.stop, r.step, len(r), list(r), r[2], r[-1], r[1:4], r[::-1], r[::2], r[-2:])
print(r.index(9), r.count(9), r.count(10), 9 in r, 10 in r, 9.0 in r, "9" in r, True in range(2), -3 in r)
print(range(5, 0, -1), list(range(5, 0, -1)), range(5, 0, -1)[1:], range(5, 0, -1).index(1), list(range(-5, 5, 4)))
print(range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(1) == range(0, 1, 7), range(3) != range(4), range(1) == [0])
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)))
print(bool(range(0)), bool(range(1)), len(range(0, -10)), len(range(-10, 10, 7)), len(range(10, 0, -4)))
print(list(range(3).__reversed__()), list(range(10, 0, -3).__reversed__()), list(range(0).__reversed__()))
print(range(0, 10)[3:7][1:], range(1, 10, 3)[-2:], range(0)[::-1], range(0, 5)[::-2], range(10)[::10 ** 30])
total = 0
for i in range(100, 0, -7):
    total += i
print(total, [i * i for i in range(-2, 3)], tuple(range(2, 8, 3)), set(range(3)))
# bounds beyond 64 bits
big = range(10 ** 20)
print(big, big[-1], big[10 ** 19], 10 ** 19 in big, 10 ** 20 in big, big[::10 ** 19], bool(big), big.stop)
print(range(10 ** 20, 0, -(10 ** 19))[3], range(0, 10 ** 20, 3)[-1], range(-10 ** 20, 0, 10 ** 19)[2:4])
print(list(range(10 ** 20, 10 ** 20 + 3)), list(range(10 ** 20 + 3, 10 ** 20, -1).__reversed__()))
print(big.index(12345678901234567890), big.count(-1), big == range(0, 10 ** 20), hash(big) == hash(range(0, 10 ** 20, 1)))
print(range(2 ** 63 - 3, 2 ** 63 + 3)[1:3], list(range(2 ** 63 - 3, 2 ** 63 - 1)), range(-2 ** 63, 2 ** 63)[-1])
print(list(range(2 ** 63 - 10, 2 ** 63 - 1, 5)), list(range(-2 ** 63, -2 ** 63 + 3).__reversed__()))
t(lambda: len(big))
t(lambda: big[10 ** 20])
t(lambda: big.index(-5))
t(lambda: range(0, 10, 0))
t(lambda: r[100])
t(lambda: r.index(4))
t(lambda: range(1.5))
t(lambda: range("a", 2))
t(lambda: range(3)["a"])
t(lambda: range(1, 2, 3, 4))
t(lambda: range())
t(lambda: range(3, x=1))
t(lambda: range(3).count())
t(lambda: hash(range(10 ** 30)) == hash(range(0, 10 ** 30)))
