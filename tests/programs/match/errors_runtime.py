# TypeErrors and ValueErrors raised while matching, with CPython's messages.

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)

class ListArgs:
    __match_args__ = ["a"]
    a = 1

class IntArgs:
    __match_args__ = ("a", 2)
    a = 1

class NoArgs:
    pass

class EmptyArgs:
    __match_args__ = ()

class Twice:
    __match_args__ = ("a", "a")
    a = 1

class StrSub(str):
    pass

class SubStrArgs:
    __match_args__ = (StrSub("a"),)
    a = 1

class Three:
    __match_args__ = ("a", "b", "c")
    a, b, c = 1, 2, 3

def m_list(v):
    match v:
        case ListArgs(x):
            return x

def m_int(v):
    match v:
        case IntArgs(x, y):
            return x, y

def m_int_first_only(v):
    match v:
        case IntArgs(x):
            return x

def m_noargs(v):
    match v:
        case NoArgs(x):
            return x

def m_empty(v):
    match v:
        case EmptyArgs(x, y):
            return x

def m_twice(v):
    match v:
        case Twice(x, y):
            return x

def m_twice_kw(v):
    match v:
        case Three(x, a=y):
            return x

def m_substr(v):
    match v:
        case SubStrArgs(x):
            return x

def m_builtin(v):
    match v:
        case int(x, y):
            return x
        case str():
            return "str"

def m_not_class(v):
    match v:
        case len():
            return "len?"

def m_too_many(v):
    match v:
        case Three(a, b, c, d):
            return a

attempt("list __match_args__", lambda: m_list(ListArgs()))
attempt("non-str element", lambda: m_int(IntArgs()))
attempt("only first element used", lambda: m_int_first_only(IntArgs()))
attempt("no __match_args__", lambda: m_noargs(NoArgs()))
attempt("no __match_args__, not an instance", lambda: m_noargs(5))
attempt("empty __match_args__", lambda: m_empty(EmptyArgs()))
attempt("duplicate attribute", lambda: m_twice(Twice()))
attempt("positional and keyword same attribute", lambda: m_twice_kw(Three()))
attempt("str subclass element", lambda: m_substr(SubStrArgs()))
attempt("int() with two", lambda: m_builtin(3))
attempt("int() with two, str subject", lambda: m_builtin("s"))
attempt("not a class", lambda: m_not_class(1))
attempt("too many positional", lambda: m_too_many(Three()))

# Duplicate keys only known at run time (value patterns) are ValueErrors.
class K:
    A = "k"
    B = "k"
    U = ["unhashable"]
    N = 1

def m_dup(v):
    match v:
        case {K.A: 1, K.B: 2}:
            return "dup"

def m_dup_num(v):
    match v:
        case {1.0: x, K.N: y}:
            return x, y

def m_unhashable(v):
    match v:
        case {"x": 1, K.U: 2}:
            return "u"

attempt("duplicate value-pattern keys", lambda: m_dup({"k": 1, "j": 2}))
attempt("duplicate keys too short", lambda: m_dup({"k": 1}))
attempt("1.0 and 1 are the same key", lambda: m_dup_num({1: "a", 2: "b"}))
attempt("unhashable key", lambda: m_unhashable({"x": 1, "y": 2}))
attempt("missing earlier key", lambda: m_unhashable({"z": 1, "y": 2}))
