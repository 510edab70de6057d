"""Foreign counties, states and towns spelled out before their suffix: 格林伍德县,
北里奥格朗德州, 圣安东尼奥市.

jieba cuts such names into pieces and glues the last one to the suffix (德 + 县, 德州),
so the suffix rules find only the tail. A run of transliteration characters right before
县, 州, 省, 市, 镇 or 郡 is the whole name; it starts where a word starts, after any
country written in front (美国 + 德州 stays two places).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.place_tokens import STATES
from parser.entities.resources import TRANSLIT

if TYPE_CHECKING:
    from parser.entities.tagger import Candidate, Token


_SUFFIXES = "县州省市镇郡"
# North, South, New, Upper, Lower… open such names too (北里奥格朗德州, 下萨克森州).
_RUN = re.compile(rf"[东西南北新上下]?[{''.join(sorted(TRANSLIT))}·]{{3,12}}[{_SUFFIXES}]")
TRANSLIT_PLACE_CONFIDENCE = 1.4  # beats the tail jieba glued to the suffix (德县, 德州)


def translit_admin_places(text: str, tokens: Sequence[Token]) -> Iterator[Candidate]:
    """Each run of transliteration characters before an administrative suffix."""
    matches = list(_RUN.finditer(text))
    if not matches:
        return
    starts = {t.start: t for t in tokens}
    for m in matches:
        start, end = m.start(), m.end()
        # The name starts at a word, after a country in front of it.
        while start < end - 3 and (start not in starts or starts[start].word in STATES):
            tok = starts.get(start)
            start = tok.end if tok is not None else start + 1
        if end - 1 - start >= 3 and text[start] != "·" and _ends_a_word(text, tokens, end):
            yield (start, end, "place", TRANSLIT_PLACE_CONFIDENCE)


def _ends_a_word(text: str, tokens: Sequence[Token], end: int) -> bool:
    """The suffix ends a word: 县 + 法官, not 市 + 场 (市场)."""
    return end == len(text) or any(t.start == end for t in tokens)
