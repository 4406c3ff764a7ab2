# super().__init__ into builtins, __dict__ on builtin-subclass instances, type() of results.
class Record(dict):
    def __init__(self, name, **fields):
        super().__init__(**fields)
        self.name = name
r = Record("row", a=1, b=2)
print(r, r.name, r.__dict__, sorted(r), type(r).__name__, hasattr(r, "__dict__"), hasattr({}, "__dict__"))

class Log(list):
    def __init__(self, source):
        super().__init__()
        self.source = source
lg = Log("app")
lg.append("started")
lg.extend(["a", "b"])
print(lg, lg.source, len(lg), vars(lg))

class Label(str):
    def __init__(self, text):
        super().__init__()
        self.length = len(text)
lb = Label("hello")
print(lb, lb.length, lb.__dict__, type(lb + "!").__name__)

class Counter(int):
    def __init__(self, v):
        super().__init__()
        self.start = v
cn = Counter(3)
print(cn, cn.start, type(cn + 1).__name__, vars(cn))

class Slotted(list):
    __slots__ = ("tag",)
sl = Slotted([1])
sl.tag = "t"
print(sl, sl.tag, hasattr(sl, "__dict__"))
try:
    sl.other = 1
except AttributeError as e:
    print("AttributeError:", e)

for v in [1, "s", [1], (1,), {1: 2}, {1}, 1.5]:
    try:
        v.attr = 1
    except AttributeError as e:
        print("AttributeError:", e)

class Both(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self["init"] = True
print(Both(), Both(x=1), Both([("y", 2)]))
try:
    Record()
except TypeError as e:
    print("TypeError:", e)
try:
    Log()
except TypeError as e:
    print("TypeError:", e)
print(type(Record("n") | {}).__name__, type(Log("s")[:]).__name__, type(Label("q").title()).__name__)
print(object.__init__(5) is None, list.__init__(lg, [9]), lg, lg.source)
print(int.__new__(Counter, 9), type(int.__new__(Counter, 9)).__name__, str.__new__(Label, "raw"))
try:
    list.__repr__(5)
except TypeError as e:
    print("TypeError:", e)
