# async with: __aenter__/__aexit__ are awaited, exceptions are passed to
# __aexit__ and suppressed when it returns true, and leaving the body by
# return/break/continue still awaits __aexit__.


def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        print("  (suspended %d times)" % steps)
        return e.value


class Pause:
    def __await__(self):
        yield "pause"


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Pause()
        return self.name.upper()

    async def __aexit__(self, typ, exc, tb):
        await Pause()
        print("exit", self.name, typ.__name__ if typ else None, repr(exc), tb is not None)
        return self.suppress


async def basic():
    async with CM("a") as v:
        print("body", v)
    async with CM("b"):
        print("no target")
    return "basic done"


print(run(basic()))


async def raising(suppress):
    async with CM("r", suppress) as v:
        print("about to raise in", v)
        raise ValueError("in body")
    return "after block"


print(run(raising(True)))
try:
    run(raising(False))
except ValueError as e:
    print("escaped:", e)


async def multiple():
    async with CM("x") as x, CM("y") as y:
        print("both", x, y)
    return "multiple done"


print(run(multiple()))


async def leaving():
    out = []
    for i in range(4):
        async with CM("loop%d" % i):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    async with CM("ret"):
        return out


print(run(leaving()))


async def nested_return():
    async with CM("outer"):
        async with CM("inner"):
            return "from inside"


print(run(nested_return()))

# Plain (sync) objects with async methods via __aenter__ returning awaitables.


class Plain:
    def __aenter__(self):
        return Ready("entered")

    def __aexit__(self, *args):
        return Ready(False)


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield


async def plain():
    async with Plain() as p:
        return p


print(run(plain()))

# Errors.


class NoAexit:
    async def __aenter__(self):
        return 1


class SyncCM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class BadAexit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 5


async def use(cm, fail=False):
    async with cm:
        if fail:
            raise KeyError("k")
        return "used"


for cm in [5, NoAexit(), SyncCM(), BadAexit()]:
    try:
        print(run(use(cm)))
    except TypeError as e:
        print("TypeError:", e)
try:
    run(use(BadAexit(), True))
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))

# __aexit__ raising replaces the body's exception.


class ExitRaises:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, exc, tb):
        raise RuntimeError("from aexit")


try:
    run(use(ExitRaises(), True))
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
