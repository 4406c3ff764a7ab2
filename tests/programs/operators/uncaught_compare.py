# An ordering comparison error escaping from sorted().
class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
    def __lt__(self, other):
        if not isinstance(other, Task):
            return NotImplemented
        return self.prio < other.prio
    def __repr__(self):
        return f"Task({self.prio}, {self.name!r})"

tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
print(sorted(tasks))
print(max(tasks), min(tasks))
print(Task(1, "x") > Task(0, "y"))
try:
    Task(1, "x") <= Task(2, "y")
except TypeError as e:
    print("TypeError:", e)
tasks.append("not a task")
print(sorted(tasks))
