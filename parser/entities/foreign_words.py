"""The pieces of a transliterated name: which characters and words can spell one.

Shared by the readings of foreign names (runs, dotted names, loose characters): the
transliteration characters, the joining dots, the words jieba may cut out of a name, the
regnal numbers after a monarch's name and the personal titles that mark a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from parser.entities.lexicon import WEAK_PLACE
from parser.entities.resources import TRANSLIT
from parser.entities.world import COUNTRIES

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Token

# Transliteration characters, with the endings of Slavic women's names (彼得罗娃 -ova,
# 娜塔莉娅 -ya), rare in Chinese words and names.
FOREIGN = TRANSLIT | frozenset("娃娅")
# The dots and dashes that join the parts of a foreign name (科菲·安南).
JOINERS = frozenset("·•－-—")


def translit_word(tok: Token, joined: bool = False) -> bool:
    """Can this word be part of a transliterated name? Place names only right after a ·
    or a title (总理科尔, 教练扎加洛: jieba lists some such names as places)."""
    w = tok.word
    if tok.tag == "nrt":
        return not is_demonym(w)  # 荷兰人维姆: the nationality before a name is not part of it
    if joined and tok.tag in ("ns", WEAK_PLACE, "z") and FOREIGN.issuperset(w):
        return True
    if len(w) == 1:
        return w in FOREIGN
    return tok.tag in ("nr", "nz", "", WEAK_PLACE) and FOREIGN.issuperset(w)


# A word jieba calls a place and uses more often than this is a region (魁北克), not a name.
RARE_PLACE_FREQ = 20
# Titles held by a person, never by a city or region (unlike 市长, 州长 after 巴黎, 加州).
PERSONAL_TITLES = frozenset(("总统", "副总统", "总理", "副总理", "首相", "外长", "国王", "议长"))


def mostly_foreign(tok: Token, lex: Lexicon) -> bool:
    """总统库马拉通加: a rare word jieba calls a place, all but one of its characters of the
    transliteration kind, and no country."""
    w = tok.word
    return (
        len(w) >= 3
        and sum(c not in FOREIGN for c in w) <= 1  # 库马拉通加: one native character at most
        and w not in COUNTRIES
        and lex.freq.get(w, 0) < RARE_PLACE_FREQ  # regions are common words (魁北克 87)
    )


def head_of_state_after(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """库马拉通加总统: a foreign word jieba calls a place, before a personal title, names a
    person unless it is a country (意大利总理) or another name follows the title."""
    return (
        mostly_foreign(tokens[k], lex)
        and k + 1 < len(tokens)
        and tokens[k + 1].word in PERSONAL_TITLES
        and not (k + 2 < len(tokens) and name_like(tokens[k + 2]))
    )


def is_demonym(word: str) -> bool:
    """荷兰人, 美国人: a nationality, which stands before a name but is no part of it."""
    return len(word) >= 3 and word[-1] == "人"


# 伊丽莎白二世, 胡安·卡洛斯一世: a regnal number after a name makes it a monarch's (or a
# pope's) name, whatever jieba calls the name itself.
REGNAL = frozenset(n + "世" for n in ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十"))
REGNAL_CONFIDENCE = 2.0


def regnal_at(tokens: Sequence[Token], k: int) -> bool:
    """Is the word at k a regnal number (二世)?"""
    return k < len(tokens) and tokens[k].word in REGNAL


def name_like(tok: Token) -> bool:
    """A word jieba tags as a name, or a loose transliteration character."""
    return tok.tag in ("nr", "nrt", "nrfg") or (len(tok.word) == 1 and tok.word in FOREIGN)


# Function words, numbers and times: never part of a foreign name.
STOP_TAGS = frozenset(("p", "u", "uj", "ul", "uz", "c", "d", "r", "m", "q", "f", "t"))
