# Mapping patterns: dicts and dict subclasses, **rest, lookups via get().

def describe(v):
    match v:
        case {}:
            pass
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **extra} if extra:
            return f"circle r={r} extra={extra}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t, **rest}:
            return f"unknown {t} with {sorted(rest)}"
        case {1: one, 2.0: two, None: nothing, False: no}:
            return f"odd keys {one} {two} {nothing} {no}"
        case {**everything} if not everything:
            return "empty mapping"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"

data = [
    {"type": "point", "x": 1, "y": 2},
    {"type": "point", "x": 1, "y": 2, "z": 3},
    {"type": "point", "x": 1},
    {"type": "circle", "r": 5},
    {"type": "circle", "r": 5, "color": "red", "fill": True},
    {"type": "square", "side": 2, "angle": 90},
    {1: "a", 2: "b", None: "c", False: "d"},
    {1.0: "a", 2: "b", None: "c", 0: "d"},
    {True: "a", 2: "b", None: "c", 0.0: "d"},
    {1: "a", 2: "b", None: "c"},
    {},
    {"other": 1},
    [("type", "point")],
    "type",
]
for d in data:
    print(describe(d))

# **rest is a new dict without the matched keys; the subject is unchanged.
subject = {"a": 1, "b": 2, "c": 3}
match subject:
    case {"b": b, **rest}:
        print(b, rest, subject, rest is subject)

# Keys from value patterns (dotted names).
class Keys:
    NAME = "name"
    AGE = "age"

match {"name": "Ann", "age": 33}:
    case {Keys.NAME: n, Keys.AGE: a}:
        print(n, a)

# Dict subclasses: lookups use get(), so __missing__ is never called.
class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0

class Tracing(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)

match Defaulting(a=1):
    case {"a": 1, "b": b}:
        print("b?", b)
    case {"a": a}:
        print("Defaulting matched a =", a)

match Tracing(x=1, y=2, z=3):
    case {"y": y, "q": q}:
        print("unexpected", q)
    case {"x": x, "z": z, **rest}:
        print("Tracing matched", x, z, rest, type(rest).__name__)

# Values are matched with sub-patterns.
match {"items": [1, 2, 3], "meta": {"ok": True}}:
    case {"items": [first, *_], "meta": {"ok": True as ok}}:
        print("first", first, "ok", ok)
