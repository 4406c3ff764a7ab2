# Format-spec on strings and other objects.
s = "weft"
for spec in ["", "s", "10", "<10", ">10", "^10", "^9", "*^10", "-<8", ".2", ".10", "8.2", ">8.3", "0<6", "=>6"]:
    print(repr(spec), repr(format(s, spec)))
print(repr(format("", "5")), repr(format("", ".0")), repr(format("日本語", "^7")), repr(format("日本語", ".2")))
print(repr(f"{'abc':>10}"), repr(f"{'abcdef':.3}"), repr(f"{'x':🙂^5}"), repr(f"{'left':<{8}}|"))
print(repr(format(None, "")), repr(format([1, 2], "")), repr(format((1,), "")), repr(format(None, "")))
print(repr(f"{[1, 2]!s:>10}"), repr(f"{None!r:^8}"), repr(f"{'é'!a:>6}"))
for f in [lambda: format(None, ">5"), lambda: format([1], "s"), lambda: format("x", "="),
          lambda: format("x", "+"), lambda: format("x", ","), lambda: format("x", "d"),
          lambda: format("x", "#"), lambda: format("x", "05"), lambda: format(object(), "x")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
