songs = ["Take me back", "Beautiful", "Shake"]
print(f"Playlist: {", ".join(songs)}")
print(f"{f"{f"{1 + 1}"}"}")
d = {"key": "value", "n": 3}
print(f"{d["key"]} {d['n']}")
print(f'{'single inside single'}')
print(f"{"\n".join(["line1", "line2"])}")
print(f"{'\t'.join('ab')}|")
x = 10
print(f"{
    x
    +
    5
}")
print(f"{x # comment inside
}")
print(f"{'{'}{'}'}")
print(f"{f'{x:>{x // 2}}'}|")
v = 7
print(f"{v:{'>' if v > 5 else '<'}4}|")
print(f"{'a' 'b'}")
print(f"{[f'{i}' for i in range(3)]}")
print(f"{ {'set'} }", f"{ {'a': 1}['a'] }")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "str-P"
p = P()
print(f"{p} {p!r} {p!s} {p=} {p=!s} {p!r:>6}|")
print(format(3.5, "08.3f"), format("s", "^5"), format(42, "#06x"))
print(f"{x:{'^'}{10}}|")
print(f"result: {x if x > 5 else 'small'!s:>8}")
print(f"{'\\'}")
print(f"{x!r:{'>'}{5}}")
