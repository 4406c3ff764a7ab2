# print(): sep, end, file=sys.stdout, flush, and objects with __str__/__repr__.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end="!\n")
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1, "x"], (), {}, sep="|")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print("x", sep=None, end=None)
print(*range(5), sep=" < ")
print("multi\nline", "tab\tsep")
print("", "", sep="-")
print(sep="ignored")
print("end with sep", end=" ~ ")
print("done")
class Both:
    def __str__(self):
        return "STR"
    def __repr__(self):
        return "REPR"
print(Both(), [Both()], (Both(),), {"k": Both()})
r = print("returns")
print(r)
for bad in [lambda: print("x", sep=5), lambda: print("x", end=[]), lambda: print("x", bogus=1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
n = sys.stdout.write("written\n")
print(n)
sys.stdout.write("é😀\n")
print("é", "日本", "😀")
