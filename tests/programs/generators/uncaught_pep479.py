# A StopIteration escaping a generator is turned into RuntimeError (uncaught).
def reader(lines):
    it = iter(lines)
    while True:
        line = next(it)
        yield line.strip()


print("start")
r = reader(["x ", " y"])
print(next(r), next(r))
print("third:", next(r))
