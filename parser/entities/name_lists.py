"""Lists of things: a 、 list whose other items are plain words names no people.

A list mark is evidence for a name only when the list is one of people. In 苍鹭、白鹭,
松树、杨树 or 亲水、近水、乐水 the neighbouring item is an ordinary word that starts with no
surname and shares the candidate's last character (the head of a compound: 鹭, 树, 水),
so the candidate is another kind of the same thing, whatever jieba's tags say.
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


def in_thing_list(tokens: Sequence[Token], i: int, j: int, name: str, lex: Lexicon) -> bool:
    """Is tokens[i:j] (two characters) next to a list item of the same kind?"""
    if len(name) != 2:
        return False
    if i >= 2 and tokens[i - 1].word == "、":
        before = "".join(t.word for t in tokens[max(0, i - 3) : i - 1])[-2:]
        if _thing_like(before, name, lex):
            return True
    if j + 1 < len(tokens) and tokens[j].word == "、":
        after = "".join(t.word for t in tokens[j + 1 : j + 3])[:2]
        if _thing_like(after, name, lex):
            return True
    return False
