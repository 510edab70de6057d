"""The search index of one edition: every searchable text, folded, in one string.

All fields of all pieces are folded (see ``fold``) and joined in reading order with a
separator into one string, so a Chinese query is a few ``str.find`` calls over the whole
edition; a position maps back to its field by bisection. Folding keeps lengths, so a
position minus the field's start is the offset into the ORIGINAL field text. Pinyin tables
are built on the first pinyin query (or by ``prepare()``), so Chinese-only use never pays
for importing pypinyin.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import defaultdict
from typing import NamedTuple

from parser.model import Edition, Item
from parser.search.fold import FIELD_SEPARATOR, fold
from parser.search.hits import Hit, PieceHits, make_snippet
from parser.search.layout import TIER, SearchField, reading_fields
from parser.search.pinyin import FULL_WEIGHT, PinyinTables
from parser.search.query import Term, parse_query

TIER_SCALE = 1000.0  # a better field tier always beats any number of hits in lower tiers
MAX_WEIGHT = TIER_SCALE - 1


class _Match(NamedTuple):
    start: int  # in the index string
    end: int
    weight: float
    field: int  # index into SearchIndex._fields


class _Ranked(NamedTuple):
    score: float
    order: int  # the piece's position in reading order
    matches: list[_Match]


class SearchIndex:
    """Answers queries over one edition; build it with ``build_index(edition)``."""

    def __init__(self, edition: Edition) -> None:
        self.edition = edition
        self._items: list[Item] = list(edition.items())
        self._fields: list[tuple[int, SearchField]] = []  # (piece position, field)
        self._starts: list[int] = []  # where each field starts in self._text
        texts: list[str] = []
        pos = 0
        for order, item in enumerate(self._items):
            for field in reading_fields(item):
                self._fields.append((order, field))
                self._starts.append(pos)
                texts.append(field.text)
                pos += len(field.text) + len(FIELD_SEPARATOR)
        self._text = fold(FIELD_SEPARATOR.join(texts))
        self._pinyin: PinyinTables | None = None
        self._lock = threading.Lock()

    def prepare(self) -> SearchIndex:
        """Build the pinyin tables now rather than on the first pinyin query."""
        self._pinyin_tables()
        return self

    def _pinyin_tables(self) -> PinyinTables:
        if self._pinyin is None:
            with self._lock:
                if self._pinyin is None:
                    self._pinyin = PinyinTables(set(self._text))
        return self._pinyin

    def _spans(self, term: Term) -> list[tuple[int, int, float]]:
        """Every non-overlapping match of one term: literal first, then pinyin."""
        text, needle = self._text, term.text
        spans: dict[tuple[int, int], float] = {}
        i = text.find(needle)
        while i >= 0:
            spans[(i, i + len(needle))] = FULL_WEIGHT
            i = text.find(needle, i + len(needle))
        if term.pinyin:
            for m in self._pinyin_tables().find(text, term.pinyin):
                spans.setdefault((m.start, m.end), m.weight)
        return [(s, e, w) for (s, e), w in spans.items()]

    def _rank(self, query: str) -> list[_Ranked]:
        terms = parse_query(query)
        if not terms:
            return []
        found: dict[int, list[_Match]] | None = None
        for term in terms:
            by_piece: defaultdict[int, list[_Match]] = defaultdict(list)
            for s, e, w in self._spans(term):
                f = bisect_right(self._starts, s) - 1
                by_piece[self._fields[f][0]].append(_Match(s, e, w, f))
            if found is None:
                found = dict(by_piece)
            else:  # every term is required in the same piece
                found = {k: v + by_piece[k] for k, v in found.items() if k in by_piece}
            if not found:
                return []
        assert found is not None
        ranked = []
        for order, matches in found.items():
            unique = sorted({(m.start, m.end): m for m in matches}.values())
            tier = max(TIER[self._fields[m.field][1].field] for m in unique)
            weight = min(sum(m.weight for m in unique), MAX_WEIGHT)
            ranked.append(_Ranked(tier * TIER_SCALE + weight, order, unique))
        ranked.sort(key=lambda r: (-r.score, r.order))
        return ranked

    def _hit(self, m: _Match, score: float) -> Hit:
        order, field = self._fields[m.field]
        item = self._items[order]
        offset = self._starts[m.field]
        start, end = m.start - offset, m.end - offset
        snippet, a, b = make_snippet(field.text, start, end)
        return Hit(
            item.id, item.page, field.field, field.paragraph, start, end, snippet, a, b, score
        )

    def search(self, query: str, limit: int | None = None) -> list[Hit]:
        """One hit per occurrence, best piece first, reading order within a piece."""
        hits: list[Hit] = []
        for r in self._rank(query):
            for m in r.matches:
                if limit is not None and len(hits) >= limit:
                    return hits
                hits.append(self._hit(m, r.score))
        return hits

    def pieces(self, query: str, limit: int | None = None) -> list[PieceHits]:
        """The matching pieces, best first, each with all its hits."""
        out = []
        for r in self._rank(query)[:limit]:
            item = self._items[r.order]
            hits = tuple(self._hit(m, r.score) for m in r.matches)
            out.append(PieceHits(item.id, item.page, r.score, hits))
        return out


def build_index(edition: Edition, *, pinyin: bool = True) -> SearchIndex:
    """The search index of ``edition``; ``pinyin=False`` defers the pinyin tables."""
    index = SearchIndex(edition)
    return index.prepare() if pinyin else index
