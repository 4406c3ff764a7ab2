"""Recursive Fibonacci: Python-to-Python calls, small-int arithmetic, compares."""


def bench_size():
    """WEFT_BENCH_SIZE from the environment: "full" (default) or "tiny"."""
    try:
        import os
    except ImportError:
        os = None
    if os is not None:
        return os.environ.get("WEFT_BENCH_SIZE", "full")
    # No os module (weft today): read the process environment from /proc.
    try:
        with open("/proc/self/environ", "rb") as f:
            data = f.read()
    except OSError:
        return "full"
    for entry in data.split(b"\0"):
        if entry.startswith(b"WEFT_BENCH_SIZE="):
            return entry[len(b"WEFT_BENCH_SIZE="):].decode()
    return "full"


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
