"""Words that are places only where their neighbours say so: 在向阳, 去万荣, 丹凤、商南.

jieba marks some words as places on thin evidence (向阳, WEAK_PLACE), and county names
written without 县 (万荣, 乐亭, 方正) also spell common words or given names. Such a word is
read as a place after a word of going or being somewhere, before a word of area or
people, or in a 、 list beside another place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from parser.entities.lexicon import WEAK_PLACE
from parser.entities.place_tokens import FEATURE_FINALS, is_place_token
from parser.entities.resources import GENERIC_PLACE_WORDS, PLACE_CONTEXT_BEFORE

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Token

_BEFORE_PLACE = frozenset((*PLACE_CONTEXT_BEFORE, "在", "从", "来自", "离开"))
_AFTER_PLACE = frozenset(("一带", "境内", "以东", "以西", "以南", "以北", "沿岸", "等地", "地区"))
# Words after a noun that make it a location, not a named place (山野间, 河滩边, 后山上).
_POSITION_AFTER = frozenset("间边上里中下内外旁")


def weak_place(tok: Token, tokens: Sequence[Token], k: int) -> bool:
    """A word jieba calls a place on thin evidence (向阳), where its context agrees."""
    return (
        tok.tag == WEAK_PLACE and tok.word not in GENERIC_PLACE_WORDS and _place_context(tokens, k)
    )


def _place_context(tokens: Sequence[Token], k: int) -> bool:
    """在向阳, 向阳一带, 石门、向阳等地: words that make a weak place name a place."""
    before = tokens[k - 1].word if k > 0 else ""
    after = tokens[k + 1].word if k + 1 < len(tokens) else ""
    if after in _POSITION_AFTER:
        return False
    return before in _BEFORE_PLACE or after in _AFTER_PLACE


# jieba's tags for county names written without 县 (万荣 nr, 威信 nz, 定陶 vn).
COUNTY_STEM_TAGS = frozenset(("nr", "nz", "vn"))
COUNTY_CONFIDENCE = 1.2


def is_county_name(word: str, lex: Lexicon) -> bool:
    """万荣, 乐亭: the dictionary lists the word with 县 as a name (万荣县), so the word
    alone is the county, as the news writes it (去万荣, 丹凤、商南); 贫困县 is a common noun."""
    return lex.tags.get(word + "县") in ("nr", "ns") and word not in GENERIC_PLACE_WORDS


_PEOPLE_OF_PLACE = frozenset(("人", "籍", "人民", "百姓", "境内", "一带", "城", "老乡"))


def county_context(tokens: Sequence[Token], k: int) -> bool:
    """去万荣, 乐亭人, 丹凤、商南, 仁寿灵岩寺: where a county name is read as the county
    rather than as the common word or given name it also spells (小康, 方正, 凌云)."""
    before = tokens[k - 1] if k > 0 else None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if before is not None and (before.word in _BEFORE_PLACE or before.word in ("去", "回")):
        return True
    if after is None:
        return False
    if after.word in _PEOPLE_OF_PLACE or (
        len(after.word) >= 3 and after.word[-1] in FEATURE_FINALS
    ):
        return True
    # In a 、 list with a place: 丹凤、商南.
    if after.word == "、" and k + 2 < len(tokens) and is_place_token(tokens[k + 2]):
        return True
    return before is not None and before.word == "、" and k >= 2 and is_place_token(tokens[k - 2])
