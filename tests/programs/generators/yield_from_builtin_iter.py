# `yield from` a list, tuple or range iterator: items, the None result,
# resuming through next(), for and send(), gi_yieldfrom, throw and close.


def flat(groups):
    for g in groups:
        r = yield from g
        print("result", r)


print(list(flat([[1, 2], (3,), range(4, 6), [], iter([7])])))


def inner_for():
    def g():
        yield from [10, 20, 30]
        yield "end"

    for x in g():
        print("for", x)


inner_for()


def sender():
    yield from [1, 2, 3]


s = sender()
print(next(s))
print(s.gi_yieldfrom is not None, type(s.gi_yieldfrom).__name__)
print(s.send(None))
try:
    s.send(5)
except AttributeError as e:
    print("AttributeError", e)
print(s.gi_yieldfrom)


def thrown():
    try:
        yield from range(3)
    except ValueError as e:
        print("caught", e)
        yield "after"


t = thrown()
print(next(t))
print(t.throw(ValueError("boom")))
t.close()

c = sender()
print(next(c))
c.close()
print(list(c))


def nested():
    yield from (x * 2 for x in [1, 2])
    yield from [5, 6]


print(sum(nested()), list(nested()))


def mutate():
    data = [1, 2]
    for x in (yield from data) or ():
        pass
    data.append(3)
    yield from data


print(list(mutate()))


def err_in_for():
    def g():
        yield from [1, 2]
        raise KeyError("k")

    try:
        for x in g():
            print("got", x)
    except KeyError as e:
        print("KeyError", e)


err_in_for()
