# A list iterator lets go of its list when it is exhausted: objects only the
# list held are finalized right then, before the statement after the loop.


class D:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


def loop_end():
    for x in [D("a"), 1]:
        print("body", x if isinstance(x, int) else x.tag)
    print("after loop")


loop_end()


def nested():
    for row in [[D("r1")], [D("r2")]]:
        for item in row:
            print("item", item.tag)
        print("row done")
    print("all done")


nested()

it = iter([D("kept")])
print(next(it).tag)
print(next(it, "exhausted"))
print("after next")

grow = [1]
it = iter(grow)
print(list(it))
grow.append(2)
print(list(it), "stays exhausted")
