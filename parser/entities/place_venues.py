"""Buildings the news names as places: 中国美术馆, 埃及国家博物馆, 上海展览中心.

People's Daily NER data labels a museum, theatre or hall with the words that name it as
a place, not as the body that runs it; the venue reading therefore outbids the
organisation reading of the same words.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.resources import GENERIC_PLACE_WORDS

if TYPE_CHECKING:
    from parser.entities.tagger import Candidate, Token


VENUE_SUFFIXES = (
    *("美术馆", "博物馆", "纪念馆", "档案馆", "图书馆", "展览馆", "科技馆", "展览中心"),
    *("大剧院", "剧院", "大厦", "体育馆", "体育场", "会展中心"),
    *("大会堂", "文学馆", "艺术馆"),
)
VENUE_LAST = frozenset(v[-1] for v in VENUE_SUFFIXES)
VENUE_CONFIDENCE = 1.7  # beats the organisation reading of the same words
# Tags of the words that may name a venue (a place, a body, a common word, a name).
_VENUE_BODY_TAGS = frozenset(("ns", "nt", "nz", "n", "vn", "j", "b", "a", "nr", ""))


def venue(tokens: Sequence[Token], k: int, first: int | None = None) -> Iterator[Candidate]:
    """The venue whose kind word ends token ``k`` (and starts at token ``first`` when
    jieba cut it in two: 上海 + 展览 + 中心), with the words that name it."""
    tok = tokens[k]
    if first is None:
        first = k
        suffix_len = len(next(v for v in VENUE_SUFFIXES if tok.word.endswith(v)))
    else:
        suffix_len = tok.end - tokens[first].start
    i = first
    named = False  # 天河体育馆 has its own name: 广州 before it is a place of its own
    while i > 0 and first - i < 3:
        prev = tokens[i - 1]
        if prev.tag not in _VENUE_BODY_TAGS or not "\u4e00" <= prev.word[0] <= "\u9fff":
            break
        if len(prev.word) == 1 or prev.word in GENERIC_PLACE_WORDS:
            break
        if named and prev.tag == "ns":
            break
        named = named or prev.tag in ("ns", "nz", "")
        i -= 1
    if tok.end - tokens[i].start > suffix_len:
        yield (tokens[i].start, tok.end, "place", VENUE_CONFIDENCE)
