"""Exceptions raised and caught in loops: custom classes, try/except/else/finally, raise from, re-raise."""


from benchsize import bench_size


SIZES = {"full": 150_000, "tiny": 1_000}


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"error {code}: {detail}")
        self.code = code


class RetryableError(AppError):
    pass


class Overdrawn(ValueError):
    pass


def withdraw(balance, amount):
    if amount > balance:
        raise Overdrawn(amount - balance)
    return balance - amount


def parse(token):
    try:
        return int(token)
    except ValueError as e:
        raise AppError(400, token) from e


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -1


def nested(i):
    try:
        try:
            if i % 3 == 0:
                raise RetryableError(503, "busy")
            if i % 3 == 1:
                return 1 // (i % 2)
            return i
        finally:
            nested.cleanups += 1
    except RetryableError:
        raise
    except ZeroDivisionError:
        return -i


nested.cleanups = 0


def main():
    size = bench_size()
    if size not in SIZES:
        raise SystemExit(f"unknown WEFT_BENCH_SIZE {size!r}: use 'full' or 'tiny'")
    n = SIZES[size]
    tokens = ["12", "x7", "305", "", "-4", "0x1"]
    table = {k: k * k for k in range(0, 50, 3)}
    overdrawn = parsed = bad = chained = retried = misses = total = 0
    else_count = 0
    balance = 1000
    for i in range(n):
        try:
            balance = withdraw(balance, i % 97)
        except Overdrawn as e:
            overdrawn += 1
            balance += e.args[0] + 500
        else:
            else_count += 1
        try:
            total += parse(tokens[i % len(tokens)])
            parsed += 1
        except AppError as e:
            bad += 1
            if isinstance(e.__cause__, ValueError) and e.code == 400:
                chained += 1
        if lookup(table, i % 50) < 0:
            misses += 1
        try:
            total += nested(i)
        except AppError as e:
            retried += e.code == 503
    try:
        try:
            raise KeyError(n)
        except KeyError as e:
            raise IndexError(f"wrapped {e}") from None
    except IndexError as e:
        last = f"{type(e).__name__}: {e} suppress={e.__suppress_context__}"
    print(
        f"exceptions({n}): overdrawn={overdrawn} else={else_count} parsed={parsed} bad={bad} "
        f"chained={chained} misses={misses} retried={retried} cleanups={nested.cleanups} "
        f"total={total} balance={balance} last={last!r}"
    )


main()
