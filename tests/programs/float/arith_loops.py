"""Float arithmetic in loops: locals, attributes, lists of floats, mixed
int/float operands, augmented assignment, and the exact results printed."""

import math


def midpoint_integral(f, a, b, n):
    h = (b - a) / n
    total = 0.0
    for i in range(n):
        total += f(a + (i + 0.5) * h)
    return total * h


def horner(coeffs, x):
    acc = 0.0
    for c in coeffs:
        acc = acc * x + c
    return acc


def welford(values):
    count = 0
    mean = 0.0
    m2 = 0.0
    for v in values:
        count += 1
        delta = v - mean
        mean += delta / count
        m2 += delta * (v - mean)
    return mean, m2 / (count - 1)


class Body:
    def __init__(self, x, y, vx, vy, mass):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.mass = mass


def step(bodies, dt):
    for i, a in enumerate(bodies):
        for b in bodies[i + 1:]:
            dx = a.x - b.x
            dy = a.y - b.y
            d2 = dx * dx + dy * dy + 0.01
            mag = dt / (d2 * d2 ** 0.5)
            a.vx -= dx * b.mass * mag
            a.vy -= dy * b.mass * mag
            b.vx += dx * a.mass * mag
            b.vy += dy * a.mass * mag
    for body in bodies:
        body.x += dt * body.vx
        body.y += dt * body.vy


def energy(bodies):
    e = 0.0
    for i, a in enumerate(bodies):
        e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy)
        for b in bodies[i + 1:]:
            e -= a.mass * b.mass / math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2 + 0.01)
    return e


def newton_sqrt(x, rounds):
    guess = x / 2 if x > 1 else 1.0
    for _ in range(rounds):
        guess = (guess + x / guess) / 2
    return guess


print(midpoint_integral(lambda t: t * t, 0.0, 3.0, 3000))
print(midpoint_integral(math.sin, 0, math.pi, 2000))
print(horner([2.0, -3.0, 0.5, 7.0], 1.5), horner([1, 2, 3], 0.25))
print(welford([i * 0.37 % 5.0 for i in range(2000)]))
bodies = [Body(float(i), float(i * i % 7), 0.0, 0.1 * i, 1.0 + i / 10) for i in range(6)]
e0 = energy(bodies)
for _ in range(300):
    step(bodies, 0.001)
print(round(e0, 9), round(energy(bodies), 9))
print([round(b.x, 6) for b in bodies])
print(newton_sqrt(2.0, 8), newton_sqrt(1e6, 30), math.sqrt(1e6))
acc = 0.0
n = 0
while acc < 100.0:
    n += 1
    acc += 1.0 / n ** 0.5
print(n, acc)
x = 1.0
for k in range(1, 60):
    x = x * 1.5 - k / 3
print(x, -x, abs(x) // 7, abs(x) % 7.25)
