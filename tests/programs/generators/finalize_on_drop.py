# A suspended generator that is freed is closed: its finally blocks run at once.
import gc

events = []


def resource(name):
    events.append("open " + name)
    try:
        while True:
            yield name
    finally:
        events.append("close " + name)
        print("  finally of", name)


r = resource("a")
next(r)
del r
print("after del:", events)

r = resource("b")
next(r)
r = resource("c")
print("rebound (c not started):", events)
next(r)
r = None
print("after None:", events)


def use_briefly():
    local = resource("local")
    return next(local)


print("returned", use_briefly())
print("next on a temporary:", next(resource("temp")))

pool = [resource(n) for n in "xyz"]
for p in pool:
    next(p)
del p
pool.pop(1)
print("popped y")
pool.clear()
print("cleared pool")

d = {"k": resource("dict-value")}
next(d["k"])
d["k"] = 0
print("replaced in dict")


class Job:
    def __init__(self, name):
        self.name = name
        self.steps = self.run()
        next(self.steps)

    def run(self):
        try:
            yield self.name
        finally:
            print("  job", self.name, "finalized")


j = Job("cyclic")
del j
print("cycle not yet collected")
gc.collect()
print("after collect")


def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("  caught GeneratorExit on drop")
        raise


c = catcher()
next(c)
c = None


def delegating():
    try:
        yield from resource("inner")
    finally:
        print("  outer finally")


o = delegating()
next(o)
del o
print("done", len(events))
unstarted = resource("never")
del unstarted
finished = resource("f")
next(finished)
finished.close()
del finished
print(events[-3:])
