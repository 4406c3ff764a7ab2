"""The implementations of the import machinery weft provides."""
import _weft_import

ModuleSpec = _weft_import.ModuleSpec
SourceFileLoader = _weft_import.SourceFileLoader
SOURCE_SUFFIXES = ['.py']
EXTENSION_SUFFIXES = []
BYTECODE_SUFFIXES = []


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
