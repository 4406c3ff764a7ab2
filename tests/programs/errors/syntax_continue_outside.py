# 'continue' in a function body but not in a loop.
print("never runs")
for i in range(3):
    if i == 1:
        continue
    print(i)
def process(items):
    out = []
    for it in items:
        if not it:
            continue
        out.append(it)
    if not out:
        continue
    return out
print(process([0, 1]))
print("unreachable")
