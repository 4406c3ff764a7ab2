# A 'return' at module level is rejected at compile time, so nothing prints.
print("this line never runs")
values = [1, 2, 3]
total = 0
for v in values:
    total += v
print(total)
def fine():
    return "returning inside a function is fine"
print(fine())
if total > 3:
    print("big")
else:
    print("small")
result = total * 2
print(result)
return result
