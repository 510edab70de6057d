"""Where a place name starts when jieba cut its first character off (月 + 华池, 神 + 泉古峪).

A scenic spot or village is often written right after its county or after 的
(左云县月华池, 天镇县的神泉古峪). jieba knows the tail as a word and leaves the first
character loose; the name runs from that boundary, so the loose character belongs to it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.place_tokens import ADMIN_SUFFIX
from parser.entities.resources import COMMON_SURNAMES, LESS_COMMON_SURNAMES

if TYPE_CHECKING:
    from parser.entities.tagger import Candidate, Token

_BOUNDARY_WORDS = frozenset(("的",))
# What jieba calls the loose first character of such names: nouns and numerals (神, 月),
# not adjectives, verbs or positions (旧中国, 环太平洋, 前苏联).
_LOOSE_TAGS = frozenset(("n", "m", "ng", "g", "zg", ""))
# Characters that never open a place name: particles, prepositions, pronouns, numerals,
# words that make a phrase (各, 全, 本) rather than a name.
_NOT_OPENING = frozenset(
    "的了是在和与及等或也都就还又再很更最把被将从向对为以于至经由如赴往到驻同"
    "我你他她它这那其此该本各全每某两一二三四五六七八九十百千万几多数个年日"
)
EXTENSION_BONUS = 0.2  # the longer reading must beat the tail alone


def extended_left(
    text: str, tokens: Sequence[Token], found: list[Candidate]
) -> Iterator[Candidate]:
    """For each place whose first word follows one loose character after a boundary (的,
    or a county or village found here), the place with that character (神泉古峪)."""
    if not found:
        return
    at_start = {tok.start: k for k, tok in enumerate(tokens)}
    admin_ends = {e for _, e, kind, _ in found if kind == "place" and text[e - 1] in ADMIN_SUFFIX}
    for start, end, kind, conf in found:
        k = at_start.get(start)
        if kind != "place" or k is None or k < 2 or end - start < 2:
            continue
        loose = tokens[k - 1]
        w = loose.word
        # Not a suffix of the place before either (云州 + 区 + 火山地质博物馆).
        if len(w) != 1 or not "\u4e00" <= w <= "\u9fff" or w in _NOT_OPENING or w in ADMIN_SUFFIX:
            continue
        if loose.tag not in _LOOSE_TAGS:
            continue
        if tokens[k - 2].word in _BOUNDARY_WORDS or loose.start in admin_ends:
            yield (loose.start, end, "place", conf + EXTENSION_BONUS)


_NATURAL_SUFFIXES = frozenset("江山河湖峰岭")
_SURNAMES = frozenset(COMMON_SURNAMES + LESS_COMMON_SURNAMES)


def suffixed_confidence(tokens: Sequence[Token], i: int, k: int) -> float:
    """阴 + 衍 + 江, 裘 + 山 + 山: a surname and a loose character before 江 or 山 are more
    likely a person's name than an unknown river or hill (jieba knows most real ones)."""
    if (
        tokens[k].word in _NATURAL_SUFFIXES
        and k - i == 2
        and tokens[i].word in _SURNAMES
        and len(tokens[i + 1].word) == 1
    ):
        return 0.3
    return 1.3
