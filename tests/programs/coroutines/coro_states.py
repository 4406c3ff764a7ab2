# Coroutine life cycle misuse: reuse, just-started sends, re-entry, close/throw states.
class Pause:
    def __await__(self):
        return (yield "p")


async def simple(x):
    await Pause()
    return x * 2


def show(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except StopIteration as e:
        print(label, "-> StopIteration", repr(e.value))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


c = simple(4)
show("send 1 first", lambda: c.send(1))
show("send None", lambda: c.send(None))
show("send value", lambda: c.send("x"))
show("send again", lambda: c.send(None))
show("throw after end", lambda: c.throw(ValueError("late")))
show("close after end", lambda: c.close())
show("send after close", lambda: c.send(None))

c = simple(1)
c.close()
show("send to closed unstarted", lambda: c.send(None))
show("throw to closed", lambda: c.throw(KeyError))

c = simple(2)
show("throw unstarted", lambda: c.throw(KeyError("first")))
show("send after throw", lambda: c.send(None))


async def reenter():
    return box[0].send(None)


box = [reenter()]
show("re-enter via send", lambda: box[0].send(None))


async def awaits_itself():
    await box2[0]


box2 = [awaits_itself()]
show("await itself", lambda: box2[0].send(None))


async def await_twice():
    shared = simple(5)
    first = shared
    a = await first
    b = await shared
    return a, b


d = await_twice()
show("step", lambda: d.send(None))
show("await finished coroutine", lambda: d.send(None))


async def ignore_exit():
    while True:
        try:
            await Pause()
        except GeneratorExit:
            print("  coroutine ignoring GeneratorExit")


e = ignore_exit()
e.send(None)
show("close stubborn", lambda: e.close())
e2 = ignore_exit()
e2.send(None)
show("throw GeneratorExit", lambda: e2.throw(GeneratorExit))


async def stop_inside():
    raise StopIteration("inner stop")


show("StopIteration in coroutine", lambda: stop_inside().send(None))
try:
    stop_inside().send(None)
except RuntimeError as err:
    print("cause:", repr(err.__cause__))


async def returns_none():
    pass


show("returns None", lambda: returns_none().send(None))
r = returns_none()
show("wrong arity", lambda: r.send())
show("throw no args", lambda: r.throw())
show("throw non-exception", lambda: r.throw(5))
r.close()
