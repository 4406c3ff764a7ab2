log = []
class R:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        if self.fail_enter:
            log.append("fail-enter " + self.name)
            raise RuntimeError("enter " + self.name)
        log.append("enter " + self.name)
        return self.name
    def __exit__(self, et, e, tb):
        log.append("exit " + self.name + " " + (et.__name__ if et else "None"))
        return self.suppress
with R("a") as a, R("b") as b:
    log.append("body " + a + b)
print(log)
log.clear()
with (R("p") as p, R("q") as q, R("r")):
    log.append("body paren")
print(log)
log.clear()
try:
    with R("x"), R("y", fail_enter=True), R("z"):
        log.append("body")
except RuntimeError as e:
    log.append("caught " + str(e))
print(log)
log.clear()
with R("outer", suppress=True), R("inner"):
    raise ValueError("boom")
print(log)
log.clear()
try:
    with R("outer"), R("inner", suppress=True):
        raise ValueError("boom2")
    log.append("after")
except ValueError:
    log.append("not reached")
print(log)
log.clear()
with (
    R("m1"),
    R("m2"),
):
    pass
print(log)
