i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else after normal exit", i)
i = 0
while i < 10:
    if i == 2:
        print("breaking")
        break
    i += 1
else:
    print("never printed")
print("after break", i)
n = 0
while n < 0:
    print("never")
else:
    print("else runs for zero iterations")
count = 0
total = 0
while True:
    count += 1
    if count % 2 == 0:
        continue
    if count > 9:
        break
    total += count
print(count, total)
def search(items, target):
    idx = 0
    while idx < len(items):
        if items[idx] == target:
            return idx
        idx += 1
    else:
        return -1
print(search([4, 5, 6], 6), search([4, 5, 6], 7))
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    else:
        print("inner else", outer)
    print("outer", outer, "inner", inner)
    outer += 1
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
