# Helper module for dunder_import.py.
VALUE = 41
loaded = True
def twice(n):
    return n * 2
