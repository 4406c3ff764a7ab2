# Many suspended generators alive at once, each holding its own state.
def ticker(i):
    total = i
    while True:
        step = yield total
        total += step if step is not None else 1


gens = [ticker(i) for i in range(100000)]
firsts = [next(g) for g in gens]
print(len(gens), sum(firsts))
seconds = [g.send(2) for g in gens[::1000]]
print(seconds[:5], len(seconds))
print(sum(next(g) for g in gens) - sum(firsts))
print(all(g.gi_suspended for g in gens[:100]))
del gens
print("freed")


def holder(i):
    try:
        yield i
    finally:
        cleaned.append(i)


cleaned = []
hs = [holder(i) for i in range(10000)]
for h in hs:
    next(h)
del h
hs = None
print(len(cleaned), cleaned[:3], cleaned[-1])
