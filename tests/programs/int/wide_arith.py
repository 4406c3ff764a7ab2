# Int arithmetic whose operands or results pass i64 but stay within i128:
# exact results, floor semantics of // and %, zero divisors, shifts and
# the boundaries of i64 and i128.

M64 = 2**63 - 1
N64 = -(2**63)
M128 = 2**127 - 1
N128 = -(2**127)

vals = [0, 1, -1, 2, -2, 7, -7, M64, N64, M64 + 1, N64 - 1, 2**64, -(2**64),
        2**64 - 1, 6364136223846793005, -6364136223846793005, 2**100 + 12345,
        -(2**100) - 12345, M128, N128, M128 + 1, N128 - 1, 2**200 + 3]

def show(x):
    return f"{x}:{type(x).__name__}"

def attempt(f, a, b):
    try:
        return show(f(a, b))
    except Exception as e:
        return f"{type(e).__name__}: {e}"

ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b),
    ("^", lambda a, b: a ^ b),
    ("divmod", divmod),
]

for name, f in ops:
    for a in vals:
        print(name, a, [attempt(f, a, b) for b in vals])

shifts = [0, 1, 31, 32, 33, 62, 63, 64, 65, 100, 126, 127, 128, 200, -1]
for a in vals:
    print(">>", a, [attempt(lambda x, y: x >> y, a, s) for s in shifts])
    print("<<", a, [attempt(lambda x, y: x << y, a, s) for s in shifts])

for a in [0, 1, -1, 2, -2, 3, -3, 2**32, -(2**32), M64, N64, 2**64]:
    print("**", a, [attempt(lambda x, y: x ** y, a, e) for e in [0, 1, 2, 3, 4, 5, 63, 64, 127, 128, -1]])

# In-place forms go the same way.
x = M64
x += 1
x *= 3
x //= -7
x %= 2**70
x -= N64
print(show(x))

# The random-number step of the sort benchmark, and its results' types.
state = 2024
for _ in range(1000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
print(show(state), show(state >> 33), show(state & 0xFFFF), show(-state // 3))

# bools and subclasses of int take part as ints.
class I(int):
    pass

print(show(True * M64 * 2), show(I(M64) + I(1)), show(I(-5) % (2**64)))
print(show(hash(M64 + 1)), show((M64 + 1) == 2**63), show(2**64 // 2**32))
