"""The edges of an organisation's name: a session ordinal before it, a press title's frame.

People's Daily NER data keeps a session ordinal with the body it numbers (第六届全国人大,
六届人大常委会, 香港首届立法会) and a publication's country and kind with its title
(美国《时代》周刊, 《时代潮》杂志): the name runs over them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.places import is_place_token
from parser.model import EntityType

if TYPE_CHECKING:
    from parser.entities.tagger import Token

Raw = tuple[int, int, EntityType, float]
# Ordinals that number a session, not a time (本届, 上届, 历届 refer, they do not name).
_NOT_SESSION = frozenset(("本届", "上届", "下届", "历届", "每届", "各届", "一届", "届"))


def session_start(tokens: Sequence[Token], k: int) -> int | None:
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


def with_session(tokens: Sequence[Token], k: int, raws: Iterator[Raw]) -> Iterator[Raw]:
    """The organisations read from token ``k``, and each once more with its session ordinal."""
    first = session_start(tokens, k)
    for raw in raws:
        yield raw
        if first is not None and raw[0] == tokens[k].start:
            yield (tokens[first].start, raw[1], raw[2], raw[3])
