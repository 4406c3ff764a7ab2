# A hand-written event loop: Futures that yield themselves from __await__,
# tasks driven round-robin with send(), results and exceptions.
class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None
        self.error = None
        self.callbacks = []

    def set_result(self, value):
        self.done, self.result = True, value
        for cb in self.callbacks:
            cb(self)

    def set_exception(self, exc):
        self.done, self.error = True, exc
        for cb in self.callbacks:
            cb(self)

    def __await__(self):
        while not self.done:
            yield self
        if self.error is not None:
            raise self.error
        return self.result


class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
        self.tick = 0
        self.timers = []

    def spawn(self, coro):
        task = Future(coro.__name__)
        self.ready.append((coro, task))
        return task

    def call_later(self, delay, fn):
        self.timers.append((self.tick + delay, fn))

    def run(self):
        while self.ready or self.timers:
            self.tick += 1
            for when, fn in [t for t in self.timers if t[0] <= self.tick]:
                self.timers.remove((when, fn))
                fn()
            batch, self.ready = self.ready, []
            for coro, task in batch:
                try:
                    waiting_on = coro.send(None)
                except StopIteration as e:
                    self.log.append((self.tick, coro.__name__, "->", e.value))
                    task.set_result(e.value)
                except Exception as e:
                    self.log.append((self.tick, coro.__name__, "!!", repr(e)))
                    task.set_exception(e)
                else:
                    assert isinstance(waiting_on, Future), waiting_on
                    self.ready.append((coro, task))


loop = Loop()


def sleep(ticks, value=None):
    f = Future("sleep")
    loop.call_later(ticks, lambda: f.set_result(value))
    return f


async def worker(name, delays):
    total = 0
    for d in delays:
        total += await sleep(d, d * 10)
    return f"{name}:{total}"


async def failing():
    await sleep(2)
    raise ValueError("worker failed")


async def supervisor():
    a = loop.spawn(worker("a", [1, 2]))
    b = loop.spawn(worker("b", [3]))
    c = loop.spawn(failing())
    results = [await a, await b]
    try:
        await c
    except ValueError as e:
        results.append("caught " + str(e))
    return results


main = loop.spawn(supervisor())
loop.run()
for entry in loop.log:
    print(entry)
print("main result:", main.result)
print("loop ticks:", loop.tick)

f = Future("manual")
co = (lambda: f)()


async def waits_twice():
    x = await f
    y = await f
    return x, y


w = waits_twice()
print(w.send(None) is f, w.send(None) is f)
f.set_result(7)
try:
    w.send(None)
except StopIteration as e:
    print("both awaits:", e.value)
