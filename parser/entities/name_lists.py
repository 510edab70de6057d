"""Lists of things: a 、 list whose other items are plain words names no people.

A list mark is evidence for a name only when the list is one of people. In 苍鹭、白鹭,
松树、杨树 or 亲水、近水、乐水 the neighbouring item is an ordinary word that starts with no
surname and shares the candidate's last character (the head of a compound: 鹭, 树, 水),
so the candidate is another kind of the same thing, whatever jieba's tags say. Parallel
phrases opened by the members of a series (春生、夏长) are no names either.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Token

THING_LIST_PENALTY = 2.0
COMMON_ITEM_FREQ = 100  # 柏树 opens with a surname but is a common word


def _thing_like(item: str, name: str, lex: Lexicon) -> bool:
    """Two characters that are no name (no surname opens them, or they are a common word)
    and share the head of ``name`` (鹭 in 苍鹭 beside 白鹭)."""
    return (
        len(item) == 2
        and item != name
        and item[-1] == name[-1]
        and "\u4e00" <= item[0] <= "\u9fff"
        and (item[0] not in lex.surname_weight or lex.freq.get(item, 0) >= COMMON_ITEM_FREQ)
    )


# Closed series whose members open parallel phrases in a list (春生、夏长、秋收、冬藏;
# 东进、西出): a surname-like member (夏, 南) opens one more phrase of the series.
_SERIES = ("春夏秋冬", "东南西北")


def _same_series(item: str, name: str) -> bool:
    """``item`` opens with another member of the series ``name`` opens with."""
    return (
        len(item) == 2
        and item[0] != name[0]
        and any(name[0] in series and item[0] in series for series in _SERIES)
    )


def in_thing_list(tokens: Sequence[Token], i: int, j: int, name: str, lex: Lexicon) -> bool:
    """Is tokens[i:j] (two characters) next to a list item of the same kind?"""
    if len(name) != 2:
        return False
    if i >= 2 and tokens[i - 1].word == "、":
        before = "".join(t.word for t in tokens[max(0, i - 3) : i - 1])[-2:]
        if _thing_like(before, name, lex) or _same_series(before, name):
            return True
    if j + 1 < len(tokens) and tokens[j].word == "、":
        after = "".join(t.word for t in tokens[j + 1 : j + 3])[:2]
        if _thing_like(after, name, lex) or _same_series(after, name):
            return True
    return False


# The twelve animals of the zodiac, and the words of the year that they name (金鼠新春,
# 辞旧岁迎金猴年): 金 or 银 + an animal there is the year, not a person.
_ZODIAC = frozenset("鼠牛虎兔龙蛇马羊猴鸡狗猪")
_YEAR_WORDS = frozenset(("年", "新春", "新年", "春节", "之年", "岁", "贺岁", "年画"))


def zodiac_year(tokens: Sequence[Token], j: int, name: str) -> bool:
    """Is ``name`` (ending before tokens[j]) an animal of the zodiac naming a year?"""
    return (
        len(name) == 2 and name[1] in _ZODIAC and j < len(tokens) and tokens[j].word in _YEAR_WORDS
    )
