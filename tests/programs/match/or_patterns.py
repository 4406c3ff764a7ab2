# OR patterns: alternatives, bindings in any order, nesting with AS.

def classify(v):
    match v:
        case 0 | 1 | 2:
            return "tiny"
        case "y" | "yes" | True:
            return "affirmative"
        case [x] | (x, None) | {"only": x}:
            return f"single {x!r}"
        case (1, a, b) | (2, b, a):
            return f"ordered a={a} b={b}"
        case [("add" | "sub") as op, l, r] | {"op": ("add" | "sub") as op, "l": l, "r": r}:
            return f"{op}({l}, {r})"
        case (int() | float()) as num if num < 0:
            return f"negative {num}"
        case [[_, _] | (_, _, _) as inner, *_]:
            return f"inner of {len(inner)}"
        case str() | bytes():
            return "text"
        case _:
            return "unmatched"

for v in [0, 2, 3, "y", "yes", True, [7], (8, None), {"only": 9}, (1, "A", "B"), (2, "A", "B"),
          ["add", 1, 2], {"op": "sub", "l": 5, "r": 3}, {"op": "mul", "l": 5, "r": 3},
          -4, -0.5, [[1, 2], 3], [(1, 2, 3)], [[1]], "str", b"bytes", 7.5]:
    print(repr(v), "->", classify(v))

# Captures in alternatives are bound in different stack orders; all must line up.
def swap(v):
    match v:
        case (a, b, c, "abc") | (b, c, a, "bca") | (c, a, b, "cab"):
            return a, b, c
print(swap((1, 2, 3, "abc")), swap((1, 2, 3, "bca")), swap((1, 2, 3, "cab")), swap(()))

# An or-pattern inside a sequence with captures before and after it.
def mixed(v):
    match v:
        case [first, (1, x) | (2, x) | [3, _, x], last]:
            return first, x, last
    return "no"
print(mixed(["f", (1, "x1"), "l"]), mixed(["f", [2, "x2"], "l"]),
      mixed(["f", [3, 0, "x3"], "l"]), mixed(["f", [4, "x4"], "l"]))

# Alternatives are tried left to right and stop at the first success.
class Probe:
    def __init__(self, name, result):
        self.name = name
        self.result = result
    def __eq__(self, other):
        print("  compare with", other.name)
        return other.result

class Consts:
    A = Probe("A", False)
    B = Probe("B", True)
    C = Probe("C", True)

match Probe("subject", None):
    case Consts.A | Consts.B | Consts.C:
        print("matched after two comparisons")
