# Send-based consumers (coroutines built from generators), priming, and send errors.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)


avg = averager()
print(next(avg))
for v in [10, 20, 30, 45]:
    print("avg after", v, "->", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("result", e.value, type(e.value).__name__)


def primed(func):
    def wrapper(*args, **kwargs):
        g = func(*args, **kwargs)
        next(g)
        return g
    wrapper.__name__ = func.__name__
    return wrapper


@primed
def grep(pattern, sink):
    while True:
        line = yield
        if pattern in line:
            sink.send(line.upper())


@primed
def collector(out):
    while True:
        item = yield
        out.append(item)


found = []
g = grep("py", collector(found))
for line in ["python rocks", "rust too", "pypy", "cpython", "java"]:
    g.send(line)
print(found)

fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(fresh.gi_frame is not None, next(fresh))

done = averager()
next(done)
try:
    done.send(None)
except StopIteration as e:
    print("first stop", e.value)
for attempt in range(2):
    try:
        done.send(1)
    except StopIteration as e:
        print("again", repr(e.value), e.args)


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo got", received)


e = echo()
print(e.send(None), e.send("a"), e.send(None), e.send([1, 2]))
e.close()
try:
    e.send()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e.send(1, 2)
except TypeError as ex:
    print(type(ex).__name__, ex)
