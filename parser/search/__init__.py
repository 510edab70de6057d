"""Search within an edition: Chinese substrings, pinyin, traditional characters.

``build_index(edition).search(query)`` returns one ``Hit`` per occurrence, best first.
Pure Python; imports no UI library.
"""

from parser.search.hits import Hit, PieceHits
from parser.search.index import SearchIndex, build_index
from parser.search.layout import reading_fields

__all__ = ["Hit", "PieceHits", "SearchIndex", "build_index", "reading_fields"]
