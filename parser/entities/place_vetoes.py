"""Readings that look like places but are not: 北京时间, 保护法, 在以, 对日元, 加大力度.

A city before 时间 names a time zone (北京时间), which the news data does not label as a
place. (A country before its currency, 瑞典克朗 or 德国马克, is labelled both ways in the
data; it stays a place, see test_rules_accuracy.) A one-character
short form is no state where its character is the law (环境保护法, 改革法), the
preposition 以 (在以…为核心) or the first half of a currency (美元对日元). Phrases and
common words jieba's dictionary tags ns (加大力度, 港口城市, 海关) name no place either.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from parser.entities.lexicon import WEAK_PLACE
from parser.entities.place_tokens import ADMIN_SUFFIX
from parser.entities.resources import ABBREVIATION_VERBS, PLACE_ABBREVIATIONS

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Token

# Time zones named by a city (北京时间, 莫斯科时间).
_AFTER_NOT_PLACE = ("时间",)
_AFTER_FIRST = frozenset(w[0] for w in _AFTER_NOT_PLACE)
# Currencies whose first character is a short form (日元, 美元, 港元, 韩元).
_CURRENCIES = frozenset(("日元", "美元", "港元", "韩元", "澳元", "加元", "欧元", "台币", "英镑"))


def names_time(text: str, end: int) -> bool:
    """Does a place ending at ``end`` name a time zone with what follows (北京时间)?"""
    if end >= len(text) or text[end] not in _AFTER_FIRST:
        return False
    return text.startswith(_AFTER_NOT_PLACE, end)


def not_a_short_form(text: str, tokens: Sequence[Token], k: int, at: int) -> bool:
    """Is the short form at ``at`` (in token ``k``) a law, a preposition or a currency?"""
    if text[at : at + 2] in _CURRENCIES:
        return True  # 对 + 日元: the yen, not Japan
    tok = tokens[k]
    if len(tok.word) == 2 and tok.word[0] == tok.word[1]:
        return True  # 日日, 美美: a doubled word, not two states
    if len(tok.word) != 1 or k == 0:
        return False
    before = tokens[k - 1]
    if tok.word == "以" and before.word not in PLACE_ABBREVIATIONS:
        return before.tag in ("p", "v", "d")  # 在以, 要以: "by, with" (巴以 is a pair)
    if before.word in ABBREVIATION_VERBS or before.word in PLACE_ABBREVIATIONS:
        return False  # 访法, 中法: the country
    if tok.word == "法":
        # 环境保护 + 法: a law; 手摘 + 法, “登梯法”: a method.
        return len(before.word) >= 2 or before.tag in ("n", "v", "vn")
    return False


# Common nouns and verb phrases jieba's dictionary tags as places (ns) because places are
# built on them (海关总署, 上山乡): customs, lighthouse, bus, guest of honour, going up a
# hill. Alone they name no place.
_COMMON_WORDS = "海关 灯塔 巴士 贵宾 越野 上山 下山 火海 平安 四海 富民 广开 索道 码头 渡口"
COMMON_WORDS_TAGGED_NS = frozenset(_COMMON_WORDS.split())


# Landforms named by a common word before them (黄土高原): a place although the word is not.
_LANDFORMS = ("高原", "平原", "盆地", "山脉", "半岛", "海峡", "三角洲", "丘陵", "沙漠", "草原")


def phrase_tagged_place(word: str, lex: Lexicon) -> bool:
    """加大力度, 兴旺发达: a phrase jieba tags ns that opens with a common verb or adjective;
    科教兴国, 港口城市, 大中城市: one that opens with a common noun or pronoun (not
    黄土高原, which names a landform)."""
    if len(word) < 4:
        return False
    head = lex.tags.get(word[:2])
    if head in ("v", "a", "ad", "d", WEAK_PLACE):
        return lex.freq.get(word[:2], 0) > 300 and word[-1] not in ADMIN_SUFFIX
    return (
        head in ("n", "r", "vn")
        and lex.freq.get(word[:2], 0) > 100
        and not word.endswith(_LANDFORMS)
    )
