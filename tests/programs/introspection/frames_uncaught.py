# Walking past the end of the call stack without catching the error.
import sys

def frames_above():
    names = []
    depth = 1
    while True:
        try:
            f = sys._getframe(depth)
        except ValueError:
            return names
        names.append(f.f_code.co_name)
        depth += 1

def level_two():
    return frames_above()

def level_one():
    return level_two()

print(level_one())
print(frames_above())

def too_deep():
    return sys._getframe(5)

print("calling too_deep")
too_deep()
print("not reached")
