"""Sorting with key functions: sorted/list.sort with lambdas, tuple keys, reverse, stability."""


from benchsize import bench_size


SIZES = {"full": 60_000, "tiny": 500}

CITIES = ["Oslo", "Lima", "Pune", "Kyiv", "Doha", "Baku", "Rome", "Nice", "Bern", "Riga"]


class Person:
    def __init__(self, ident, name, age, city, score):
        self.ident = ident
        self.name = name
        self.age = age
        self.city = city
        self.score = score


def make_people(n):
    state = 2024
    people = []
    for i in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        bits = state >> 33
        name = "".join(chr(97 + (bits >> (5 * k)) % 26) for k in range(5))
        people.append(Person(i, name, 18 + bits % 60, CITIES[bits % 10], (bits % 10_000) / 100))
    return people


def age_then_name(p):
    return (p.age, p.name)


def signature(items, take=6):
    """A short order-sensitive digest of the ids of a sorted list."""
    h = 0
    for p in items:
        h = (h * 1_000_003 + p.ident) & 0xFFFFFFFF
    head = ",".join(str(p.ident) for p in items[:take])
    return f"{h:08x}[{head}]"


def main():
    size = bench_size()
    if size not in SIZES:
        raise SystemExit(f"unknown WEFT_BENCH_SIZE {size!r}: use 'full' or 'tiny'")
    people = make_people(SIZES[size])
    results = []
    results.append(signature(sorted(people, key=lambda p: p.score)))
    results.append(signature(sorted(people, key=age_then_name)))
    results.append(signature(sorted(people, key=lambda p: (p.city, -p.score, p.ident), reverse=True)))
    results.append(signature(sorted(people, key=lambda p: p.name[::-1])))
    # Stable multi-pass sort: by name, then by city (cities keep name order).
    staged = sorted(people, key=lambda p: p.name)
    staged.sort(key=lambda p: p.city)
    results.append(signature(staged))
    ages = sorted((p.age for p in people), reverse=True)
    names = sorted(p.name for p in people)
    by_len = sorted(names[:1000], key=len)
    results.append(f"{ages[0]}/{ages[-1]} {names[0]}..{names[-1]} {by_len[0]}")
    print("sort_key: " + " ".join(results))


main()
