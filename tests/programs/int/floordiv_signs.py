# // and % with every sign combination, small and big operands.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (6, -3),
         (0, 5), (0, -5), (1, 7), (-1, 7), (1, -7), (-1, -7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
B = 10**25 + 3
S = 7
for a, b in [(B, S), (-B, S), (B, -S), (-B, -S), (S, B), (-S, B), (S, -B), (-S, -B)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a, a // b == q, a % b == r)
C = 10**20 + 1
for a, b in [(B, C), (-B, C), (B, -C), (-B, -C)]:
    print(a // b, a % b)
print(-9223372036854775808 // -1, -9223372036854775808 % -1)
print(-9223372036854775808 // 2, -9223372036854775807 // 2)
print(9223372036854775807 % -2, -9223372036854775807 % 2)
for a in range(-5, 6):
    print(a, a // 3, a % 3, a // -3, a % -3)
