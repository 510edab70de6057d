"""Search within an edition: Chinese substrings, pinyin, traditional characters.

``build_index(edition).search(query)`` returns one ``Hit`` per occurrence, best first.
Pure Python; imports no UI library.
"""

from parser.search.hits import Hit, PieceHits
from parser.search.index import SearchIndex, build_index
from parser.search.layout import reading_fields


def clear_caches() -> None:
    """Forget the per-character folding and pinyin caches shared by all indexes."""
    from parser.search import fold, pinyin

    fold.clear_cache()
    pinyin.clear_cache()


__all__ = ["Hit", "PieceHits", "SearchIndex", "build_index", "clear_caches", "reading_fields"]
