# input(): reading through sys.stdin (replaced by an object with readline),
# the prompt written to sys.stdout, EOF, and argument errors.
import sys

class Lines:
    def __init__(self, lines):
        self.lines = lines
        self.calls = 0
    def readline(self):
        self.calls += 1
        if self.lines:
            first = self.lines[0]
            self.lines = self.lines[1:]
            return first
        return ""

class Capture:
    def __init__(self):
        self.parts = []
        self.flushed = 0
    def write(self, s):
        self.parts = self.parts + [s]
        return len(s)
    def flush(self):
        self.flushed += 1

real_in = sys.stdin
fake = Lines(["alice\n", "42\n", "no newline"])
sys.stdin = fake
name = input("name? ")
print()
age = int(input())
last = input(12)
print()
print(repr(name), age + 1, repr(last), fake.calls)
try:
    input("more> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)

real_out = sys.stdout
cap = Capture()
sys.stdout = cap
sys.stdin = Lines(["x\n"])
got = input("prompt: ")
sys.stdout = real_out
print(cap.parts, cap.flushed > 0, repr(got))

class BadLine:
    def readline(self):
        return 5
sys.stdin = BadLine()
try:
    input()
except TypeError as e:
    print(type(e).__name__)
sys.stdin = real_in
for bad in [lambda: input("a", "b"), lambda: input(prompt="x")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print("reading real stdin:")
input("> ")
print("not reached")
