"""Spectral norm of an infinite matrix: float loops, closures, list comprehensions."""


from benchsize import bench_size


SIZES = {"full": 220, "tiny": 20}


def make_ops(n):
    """The matrix-vector products, as closures over n and a shared entry function."""

    def eval_a(i, j):
        ij = i + j
        return 1.0 / (ij * (ij + 1) // 2 + i + 1)

    def times(u):
        return [sum([eval_a(i, j) * u_j for j, u_j in enumerate(u)]) for i in range(n)]

    def times_transposed(u):
        result = []
        for i in range(n):
            total = 0.0
            for j in range(n):
                total += eval_a(j, i) * u[j]
            result.append(total)
        return result

    def times_at_a(u):
        return times_transposed(times(u))

    return times_at_a


def main():
    size = bench_size()
    if size not in SIZES:
        raise SystemExit(f"unknown WEFT_BENCH_SIZE {size!r}: use 'full' or 'tiny'")
    n = SIZES[size]
    times_at_a = make_ops(n)
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_at_a(u)
        u = times_at_a(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print(f"spectral_norm({n}) = {(vbv / vv) ** 0.5:.9f}")


main()
