"""kanbao's parser: raw newspaper text in, a faithful edition model out.

Pure Python; never imports textual or rich (a test checks it).
"""

from parser.errors import EditionError
from parser.model import Edition, Entity, Item, Link, Mention, Page, Photo

__all__ = ["Edition", "EditionError", "Entity", "Item", "Link", "Mention", "Page", "Photo"]
