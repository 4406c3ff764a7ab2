# match inside loops, try blocks, generators and functions: break, continue,
# return, exceptions raised from patterns and case bodies.

def first_negative(rows):
    for i, row in enumerate(rows):
        match row:
            case []:
                continue
            case [int(x), *_] if x < 0:
                return i, x
            case ["stop", *_]:
                break
            case _:
                pass
        print("  row", i, "checked")
    else:
        return "no negative, no stop"
    return "stopped"

print(first_negative([[1], [], [2, -1], [-3]]))
print(first_negative([[1], ["stop"], [-3]]))
print(first_negative([[1], [2]]))

# while loop with match on a state tuple.
state, steps = ("start", 0), []
while True:
    match state:
        case ("start", n):
            state = ("run", n + 1)
        case ("run", n) if n < 4:
            state = ("run", n + 1)
        case ("run", n):
            state = ("done", n)
        case ("done", n):
            steps.append(f"done after {n}")
            break
    steps.append(state[0])
print(steps)

# Exceptions from attribute lookups in class patterns propagate.
class Fragile:
    __match_args__ = ("value",)
    @property
    def value(self):
        raise RuntimeError("value exploded")

def probe(v):
    try:
        match v:
            case Fragile(1):
                return "one"
            case Fragile():
                return "fragile"
    except RuntimeError as e:
        return f"caught {e}"
    finally:
        print("  finally for", type(v).__name__)
print(probe(Fragile()))
print(probe(5))

# __eq__ raising inside a value pattern.
class BadEq:
    def __eq__(self, other):
        raise ArithmeticError("cannot compare")
try:
    match BadEq():
        case 1:
            print("no")
except ArithmeticError as e:
    print("value pattern raised:", e)

# Generators: yield inside case bodies.
def tokens(text):
    for word in text.split():
        match word:
            case "+" | "-" | "*" | "/":
                yield ("op", word)
            case w if w.isdigit():
                yield ("num", int(w))
            case w if w.isidentifier():
                yield ("name", w)
            case w:
                yield ("junk", w)
print(list(tokens("x = 3 + 42 * y ?")))

# Nested match statements and a match as the last statement of a function.
def nested(a, b):
    match a:
        case int():
            match b:
                case int():
                    return "both ints"
                case _:
                    return "int and other"
        case str():
            match b:
                case str() if a == b:
                    return "same strings"
    return "something else"
print(nested(1, 2), nested(1, "x"), nested("a", "a"), nested("a", "b"), nested(None, None))

# A subject expression is evaluated exactly once.
calls = []
def subject():
    calls.append("called")
    return [1, 2]
match subject():
    case [1]:
        pass
    case [1, 2, 3]:
        pass
    case [a, b]:
        print("matched", a, b, calls)
