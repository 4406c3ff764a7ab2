"""Fannkuch-redux: permutations by list rotation, prefix reversal with slices."""


from benchsize import bench_size


SIZES = {"full": 9, "tiny": 5}


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutations = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[: k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if permutations % 2 == 0 else -flips
        permutations += 1
        # Next permutation: rotate the first r + 1 items left until a counter runs.
        while True:
            if r == n:
                return checksum, max_flips, permutations
            first = perm1.pop(0)
            perm1.insert(r, first)
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    size = bench_size()
    if size not in SIZES:
        raise SystemExit(f"unknown WEFT_BENCH_SIZE {size!r}: use 'full' or 'tiny'")
    n = SIZES[size]
    checksum, max_flips, permutations = fannkuch(n)
    print(f"fannkuch({n}): checksum={checksum} max_flips={max_flips} permutations={permutations}")


main()
