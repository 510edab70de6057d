"""Context shared by the person rules: titles before a name, words after it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from parser.entities.resources import AFTER_NAME, OWNER_TITLES, PERSON_TITLES, RELATION_WORDS

if TYPE_CHECKING:
    from parser.entities.tagger import Token

TITLES = frozenset((*PERSON_TITLES, *RELATION_WORDS, *OWNER_TITLES))
AFTER = frozenset(AFTER_NAME)
# Where a person stands in a photo, as captions say it: 王昆（左）, 李明（右二）.
_PHOTO_POSITIONS = frozenset(
    ("左", "中", "右", "左一", "左二", "左三", "右一", "右二", "右三", "前排", "后排")
)
PHOTO_POSITION_BONUS = 1.0
_TITLE_ENDINGS = (*(t for t in PERSON_TITLES if len(t) >= 2), "长", "员", "记")

# A name-like word before a noun modifies it (夏播作物, 阿尔法磁谱仪), unless the noun names
# a person (院士, 教授, 选手): the last characters of such nouns.
NOUN_AFTER_PENALTY = 0.8
PERSON_NOUN_FINALS = frozenset("士师家手员长授")


# Words ending like a title (长, 记, 员) that name no one: verbs (增长, 登记, 动员),
# adjectives (漫长), and nouns for growth, writings and skills.
_NOT_TITLE_TAGS = frozenset(("v", "vn", "a", "ad", "d"))
_NOT_TITLES = frozenset(("生长", "日记", "笔记", "游记", "传记", "专长", "特长", "印记"))


def title_before(tokens: Sequence[Token], i: int) -> bool:
    if i == 0:
        return False
    prev = tokens[i - 1].word
    if prev == "号" and i >= 2 and tokens[i - 2].word.isdigit():
        return True  # 7号穆勒: a player by his shirt number
    return (
        prev in TITLES
        or (
            len(prev) >= 2
            and prev.endswith(_TITLE_ENDINGS)
            and tokens[i - 1].tag not in _NOT_TITLE_TAGS
            and prev not in _NOT_TITLES
        )
        or (len(prev) >= 3 and prev[-1] == "人" and tokens[i - 1].tag == "n")  # 肢残人, 发言人
    )


# Words that count or gather the people just named (一行 "and party", 二人 "the two").
_GROUP_AFTER = frozenset(("一行", "等人", "二人", "两人", "三人", "夫妇", "父子", "母女", "兄弟"))
GROUP_AFTER_BONUS = 1.2


def context_after(tokens: Sequence[Token], j: int) -> float:
    """Evidence from what follows a candidate that ends before token ``j``."""
    if j >= len(tokens):
        return 0.2
    nxt = tokens[j].word
    if nxt in _GROUP_AFTER or (nxt == "等" and j + 1 < len(tokens) and tokens[j + 1].word == "人"):
        return GROUP_AFTER_BONUS  # 迪亚等人, 某某一行, 张三、李四二人: only people
    if nxt in AFTER:
        return 0.6
    if nxt in ("（", "(") and j + 2 < len(tokens) and tokens[j + 1].word in _PHOTO_POSITIONS:
        return PHOTO_POSITION_BONUS  # 王昆（左）: a caption says where the person stands
    if nxt in ("、", "，", "。", "）", "）", "；", "："):
        return 0.3
    return 0.0
