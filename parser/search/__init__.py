"""Search within an edition: Chinese substrings, pinyin, traditional characters.

``build_index(edition).search(query)`` returns one ``Hit`` per occurrence, best first.
Pure Python; imports no UI library.

Libraries: pypinyin (maintained; its per-character table lists every reading, so 重 is both
zhong and chong) and OpenCC's official binding ``opencc`` (the reference t2s tables, in C++:
~1 ms for a whole edition, and actively maintained), rather than opencc-python-reimplemented
(a pure-Python port: same idea, much slower), zhconv or hanziconv (smaller, rarely updated
tables). Both are imported on first use: pypinyin takes ~120 ms to import.
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
