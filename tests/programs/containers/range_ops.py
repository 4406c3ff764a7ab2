# range objects.
r = range(0, 10, 2)
print(r, repr(range(5)), range(1, 5), range(10, 0, -3), range(0), len(r), list(r))
print(r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], list(r[::-1]), r[10:], r[-2:])
print(4 in r, 5 in r, 10 in r, -2 in r, 4.0 in r, "4" in r)
print(list(reversed(range(5))), list(range(10, 0, -3)), list(range(-5, 5, 4)), list(range(5, 5)))
print(range(0, 5) == range(5), range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(1) == [0])
print(len(range(0, 10, 3)), len(range(10, 0, -4)), len(range(0, -10)), len(range(-10, 10, 7)))
print(r.index(6), r.count(6), r.count(7), r.start, r.stop, r.step)
big = range(10**20)
print(big[-1], big[10**19], 10**19 in big, big[::10**19])
print(range(10**20, 0, -(10**19))[3], range(0, 10**20, 3)[-1], range(-10**20, 0, 10**19)[2:4])
for f in [lambda: range(0, 10, 0), lambda: r[5], lambda: r.index(3), lambda: range(1.5),
          lambda: range(3)["a"], lambda: range(1, 2, 3, 4)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(list(range(3)) * 2, tuple(range(2, 8, 3)), [i * i for i in range(-2, 3)])
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
