# An expression simplifier/evaluator over hand-written dataclass-like nodes.

class Node:
    __match_args__ = ()

    def __init__(self, *args):
        if len(args) != len(self.__match_args__):
            raise TypeError(f"{type(self).__name__} takes {len(self.__match_args__)} arguments")
        for name, value in zip(self.__match_args__, args):
            setattr(self, name, value)

    def __eq__(self, other):
        return type(self) is type(other) and all(
            getattr(self, n) == getattr(other, n) for n in self.__match_args__)

    def __repr__(self):
        inner = ", ".join(repr(getattr(self, n)) for n in self.__match_args__)
        return f"{type(self).__name__}({inner})"

class Num(Node):
    __match_args__ = ("value",)

class Var(Node):
    __match_args__ = ("name",)

class BinOp(Node):
    __match_args__ = ("op", "left", "right")

class Neg(Node):
    __match_args__ = ("operand",)

def simplify(e):
    match e:
        case BinOp(op, left, right):
            left, right = simplify(left), simplify(right)
            match (op, left, right):
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("-", x, y) if x == y:
                    return Num(0)
                case (("+" | "-" | "*") as o, Num(a), Num(b)):
                    return Num({"+": a + b, "-": a - b, "*": a * b}[o])
                case _:
                    return BinOp(op, left, right)
        case Neg(Neg(inner)):
            return simplify(inner)
        case Neg(Num(v)):
            return Num(-v)
        case Neg(inner):
            return Neg(simplify(inner))
        case Num() | Var():
            return e
        case _:
            raise ValueError(f"not an expression: {e!r}")

def evaluate(e, env):
    match e:
        case Num(value=v):
            return v
        case Var(name=n) if n in env:
            return env[n]
        case Var(name=n):
            raise NameError(f"unbound variable {n}")
        case Neg(x):
            return -evaluate(x, env)
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")

exprs = [
    BinOp("+", Num(0), Var("x")),
    BinOp("*", BinOp("+", Num(2), Num(3)), Var("y")),
    BinOp("*", Var("z"), BinOp("-", Var("a"), Var("a"))),
    Neg(Neg(BinOp("*", Num(1), Var("x")))),
    Neg(Num(4)),
    BinOp("-", BinOp("*", Num(2), Num(5)), Neg(Var("x"))),
    BinOp("/", Num(1), Num(2)),
]
env = {"x": 10, "y": 3, "a": 7, "z": 2}
for e in exprs:
    s = simplify(e)
    try:
        result = evaluate(s, env)
    except (ValueError, NameError) as err:
        result = f"{type(err).__name__}: {err}"
    print(e, "=>", s, "=>", result)

try:
    simplify("oops")
except ValueError as err:
    print("error:", err)
try:
    evaluate(Var("nope"), env)
except NameError as err:
    print("error:", err)
