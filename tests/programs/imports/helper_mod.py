"""Helper module for the import tests."""
print("helper_mod: executing module body, __name__ =", __name__)
VALUE = 42
name = "helper"
_private = "underscore"
def greet(who):
    return "hello, " + who + " from " + __name__
class Thing:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Thing(" + repr(self.v) + ")"
calls = []
def record(x):
    calls.append(x)
    return len(calls)
