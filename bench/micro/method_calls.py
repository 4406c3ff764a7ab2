"""Micro-benchmark (issue 3): method calls on instances, through a small class hierarchy."""


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self

    def get(self):
        return self.n


class Stepper(Counter):
    def bump(self, k):
        return super().bump(k + 1)


def main():
    a = Counter()
    b = Stepper()
    for i in range(1_000_000):
        a.bump(i)
        b.bump(i)
        a.get()
    print("method_calls", a.get(), b.get())


main()
