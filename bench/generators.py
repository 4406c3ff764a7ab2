"""A generator pipeline: generator functions, yield from, generator expressions, send()."""


from benchsize import bench_size


SIZES = {"full": 2_000_000, "tiny": 3_000}


def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def chunks(source, size):
    chunk = []
    for item in source:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(groups):
    for group in groups:
        yield from group


def running_total(source):
    total = 0
    for item in source:
        total += item
        yield total


def take_every(source, step):
    for i, item in enumerate(source):
        if i % step == 0:
            yield item


def averager():
    """A coroutine: send() values in, get the running mean back."""
    count = 0
    total = 0
    mean = None
    while True:
        value = yield mean
        count += 1
        total += value
        mean = total // count


def main():
    size = bench_size()
    if size not in SIZES:
        raise SystemExit(f"unknown WEFT_BENCH_SIZE {size!r}: use 'full' or 'tiny'")
    limit = SIZES[size]
    squares = (n * n % 1000 for n in numbers(limit))
    odd = (x for x in squares if x & 1)
    regrouped = flatten(chunks(odd, 7))
    sampled = take_every(running_total(regrouped), 3)
    coro = averager()
    next(coro)
    last_mean = 0
    samples = 0
    checksum = 0
    for value in sampled:
        samples += 1
        checksum = (checksum * 31 + value) % 1_000_000_007
        if samples % 5 == 0:
            last_mean = coro.send(value % 10_007)
    coro.close()
    evens = sum(1 for n in numbers(limit // 4) if not n % 2)
    print(f"generators({limit}): samples={samples} checksum={checksum} mean={last_mean} evens={evens}")


main()
