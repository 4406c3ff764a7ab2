"""N-body simulation of the Jovian planets: float arithmetic and attribute access on objects."""


from benchsize import bench_size


SIZES = {"full": 100_000, "tiny": 500}

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx * DAYS_PER_YEAR
        self.vy = vy * DAYS_PER_YEAR
        self.vz = vz * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS


def make_system():
    sun = Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    jupiter = Body(
        4.84143144246472090e00,
        -1.16032004402742839e00,
        -1.03622044471123109e-01,
        1.66007664274403694e-03,
        7.69901118419740425e-03,
        -6.90460016972063023e-05,
        9.54791938424326609e-04,
    )
    saturn = Body(
        8.34336671824457987e00,
        4.12479856412430479e00,
        -4.03523417114321381e-01,
        -2.76742510726862411e-03,
        4.99852801234917238e-03,
        2.30417297573763929e-05,
        2.85885980666130812e-04,
    )
    uranus = Body(
        1.28943695621391310e01,
        -1.51111514016986312e01,
        -2.23307578892655734e-01,
        2.96460137564761618e-03,
        2.37847173959480950e-03,
        -2.96589568540237556e-05,
        4.36624404335156298e-05,
    )
    neptune = Body(
        1.53796971148509165e01,
        -2.59193146099879641e01,
        1.79258772950371181e-01,
        2.68067772490389322e-03,
        1.62824170038242295e-03,
        -9.51592254519715870e-05,
        5.15138902046611451e-05,
    )
    bodies = [sun, jupiter, saturn, uranus, neptune]
    # Offset the sun's momentum so the system's total momentum is zero.
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    sun.vx = -px / SOLAR_MASS
    sun.vy = -py / SOLAR_MASS
    sun.vz = -pz / SOLAR_MASS
    return bodies


def pairs_of(bodies):
    result = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            result.append((bodies[i], bodies[j]))
    return result


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1.x - b2.x
            dy = b1.y - b2.y
            dz = b1.z - b2.z
            dist2 = dx * dx + dy * dy + dz * dz
            mag = dt / (dist2 * dist2**0.5)
            m1 = b1.mass * mag
            m2 = b2.mass * mag
            b1.vx -= dx * m2
            b1.vy -= dy * m2
            b1.vz -= dz * m2
            b2.vx += dx * m1
            b2.vy += dy * m1
            b2.vz += dz * m1
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def energy(bodies, pairs):
    e = 0.0
    for b1, b2 in pairs:
        dx = b1.x - b2.x
        dy = b1.y - b2.y
        dz = b1.z - b2.z
        e -= (b1.mass * b2.mass) / ((dx * dx + dy * dy + dz * dz) ** 0.5)
    for b in bodies:
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
    return e


def main():
    size = bench_size()
    if size not in SIZES:
        raise SystemExit(f"unknown WEFT_BENCH_SIZE {size!r}: use 'full' or 'tiny'")
    steps = SIZES[size]
    bodies = make_system()
    pairs = pairs_of(bodies)
    before = energy(bodies, pairs)
    advance(bodies, pairs, 0.01, steps)
    after = energy(bodies, pairs)
    print(f"nbody {steps} steps: energy {before:.9f} -> {after:.9f}")


main()
