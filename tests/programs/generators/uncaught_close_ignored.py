# close() on a generator that keeps yielding raises RuntimeError (uncaught).
def worker():
    count = 0
    while True:
        try:
            count += 1
            yield count
        except GeneratorExit:
            print("refusing to exit after", count)


w = worker()
print(next(w), next(w))
print(w.gi_suspended)
w.close()
print("not reached")
