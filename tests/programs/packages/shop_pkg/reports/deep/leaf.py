from ... import util
from ...models import Item
from .. import summary
from ...reports import TITLE as T
def info():
    return (__name__, __package__, util.RATE, T, summary.__name__, Item.__module__)
