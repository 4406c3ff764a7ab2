# Compile-time pattern errors, checked through compile() so one program can
# show them all (each would otherwise stop the whole file).

sources = {
    "capture before case": """
match x:
    case a:
        pass
    case 1:
        pass
""",
    "wildcard before case": """
match x:
    case _:
        pass
    case 1:
        pass
""",
    "guarded capture is fine": """
match x:
    case a if a:
        pass
    case _:
        pass
""",
    "capture in first alternative": """
match x:
    case a | 1:
        pass
""",
    "wildcard in first alternative": """
match x:
    case (_ | 2):
        pass
""",
    "capture last in or, last case": """
match x:
    case 1 | a:
        pass
""",
    "or binds different names": """
match x:
    case [a, 1] | [b, 2]:
        pass
""",
    "or binds fewer names": """
match x:
    case (a, b) | (a, 1):
        pass
""",
    "duplicate name in sequence": """
match x:
    case [a, [b, a]]:
        pass
""",
    "duplicate name via as": """
match x:
    case [a] as a:
        pass
""",
    "duplicate name via rest": """
match x:
    case {"k": rest, **rest}:
        pass
""",
    "duplicate name after or": """
match x:
    case [a, (a | a)]:
        pass
""",
    "two starred names": """
match x:
    case [*a, 1, *b]:
        pass
""",
    "duplicate literal key": """
match x:
    case {"k": 1, "j": 2, "k": 3}:
        pass
""",
    "True and 1 are the same key": """
match x:
    case {1: a, True: b}:
        pass
""",
    "0 and -0.0 are the same key": """
match x:
    case {0: a, -0.0: b}:
        pass
""",
    "complex keys": """
match x:
    case {1+2j: a, 1+2j: b}:
        pass
""",
    "bytes keys": """
match x:
    case {b"k": a, b"k": b}:
        pass
""",
    "repeated keyword attribute": """
match x:
    case Point(x=1, y=2, x=3):
        pass
""",
    "f-string value": """
match x:
    case f"{x}":
        pass
""",
    "__debug__ capture": """
match x:
    case [__debug__]:
        pass
""",
    "__debug__ keyword": """
match x:
    case C(__debug__=1):
        pass
""",
    "nested function, unreachable": """
def f(v):
    match v:
        case [*_]:
            return 1
        case other:
            return 2
        case _:
            return 3
""",
}

for label, src in sources.items():
    try:
        compile(src, "<pattern>", "exec")
        print(f"{label}: compiles")
    except SyntaxError as e:
        print(f"{label}: {type(e).__name__}: {e.args[0]}")
