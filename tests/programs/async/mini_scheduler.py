# A tiny round-robin scheduler written in Python drives several coroutines
# that use async generators, async for, async with and awaits together.


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield "sleep"


class Scheduler:
    def __init__(self):
        self.ready = []
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        tick = 0
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print("tick %d: %s finished -> %r" % (tick, name, e.value))
            except Exception as e:
                self.results[name] = e
                print("tick %d: %s failed -> %s: %s" % (tick, name, type(e).__name__, e))
            else:
                self.ready.append((name, coro))
            tick += 1
        return tick


class Lock:
    def __init__(self):
        self.owner = None
        self.log = []

    async def __aenter__(self):
        while self.owner is not None:
            await Sleep(1)
        self.owner = True
        self.log.append("acquire")
        return self

    async def __aexit__(self, *exc):
        self.owner = None
        self.log.append("release")
        return False


async def numbers(limit, delay):
    for i in range(limit):
        await Sleep(delay)
        yield i


async def producer(name, limit, delay, lock, shared):
    total = 0
    async for n in numbers(limit, delay):
        async with lock:
            shared.append((name, n))
            await Sleep(1)
        total += n
    return total


async def failing(lock):
    async with lock:
        await Sleep(2)
        raise ValueError("worker failed")


async def gatherer(names, sched):
    while not all(n in sched.results for n in names):
        await Sleep(1)
    return sum(sched.results[n] for n in names)


lock = Lock()
shared = []
s = Scheduler()
s.spawn("p1", producer("p1", 3, 1, lock, shared))
s.spawn("p2", producer("p2", 4, 2, lock, shared))
s.spawn("bad", failing(lock))
s.spawn("sum", gatherer(["p1", "p2"], s))
ticks = s.run()
print("ticks:", ticks)
print("shared:", shared)
print("lock log balanced:", lock.log.count("acquire") == lock.log.count("release"))
print("results:", {k: (v if not isinstance(v, Exception) else repr(v)) for k, v in sorted(s.results.items())})
