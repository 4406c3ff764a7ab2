# __import__(): plain and dotted names, fromlist, keyword arguments,
# sys.modules caching and error cases.
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = __import__("math")
print(m.sqrt(16), m is __import__("math"), m.__name__, type(m).__name__)
h = __import__("dunder_import_mod")
print(h.VALUE + 1, h.twice(4), h.__name__, "dunder_import_mod" in sys.modules, sys.modules["dunder_import_mod"] is h)
print(__import__("sys").version_info[0], __import__(name="math").pi > 3)
print(__import__("dunder_import_mod", globals(), locals(), ["VALUE"], 0).VALUE)
print(__import__("dunder_import_mod", fromlist=("twice",)).twice(5), __import__("math", None, None, None).floor(2.5))
import dunder_import_mod as again
print(again is h)
t(lambda: __import__("no_such_module_weft"))
t(lambda: __import__("no_such_module_weft.sub"))
t(lambda: __import__(""))
t(lambda: __import__("math", level=-1))
t(lambda: __import__())
t(lambda: __import__(1))
t(lambda: __import__("math", None, None, [], 0, 1))
t(lambda: __import__("math", foo=1))
t(lambda: __import__("sibling", globals(), None, [], 1))
t(lambda: __import__("", level=0))
