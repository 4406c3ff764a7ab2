# Reference cycles are reclaimed: gc.collect() finds unreachable cycles,
# and a loop building many cycles keeps working (memory stays flat).
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


def make_pair(i):
    a = Node(f"a{i}")
    b = Node(f"b{i}")
    a.peer = b
    b.peer = a
    return a.name


def self_ref_list():
    lst = []
    lst.append(lst)
    return len(lst)


def closure_cycle():
    def inner():
        return inner
    return inner.__name__


gc.collect()
names = [make_pair(i) for i in range(100)]
print(names[0], names[-1], len(names))
print(gc.collect() > 0)
print(self_ref_list(), closure_cycle())
print(gc.collect() > 0)
print(gc.collect())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
total = 0
for i in range(200_000):
    d = {"i": i}
    d["self"] = d
    total += d["i"]
print(total)
kept = Node("kept")
kept.peer = kept
gc.collect()
print(kept.peer.name)
