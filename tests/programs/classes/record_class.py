class Employee:
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary
    def __repr__(self):
        return f"Employee({self.name!r}, {self.dept!r}, {self.salary})"
    def __eq__(self, other):
        return (self.name, self.dept, self.salary) == (other.name, other.dept, other.salary)
staff = [
    Employee("Ann", "eng", 120),
    Employee("Bob", "ops", 90),
    Employee("Cid", "eng", 110),
    Employee("Dee", "ops", 95),
    Employee("Eve", "hr", 70),
]
print(staff[0])
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
totals = {}
for e in staff:
    totals[e.dept] = totals.get(e.dept, 0) + e.salary
print(totals)
print(sorted(staff, key=lambda e: e.salary)[:2])
print(max(staff, key=lambda e: e.salary).name)
print([e.name for e in staff if e.salary > 100])
print(Employee("Ann", "eng", 120) == staff[0], staff[0] == staff[1])
raise_pct = 10
for e in staff:
    if e.dept == "eng":
        e.salary = e.salary * (100 + raise_pct) // 100
print([(e.name, e.salary) for e in staff])
print(vars(staff[4]))
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
head = None
for v in [3, 2, 1]:
    head = Node(v, head)
node = head
vals = []
while node:
    vals.append(node.value)
    node = node.next
print(vals)
class Pair:
    def __init__(self, first, second):
        self.first, self.second = first, second
    def swapped(self):
        return Pair(self.second, self.first)
    def __repr__(self):
        return f"Pair({self.first}, {self.second})"
print(Pair(1, "a").swapped(), [Pair(i, i * i) for i in range(3)])
