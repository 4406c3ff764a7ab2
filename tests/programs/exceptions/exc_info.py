import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("in try")
except ValueError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, v is e, tb is not None, tb is e.__traceback__)
    print(sys.exception() is e)
print("after handler:", sys.exc_info(), sys.exception())
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise TypeError("inner")
    except TypeError:
        print("nested:", repr(sys.exception()))
    print("restored:", repr(sys.exception()))
def helper():
    return repr(sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    print("seen from called function:", helper())
print(helper())
try:
    try:
        raise IndexError("x")
    finally:
        print("in finally during exception:", repr(sys.exception()))
except IndexError:
    pass
try:
    pass
finally:
    print("finally without exception:", sys.exception())
class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("in __exit__:", repr(sys.exception()))
        return True
with CM():
    raise OSError("cm")
print("end:", sys.exc_info())
