class Shape:
    def __init__(self, name):
        print("Shape.__init__", name)
        self.name = name
    def area(self):
        return 0
    def info(self):
        return self.name + " area=" + str(self.area())
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        print("Rect.__init__", w, h)
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    def info(self):
        return "Rect(" + super().info() + ")"
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"
    def info(self):
        base = super().info()
        return "Square<" + base + ">"
s = Square(3)
print(s.info())
print(s.area(), s.w, s.name)
r = Rect(2, 5)
print(r.info())
class Logger:
    def log(self, msg):
        return "LOG: " + msg
class TimestampLogger(Logger):
    def log(self, msg):
        return super().log("[t] " + msg)
class PrefixLogger(TimestampLogger):
    def log(self, msg):
        return super().log("prefix " + msg)
print(PrefixLogger().log("hello"))
class Explicit(Rect):
    def __init__(self):
        super(Explicit, self).__init__(1, 1)
    def area(self):
        return Rect.area(self) * 100
print(Explicit().info())
class Counter:
    def __init__(self):
        self.values = []
    def add(self, v):
        self.values.append(v)
        return self
class DoubleCounter(Counter):
    def add(self, v):
        return super().add(v * 2)
dc = DoubleCounter()
dc.add(1).add(2)
print(dc.values)
class NoInitChild(Shape):
    pass
print(NoInitChild("inherited init").name)
