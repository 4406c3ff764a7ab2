class ConfigError(Exception):
    pass
def load(path):
    print("loading", path)
    try:
        data = {"a.cfg": "x=1"}[path]
    except KeyError as e:
        raise ConfigError("cannot load " + path) from e
    return data
print(load("a.cfg"))
try:
    load("b.cfg")
except ConfigError as e:
    print("caught:", e, "cause:", repr(e.__cause__))
print("loading again, uncaught this time")
load("c.cfg")
print("never printed")
