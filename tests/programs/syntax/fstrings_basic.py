name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{n=}")
print(f"{n = }")
print(f"{name=!s}", f"{pi=:.2f}", f"{n + 1=}")
print(f"{pi:.3f}|{pi:10.2f}|{pi:<10.1f}|{pi:e}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{0.25:%} {0.25:.0%} {name:*^11} {name:.3}")
print(f"{{literal braces}} {{{n}}}")
print(f"{'nested quotes'}")
print(f"{[1, 2, 3]} {(1,)} {dict(a=1)}")
print(f"{3.0} {1e20} {1/3}")
print(f"{None} {True} {n > 5}")
width = 8
prec = 2
print(f"[{pi:{width}.{prec}f}]")
print(f"[{name:>{width}}]")
print(f"{'a' if n > 0 else 'b'}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{n!r:>6}")
print(F"capital F {n}")
print(rf"raw \n {n}", fr"{name}\t")
items = ["x", "y"]
print(f"{', '.join(items)}")
print(f"{len(items)} items" f" and {n}")
print(f"{-n:+d} {n:+d} {n: d} {-7:05d}")
print(f"{'abc':>{n // 10}}")
print(f"{3+4j}", f"{1_000:_x}")
