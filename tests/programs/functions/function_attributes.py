def documented(a, b=2, *, c=3):
    """Return a tuple.

    More details here.
    """
    return a, b, c
print(documented.__name__)
print(documented.__qualname__)
print(repr(documented.__doc__))
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__module__)
def nodoc():
    x = "not a docstring"
print(nodoc.__doc__)
def late_doc():
    pass
    "not first statement"
print(late_doc.__doc__)
def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
print(outer.__qualname__, outer().__qualname__, outer()().__qualname__)
print(outer().__name__)
class K:
    def method(self):
        def helper():
            pass
        return helper
    class Nested:
        def deep(self):
            pass
print(K.method.__qualname__, K().method().__qualname__)
print(K.Nested.deep.__qualname__, K.Nested.__qualname__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def make_lambda():
    return lambda: 0
print(make_lambda().__qualname__)
documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__)
documented.custom = "attr"
print(documented.custom, documented.__dict__)
print(documented.__code__.co_name, documented.__code__.co_varnames)
print(callable(documented), callable(3), type(documented).__name__)
def annotated(x: int, y: "str" = "s") -> bool:
    return True
print(annotated.__annotations__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount)
