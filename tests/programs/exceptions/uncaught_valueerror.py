def parse(items):
    out = []
    for s in items:
        out.append(int(s))
    return out
print(parse(["1", "2", "3"]))
print(sum(parse(["10", "20"])))
values = {"a": 1, "b": 2}
for k, v in values.items():
    print(k, v * 10)
try:
    parse(["x"])
except ValueError as e:
    print("first one caught:", e)
print("about to fail")
def check(n):
    if n < 0:
        raise ValueError("negative value: " + str(n))
    return n
print(check(5))
print(check(0))
check(-3)
print("never printed")
