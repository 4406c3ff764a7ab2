# yield, send, StopIteration.value, generator expressions (lazy), gi_* attributes.
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done"


g = counter(5)
print(type(g).__name__, g.gi_running, g.gi_frame is not None)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
print(g.gi_frame)
print(list(counter(3)), sum(counter(4)))

trace = []
lazy = (trace.append(x) or x * x for x in range(3))
print(trace)
print(next(lazy), trace)
print(list(lazy), trace)

def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print(e)
print(f.send(None))
print(list(f), list(f))

def pipeline():
    nums = (n for n in range(20))
    evens = (n for n in nums if n % 2 == 0)
    squares = (n * n for n in evens)
    return [s for s in squares if s > 10]
print(pipeline())

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
