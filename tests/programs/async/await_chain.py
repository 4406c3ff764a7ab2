# Deep await chains and introspecting a suspended chain through cr_await
# (what a task dump walks), cr_frame and cr_running.
import sys


class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


async def depth(n):
    if n == 0:
        return await Pause("bottom")
    return 1 + await depth(n - 1)


def run(coro, reply=0):
    value = None
    steps = 0
    try:
        while True:
            coro.send(value)
            steps += 1
            value = reply
    except StopIteration as e:
        return e.value, steps


print(sys.getrecursionlimit())
print(run(depth(10), 5))
print(run(depth(900), 1))

# Walking a suspended chain.
c = depth(5)
print("yielded:", c.send(None))
names = []
node = c
while node is not None:
    kind = type(node).__name__
    names.append(kind + (":" + node.__qualname__ if kind == "coroutine" else ""))
    if kind == "coroutine":
        print("  ", node.__qualname__, "line", node.cr_frame.f_lineno, "suspended", node.cr_suspended)
        node = node.cr_await
    elif kind == "coroutine_wrapper" or kind == "generator":
        node = getattr(node, "gi_yieldfrom", None)
    else:
        node = None
print(" -> ".join(names))
try:
    c.send(7)
except StopIteration as e:
    print("finished:", e.value)
print("after finishing:", c.cr_await, c.cr_frame)

# cr_running is true only while the coroutine executes.


async def check_running():
    print("  inside: running", me.cr_running, "suspended", me.cr_suspended)
    await Pause("p")
    print("  resumed: running", me.cr_running)
    return "ok"


me = check_running()
print("before:", me.cr_running)
me.send(None)
print("between: running", me.cr_running, "await", type(me.cr_await).__name__)
try:
    me.send(None)
except StopIteration as e:
    print("finished:", e.value)

# An await chain through several kinds of awaitables.


class Delegating:
    def __init__(self, inner):
        self.inner = inner

    def __await__(self):
        r = yield from self.inner.__await__()
        return ("delegated", r)


async def leaf():
    return await Pause("leaf")


async def mid():
    return await Delegating(leaf())


m = mid()
print("yield:", m.send(None))
aw = m.cr_await
print(type(aw).__name__, type(aw.gi_yieldfrom).__name__)
try:
    m.send("x")
except StopIteration as e:
    print("finished:", e.value)

# Exceptions raised deep in a chain unwind every frame.


async def fail(n):
    if n == 0:
        raise LookupError("deep failure")
    await fail(n - 1)


try:
    run(fail(50))
except LookupError as e:
    tb = e.__traceback__
    count = 0
    while tb is not None:
        count += 1
        tb = tb.tb_next
    print("LookupError:", e, "traceback entries:", count)

# Recursion limit: very deep chains raise RecursionError, not a crash.
try:
    run(depth(5000))
except RecursionError as e:
    print("RecursionError:", e)
