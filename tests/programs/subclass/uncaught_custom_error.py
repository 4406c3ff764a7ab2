# A custom exception with __str__ that terminates the program.
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem
    def __str__(self):
        return f"config key {self.key!r}: {self.problem}"

def load(cfg):
    out = {}
    for k, v in cfg.items():
        if not isinstance(v, int):
            raise ConfigError(k, f"expected int, got {type(v).__name__}")
        out[k] = v * 2
    return out

print(load({"a": 1, "b": 2}))
try:
    load({"c": "x"})
except ConfigError as e:
    print("handled:", e, e.args)
print(load({"d": 3, "e": [1]}))
