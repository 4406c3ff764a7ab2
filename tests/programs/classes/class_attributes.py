class Config:
    debug = False
    version = "1.0"
    items = []
    def describe(self):
        return "debug=" + str(self.debug) + " version=" + self.version
a = Config()
b = Config()
print(a.debug, b.version, Config.debug)
a.debug = True
print(a.debug, b.debug, Config.debug)
print(a.describe(), b.describe())
Config.version = "2.0"
print(a.version, b.version)
a.items.append("shared")
print(b.items, Config.items, a.items is b.items)
b.items = ["own"]
print(b.items, Config.items)
print("debug" in a.__dict__, "debug" in b.__dict__)
del a.debug
print(a.debug)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
objs = [Counter() for _ in range(4)]
print(Counter.count, [o.id for o in objs])
class Wrong:
    count = 0
    def __init__(self):
        self.count += 1
w1 = Wrong()
w2 = Wrong()
print(Wrong.count, w1.count, w2.count)
class Consts:
    PI = 3.14
    TAU = PI * 2
    NAMES = [n.upper() for n in ("a", "b")]
print(Consts.TAU, Consts.NAMES)
print(sorted([k for k in Consts.__dict__ if not k.startswith("__")]))
Config.new_attr = "added later"
print(a.new_attr)
print(getattr(Config, "version"), type(Config.describe).__name__, type(a.describe).__name__)
