# __await__ returning something that is not an iterator: uncaught TypeError.
class Almost:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value


class Fine:
    def __await__(self):
        yield "tick"
        return "fine"


async def main():
    print(await Fine())
    print(await Almost(3.5))


m = main()
print(m.send(None))
m.send(None)
