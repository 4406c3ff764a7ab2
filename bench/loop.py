"""A plain integer while-loop: the interpreter's dispatch and small-int arithmetic."""


from benchsize import bench_size


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
