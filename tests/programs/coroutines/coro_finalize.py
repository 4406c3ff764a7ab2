# Suspended coroutines that are freed get closed (finally blocks run);
# coroutines that never started only warn (on stderr).
class Pause:
    def __await__(self):
        yield "pause"


log = []


async def holds_lock(name):
    log.append("acquire " + name)
    try:
        await Pause()
        await Pause()
    finally:
        log.append("release " + name)
        print("  released", name)


c = holds_lock("a")
c.send(None)
del c
print("after del:", log)


async def outer(name):
    try:
        await holds_lock(name)
    finally:
        print("  outer finally", name)


o = outer("nested")
o.send(None)
print("awaiting:", o.cr_await.__name__)
o = None
print("after rebinding")


def run_one_step(coro):
    return coro.send(None)


print(run_one_step(holds_lock("temp")))
print("temporary gone:", log[-1])


async def never_started():
    print("this never prints")


ns = never_started()
del ns
print("unstarted dropped without running")


async def catches_exit():
    try:
        await Pause()
    except GeneratorExit:
        print("  GeneratorExit reached the coroutine")
        raise


ce = catches_exit()
ce.send(None)
ce = 0


async def cleanup_awaits():
    try:
        await Pause()
    finally:
        print("  finally awaiting inside close")
        await Pause()


ca = cleanup_awaits()
ca.send(None)
try:
    ca.close()
except RuntimeError as e:
    print(type(e).__name__, e)
ca2 = cleanup_awaits()
ca2.send(None)
del ca2
print("dropped stubborn coroutine")


class Owner:
    def __init__(self):
        self.task = self.run()
        self.task.send(None)

    async def run(self):
        try:
            await Pause()
        finally:
            print("  owner task closed")


owner = Owner()
owner = None
import gc

gc.collect()
print("done", log)
