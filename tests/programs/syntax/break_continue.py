result = []
for i in range(10):
    if i == 7:
        break
    if i % 3 == 0:
        continue
    result.append(i)
print(result)
found = None
for row in range(3):
    for col in range(3):
        if row * col == 2:
            found = (row, col)
            break
    if found:
        break
print(found)
i = 0
out = []
while i < 10:
    i += 1
    if i in (2, 4, 6):
        continue
    if i == 8:
        break
    out.append(i)
print(out)
words = ["apple", "", "banana", "skip", "cherry", "stop", "date"]
for w in words:
    if not w:
        print("empty, continue")
        continue
    if w == "skip":
        continue
    if w == "stop":
        print("stopping")
        break
    print("word", w)
def first_negative(nums):
    for n in nums:
        if n < 0:
            break
    else:
        return None
    return n
print(first_negative([1, 2, -3, 4]), first_negative([1, 2]))
count = 0
for a in range(5):
    for b in range(5):
        if b > a:
            break
        if (a + b) % 2:
            continue
        count += 1
print("count", count)
try_count = 0
for i in range(3):
    try:
        if i == 1:
            continue
        try_count += 10
    finally:
        try_count += 1
print("try_count", try_count)
