pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (FloatingPointError, ArithmeticError),
    (ArithmeticError, Exception),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (LookupError, Exception),
    (ModuleNotFoundError, ImportError),
    (ImportError, Exception),
    (UnboundLocalError, NameError),
    (NameError, Exception),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (IndentationError, SyntaxError),
    (TabError, IndentationError),
    (FileNotFoundError, OSError),
    (PermissionError, OSError),
    (UnicodeDecodeError, UnicodeError),
    (UnicodeError, ValueError),
    (Exception, BaseException),
    (SystemExit, Exception),
    (SystemExit, BaseException),
    (KeyboardInterrupt, Exception),
    (GeneratorExit, Exception),
    (StopIteration, Exception),
    (AssertionError, Exception),
    (TypeError, ValueError),
    (KeyError, IndexError),
    (BaseExceptionGroup, BaseException),
    (ExceptionGroup, Exception),
    (ExceptionGroup, BaseExceptionGroup),
    (DeprecationWarning, Warning),
    (Warning, Exception),
    (BrokenPipeError, ConnectionError),
    (TimeoutError, OSError),
]
for sub, sup in pairs:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))
print(IOError is OSError, EnvironmentError is OSError)
print(ZeroDivisionError.__bases__[0].__name__, BaseException.__bases__[0].__name__)
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ModuleNotFoundError.__mro__])
print(issubclass(bool, int), isinstance(KeyError("k"), LookupError))
print(issubclass(ValueError, (TypeError, Exception)))
try:
    raise FileNotFoundError("nope")
except OSError as e:
    print("FileNotFoundError caught as OSError:", type(e).__name__)
try:
    [].pop()
except LookupError as e:
    print(type(e).__name__, e)
