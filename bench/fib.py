"""Recursive Fibonacci: Python-to-Python calls, small-int arithmetic, compares."""


from benchsize import bench_size


SIZES = {"full": (30, 3), "tiny": (15, 1)}


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    size = bench_size()
    if size not in SIZES:
        raise SystemExit(f"unknown WEFT_BENCH_SIZE {size!r}: use 'full' or 'tiny'")
    n, repeat = SIZES[size]
    total = 0
    for _ in range(repeat):
        total += fib(n)
    print(f"fib({n}) x {repeat} = {total}")


main()
