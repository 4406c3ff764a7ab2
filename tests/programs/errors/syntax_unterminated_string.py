# A single-quoted string that runs past the end of its line.
print("never runs")
greeting = "hello"
name = "world"
print(greeting, name)
parts = [greeting, name]
print(" ".join(parts))
def shout(s):
    return s.upper() + "!"
print(shout(name))
count = 3
broken = "this string is never closed
print(broken)
print(count)
print("unreachable")
