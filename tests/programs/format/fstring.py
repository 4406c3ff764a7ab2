# f-string features.
name, n, pi = "weft", 42, 3.14159
print(f"{name} {n} {pi}", f"{name!r}", f"{n:>5}|{n:<5}|{n:^5}|", f"{pi:.3f}")
print(f"{n + 1} {n * 2} {n // 5} {n % 5} {-n} {n > 40}")
print(f"{'nested'} {[1, 2][0]} {dict(a=1)['a']} {(lambda x: x * 2)(3)}")
print(f"{{literal}} {{{n}}} {'{'}", f"")
w, p = 10, 2
print(f"{pi:{w}.{p}f}|{pi:{'<'}{w}}|{name:{'*'}^{w}}")
print(f"{n=}", f"{n = }", f"{pi=:.2f}", f"{name=!s}", f"{n*2=}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{len(items)} items", f"{items[-1]!r}")
print(f"{3+4j}", f"{3+4j:.1f}", f"{(1, 2)}", f"{None}", f"{True}", f"{b'x'}")
x = 255
print(f"{x:#x} {x:#o} {x:#b} {x:08b} {x:,} {x:e} {x:%}")
print(f"{'multi' + 'ple'}" f" parts" " plain " f"{n}")
print(f"""triple {name}
second line {n}""")
print(f"{'quote \"inside\"'}", f'{"single"}', f"{'a' if n > 0 else 'b'}")
nested = f"{f'{n:>4}':*<8}"
print(nested, f"{f'{f"{n}"}'}")
print(f"{n!s:>4}|{name!a}|{'é'!a}")
print(f"{1_000_000:_}", f"{0.5:.0%}", f"{-1:+}", f"{1:+}", f"{0: }")
