"""Micro-benchmark (issue 3): a generator pipeline with yield from and a generator expression."""


def source(n):
    for i in range(n):
        yield i


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


def doubled(it):
    yield from (v * 2 for v in it)


def main():
    print("gen_pipeline", sum(doubled(evens(source(2_000_000)))))


main()
