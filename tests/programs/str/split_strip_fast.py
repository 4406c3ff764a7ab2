for s in ["", " ", "a", " a ", "a b", "  ab  cd\tef\n", "x"*30, " " + "y"*30 + " ", "\x1c a \x1f", "é a", "abc"]:
    print(repr(s), s.split(), s.strip(".,;:"), s.strip(" a"), s.lstrip(), s.rstrip("x"), s.lower())
class S(str): pass
print(S(" a b ").split(), S("..x..").strip("."), "..x..".strip(S(".")), str.split(" q r "), str.strip("  z "))
for bad in [lambda: "a".split(1), lambda: "a".strip(1), lambda: "a".lower(1), lambda: str.lower(1), lambda: "a".strip("a", "b"), lambda: str.strip(), lambda: "a".lower(x=1)]:
    try: bad()
    except TypeError as e: print("TypeError:", e)
print("a b".split(None), "a b".split(maxsplit=1), "a,b".split(","))
