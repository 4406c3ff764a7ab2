# Capture patterns, wildcards and AS patterns; where the names end up.

match 10:
    case value:
        print("module-level capture", value)
print("still bound:", value)

def local_capture(v):
    match v:
        case [x, _, _]:
            return "three, first is " + repr(x)
        case x:
            return "anything: " + repr(x)

print(local_capture([1, 2, 3]))
print(local_capture("abc"))
print(local_capture({"k": 1}))

counter = 0

def bump(v):
    global counter
    match v:
        case counter:
            pass
    return counter

print(bump(5), counter)

def outer():
    seen = None
    def inner(v):
        nonlocal seen
        match v:
            case (1, seen):
                return "tuple"
            case seen:
                return "plain"
    print(inner((1, "a")), seen)
    print(inner("b"), seen)

outer()

class Holder:
    match ("x", 3):
        case (name, n):
            label = name * n
print(Holder.name, Holder.n, Holder.label)

# AS patterns bind the whole subject (or sub-subject) after the inner match.
def as_patterns(v):
    match v:
        case [1, (2 | 3) as second] as whole:
            return f"second={second} whole={whole}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case [[_, _] as pair, *_] as everything:
            return f"pair={pair} len={len(everything)}"
        case _ as anything:
            return f"fallback {anything!r}"

for v in [[1, 2], [1, 3], (1, 3), "hi", b"yo", [[5, 6], 7, 8], [[5]], 4.5]:
    print(as_patterns(v))

# A wildcard never binds `_`.
_ = "untouched"
match 99:
    case _:
        pass
print(_)

# Closures see captured names.
def make(v):
    match v:
        case (a, b):
            return lambda: a * b
print(make((6, 7))())
