# Re-entering a running generator, and generators that inspect themselves.
def self_next():
    yield 1
    yield next(me)


me = self_next()
print(next(me))
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print("finished?", me.gi_frame is None)


def self_send():
    yield box[0].send(None)


box = [self_send()]
try:
    next(box[0])
except ValueError as e:
    print("send:", e)


def self_throw():
    yield box2[0].throw(KeyError)


box2 = [self_throw()]
try:
    next(box2[0])
except ValueError as e:
    print("throw:", e)


def self_close():
    try:
        yield box3[0].close()
    finally:
        print("self_close finally")


box3 = [self_close()]
try:
    next(box3[0])
except ValueError as e:
    print("close:", e)


def running_flag():
    yield runner.gi_running
    yield [g.gi_running for g in [runner]]


runner = running_flag()
print(list(runner), runner.gi_running)


def outer():
    yield from inner_ref[0]


def inner():
    yield 1
    yield outer_ref[0].gi_running
    yield next(outer_ref[0])


inner_ref = [inner()]
outer_ref = [outer()]
o = outer_ref[0]
print(next(o), next(o))
try:
    next(o)
except ValueError as e:
    print("through yield from:", e)


class Recursive:
    def __init__(self):
        self.gen = self.walk()

    def walk(self):
        yield "start"
        try:
            yield next(self.gen)
        except ValueError as e:
            yield "inside caught: " + str(e)


r = Recursive()
print(list(r.gen))
