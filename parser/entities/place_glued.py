"""A place jieba glued to the word after it: 印度政府, 法国人, 淮河流域, 天津人民体育馆.

jieba's dictionary lists many such compounds as one word; People's Daily NER data labels
only the place in them (the government, the people or the region of a place is no name of
its own), and a city before a venue as a place apart from the venue.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from parser.entities.lexicon import WEAK_PLACE
from parser.entities.place_tokens import ADMIN_SUFFIX
from parser.entities.place_vetoes import COMMON_WORDS_TAGGED_NS
from parser.entities.resources import CELESTIAL_PLACES, GENERIC_PLACE_WORDS, PLACE_SUFFIXES
from parser.entities.short_forms import REGION_TAILS

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token

_PLACE_SUFFIX = frozenset(PLACE_SUFFIXES)
_VENUES = ("大会堂", "广场", "公园", "大桥", "机场", "车站", "码头", "体育馆", "体育场", "宫")
# Last characters of the buildings and sites a place's own name ends in (图书大厦, 灵隐寺).
_VENUE_FINALS = frozenset("厦馆宫寺庙堂院场园桥塔楼亭台阁")
# Words that jieba glues to a place name as one "place" (香港市民, 亚洲各国, 印度卢比).
_NS_TAILS = ("市民", "各国", "人民", "居民", "卢比", "人", "克朗", "马克", "卢布", "法郎", "比索")
# Tails after which even a weakly known place is one (克罗地亚族, 中国式, 戴维斯杯).
_STRONG_TAILS = ("族", "式", "杯")
# Words jieba glues to a place in one "place" word; the news labels the place alone.
_GLUED_TAILS = frozenset((*REGION_TAILS, "民族", "山水", "政府", "大峡谷", "人民"))
# Endings of a word jieba tags ns that may still hide a place glued to a tail.
GLUED_ENDINGS = (*REGION_TAILS, *_NS_TAILS, *_GLUED_TAILS)
_PREFIX_TAGS = frozenset(("ns", "nz", "nrt", WEAK_PLACE))


def _common_tail(rest: str, tok: Token, lex: Lexicon) -> bool:
    """Is ``rest`` an ordinary word glued to a place (市民, 各国, 卢比), not part of the
    place's own name (市, 大桥, 图书大厦)?"""
    if rest in _PLACE_SUFFIX or rest[-1] in ADMIN_SUFFIX or rest[-1] in _VENUE_FINALS:
        return False
    return tok.tag != "ns" or lex.tags.get(rest) not in ("ns", "nz")


def place_prefix(tok: Token, lex: Lexicon) -> Iterator[Candidate]:
    """印度政府, 法国总理, 法国人, 中国京剧: a place glued to the word after it.

    天津人民体育馆 is two places, a city and a venue in it; 地球磁场 names the earth.
    """
    w = tok.word
    tags = lex.tags
    for cut in (4, 3, 2):
        head, rest = w[:cut], w[cut:]
        if (
            tags.get(head) not in _PREFIX_TAGS and head not in CELESTIAL_PLACES
        ) or head in COMMON_WORDS_TAGGED_NS:
            continue  # every reading below needs a place (or a planet) at the head
        if len(rest) >= 2 and rest in lex.tags:
            if head in CELESTIAL_PLACES:
                yield (tok.start, tok.start + cut, "place", 1.2)
                return
            if lex.tags.get(head) == "ns" and rest.endswith(_VENUES) and len(rest) >= 3:
                yield (tok.start, tok.start + cut, "place", 1.3)
                yield (tok.start + cut, tok.end, "place", 1.3)
                return
        if rest in _GLUED_TAILS and lex.tags.get(head) in ("ns", "nz"):
            yield (tok.start, tok.start + cut, "place", 1.2)  # 中华民族, 西欧地区, 淮河流域
            return
        if rest in _STRONG_TAILS and lex.tags.get(head) in ("ns", WEAK_PLACE, "nrt"):
            yield (tok.start, tok.start + cut, "place", 1.2)
            return
        if (
            rest
            and lex.tags.get(head) == "ns"
            and head not in GENERIC_PLACE_WORDS
            and rest in lex.tags
            and tok.tag not in ("i", "l")
            and (
                rest in REGION_TAILS
                or rest in _NS_TAILS
                or (len(rest) >= 2 and _common_tail(rest, tok, lex))
            )
        ):
            yield (tok.start, tok.start + cut, "place", 1.2)
            return
