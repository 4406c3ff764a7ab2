# A relative import in a script (no parent package) is an error.
import sys
print(__name__, __package__, __spec__)
print("sys is", type(sys).__name__)
from .sibling import thing
print("not reached")
