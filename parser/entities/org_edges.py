"""The edges of an organisation's name: a session ordinal before it, a place before a unit.

People's Daily NER data keeps a session ordinal with the body it numbers (第六届全国人大,
六届人大常委会, 香港首届立法会), a place with the one word naming a unit there (成都地质所)
and 组织 with a body known by a transliterated name (欧佩克组织): the name runs over them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.place_tokens import is_place_token
from parser.entities.resources import TRANSLIT

if TYPE_CHECKING:
    from parser.entities.tagger import Candidate, Token

# Ordinals that number a session, not a time (本届, 上届, 历届 refer, they do not name).
_NOT_SESSION = frozenset(("本届", "上届", "下届", "历届", "每届", "各届", "一届", "届"))


def _session_start(tokens: Sequence[Token], k: int) -> int | None:
    """Token index of a session ordinal (第六届, 六届, 首届) right before token ``k``.

    A place before the ordinal belongs to the body too (香港 + 首届 + 立法会).
    """
    if k == 0:
        return None
    prev = tokens[k - 1]
    w = prev.word
    if prev.tag != "m" or w[-1] != "届" or w in _NOT_SESSION:
        return None
    first = k - 1
    if first and is_place_token(tokens[first - 1]):
        first -= 1
    return first


def with_session(tokens: Sequence[Token], k: int, raw: Candidate) -> Iterator[Candidate]:
    """The organisation ``raw`` read from token ``k`` once more with its session ordinal."""
    first = _session_start(tokens, k)
    if first is not None and raw[0] == tokens[k].start:
        yield (tokens[first].start, raw[1], raw[2], raw[3])


# Endings of one word that names a unit when a place comes before it (成都 + 地质所,
# 郑州 + 蝶阀厂, 南京 + 红十字会); 会 only where it ends a body, not a meeting (首脑会).
_PLACED_UNIT_ENDINGS = ("所", "厂", "公会", "字会", "总会", "教会")
PLACED_UNIT_CONFIDENCE = 1.6


def placed_unit(tokens: Sequence[Token], k: int) -> Iterator[Candidate]:
    """成都地质所, 郑州蝶阀厂, 美国圣公会: a place and one word naming a unit there."""
    tok = tokens[k]
    w = tok.word
    if (
        k == 0
        or len(w) < 3
        or tok.tag not in ("n", "nz", "v", "")
        or not w.endswith(_PLACED_UNIT_ENDINGS)
    ):
        return
    place = tokens[k - 1]
    if is_place_token(place):
        yield (place.start, tok.end, "org", PLACED_UNIT_CONFIDENCE)


def named_organisation(tokens: Sequence[Token], k: int) -> Iterator[Candidate]:
    """欧佩克 + 组织: a body known by a transliterated name, with the word 组织 after it."""
    tok = tokens[k]
    if (
        k + 1 < len(tokens)
        and tokens[k + 1].word == "组织"
        and tok.tag in ("nt", "j")
        and len(tok.word) >= 2
        and TRANSLIT.issuperset(tok.word)
    ):
        yield (tok.start, tokens[k + 1].end, "org", 1.4)
