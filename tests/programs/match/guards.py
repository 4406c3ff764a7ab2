# Guards: evaluated after a successful pattern match, with the names bound.

log = []

def check(tag, result):
    log.append(tag)
    return result

def sign(v):
    match v:
        case int(n) if check("neg", n < 0):
            return "negative"
        case int(n) if check("zero", n == 0):
            return "zero"
        case int(n) if check("pos", n > 0):
            return "positive"
        case str() if check("str", False):
            return "never"
        case _ if check("default-guard", v is None):
            return "none"
        case _:
            return "other"

for v in [-5, 0, 5, "s", None, 1.5]:
    log.clear()
    print(repr(v), sign(v), log)

# Names bound by a case whose guard fails stay bound.
def leftovers(v):
    match v:
        case [x, y] if x > y:
            return "descending"
        case [x, *_] if x is None:
            return "starts with None"
    return f"no case; x={x}, y={y}"
print(leftovers([3, 1]))
print(leftovers([1, 3]))

# Guards may use walrus and any expression, including calls on captured values.
def parse(v):
    match v:
        case str(s) if (n := len(s)) > 3 and s.isdigit():
            return f"long number with {n} digits"
        case str(s) if s.isdigit():
            return f"short number {int(s)}"
        case [*items] if all(isinstance(i, int) for i in items) and items:
            return f"int list summing to {sum(items)}"
        case [*items] if not items:
            return "empty list"
        case _:
            return "unknown"
for v in ["12345", "42", "4x", [1, 2, 3], [1, "2"], [], ()]:
    print(repr(v), "->", parse(v))

# A guard that raises propagates out of the match.
def risky(v):
    match v:
        case {"d": d} if 10 / d > 1:
            return "big ratio"
        case {"d": d}:
            return "small ratio"
try:
    print(risky({"d": 2}), risky({"d": 20}))
    print(risky({"d": 0}))
except ZeroDivisionError as e:
    print("guard raised:", e)

# Guard on the last wildcard case.
def last_guard(v):
    match v:
        case 1:
            return "one"
        case _ if v % 2 == 0:
            return "even"
    return "odd, fell through"
print(last_guard(1), last_guard(4), last_guard(7))
