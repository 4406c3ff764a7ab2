"""A plain integer while-loop: the interpreter's dispatch and small-int arithmetic."""


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


SIZES = {"full": 10_000_000, "tiny": 100_000}


def main():
    size = bench_size()
    if size not in SIZES:
        raise SystemExit(f"unknown WEFT_BENCH_SIZE {size!r}: use 'full' or 'tiny'")
    n = SIZES[size]
    i = 0
    acc = 0
    while i < n:
        acc += i & 7
        i += 1
    print(f"loop {n} iterations: acc = {acc}")


main()
