lst = list(range(10))
lst[2:5] = ["a", "b", "c"]
print(lst)
lst[2:5] = []
print(lst)
lst[1:1] = [100, 200]
print(lst)
lst[:] = [1, 2, 3]
print(lst)
lst[len(lst):] = [4, 5]
print(lst)
lst[:0] = [0]
print(lst)
lst[1:3] = "xyz"
print(lst)
nums = list(range(10))
nums[::2] = ["e"] * 5
print(nums)
nums[1::2] = range(5)
print(nums)
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
nums[::-1] = list(range(10))
print(nums)
alias = nums
nums[:] = []
print(alias, alias is nums)
print(list(range(10))[2:8:3], list(range(10))[::-3], list(range(10))[-3:])
print("hello"[1:-1], "hello"[::-1], "hello"[10:], "hello"[-100:2])
b = bytearray(b"hello")
b[1:3] = b"EEE"
print(b)
t = (1, 2, 3, 4)
print(t[1:3], t[:-1], t[::2])
try:
    t[0:1] = (9,)
except TypeError as e:
    print(type(e).__name__, e)
