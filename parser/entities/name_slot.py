"""Person slots: contexts where news prose puts a name, whatever the name spells.

A title before and a list mark or a verb of saying after (副院长X、…, 总裁X等, X说) leave
little room for anything but a person. There the context may outweigh what jieba's
dictionary says about the reading (杜甫 and 于洋 are dictionary words, some three-character
names are listed as nouns) and what the given-name statistics say about odd characters
(吴和平, 赵名扬).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from parser.entities.context import title_before

if TYPE_CHECKING:
    from parser.entities.tagger import Token

# Verbs of saying and stating: their subject is a person (X说, X指出).
SPEECH_VERBS = frozenset(
    (
        "说", "指出", "表示", "强调", "认为", "介绍", "告诉", "透露", "坦言", "回忆", "说道",
        "写道", "答道", "问道", "笑着说", "解释", "谈到", "宣布", "呼吁", "承认",
    )
)  # fmt: skip
# What may close a name that follows a title: a list mark, the end of a clause, 等.
_CLOSERS = frozenset(("、", "，", "。", "；", "：", "）", "等", "和", "及", "与", "”"))
# Words after a title + name that keep the slot open (副主任X参加了…, 军长X及…).
_SLOT_VERBS = frozenset(("参加", "出席", "主持", "会见", "陪同", "率", "率领", "一行", "等人"))
# Nouns for what only a person has: the possessor before them is a person.
_PERSON_THINGS = frozenset(
    ("生平", "故居", "诞辰", "遗体", "遗像", "遗孀", "铜像", "塑像", "雕像", "自传", "传记", "生前")
)
_CLAUSE_OPEN = frozenset(("，", "。", "；", "：", "！", "？", "“", "（", "、"))

STRONG = 2  # title before and a closer after, or the subject of a verb of saying
WEAK = 1  # one side only: a title before or a verb of saying after


def slot_strength(tokens: Sequence[Token], i: int, j: int) -> int:
    """How strongly the context of tokens[i:j] asks for a person (0, WEAK or STRONG)."""
    nxt = tokens[j].word if j < len(tokens) else "。"
    says = nxt in SPEECH_VERBS
    titled = title_before(tokens, i)
    if titled and (nxt in _CLOSERS or says or nxt in _SLOT_VERBS or nxt.startswith(_WHEN)):
        return STRONG  # 国务委员X今天上午…: news gives the time right after the name
    clause_start = i == 0 or tokens[i - 1].word in _CLAUSE_OPEN
    if says and (clause_start or titled):
        return STRONG
    if nxt in _PERSON_THINGS:
        return STRONG  # 韩信生平, X故居: what only a person has
    if titled or says or nxt in _RANKS or (len(nxt) >= 2 and nxt[-1] == "长" and nxt != "成长"):
        return WEAK  # X委员长, 岳飞校长: a rank after the name (not 发言人, 姑娘)
    return 0


_RANKS = frozenset(
    ("主席", "副主席", "总理", "副总理", "总书记", "书记", "总统", "首相", "元帅", "将军", "院士")
)


_WHEN = ("今天", "昨天", "明天", "前天", "日前", "近日", "当天", "当日", "今年", "去年")
