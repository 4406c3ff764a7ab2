# Defining __eq__ without __hash__ makes instances unhashable.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

pts = [Point(1, 2), Point(1, 2), Point(3, 4)]
print(pts[0] == pts[1], pts[0] != pts[2], pts.count(Point(1, 2)), Point(3, 4) in pts)
print(Point.__hash__)
seen = set()
for p in pts:
    seen.add(p)
print(len(seen))
