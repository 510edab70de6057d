"""Where an organisation's name ends: at a suffix word (局, 委员会, 公司, 队 …).

A word ending like a body does not always end one: a title glued to its office ends the
office before the title (财政部长 → 财政部, 市委书记 → 市委), a common word that merely
ends like an office (部署, 社会) ends nothing, and jieba's tag says whether a rare or
abbreviated word (禁毒署, 港澳办) is an office. The suffix kinds below also tell
org_growth how much a name needs before each kind of suffix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parser.entities.org_words import (
    NOT_ORG_ENDINGS,
    OFFICE_TITLES,
    ORG_SUFFIX,
    ORG_SUFFIX_SET,
    TITLE_MODIFIERS,
    TITLE_WORDS,
)
from parser.entities.resources import ORG_SUFFIXES, STANDALONE_ORGS

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Token

# Suffixes that name an office on their own once preceded by a few words (应急管理部).
OFFICE_SUFFIXES = ("部", "局", "厅", "署", "委员会", "办公室", "办公厅")
COMPANY_SUFFIXES = ("公司", "集团")
# Bodies named after a person or a brand jieba reads as one (宝马公司, 科利华集团, 梅森大学),
# unlike an office a person sits in (刘延宇 + 办公室).
NAMED_AFTER_SUFFIXES = ("公司", "集团", "大学", "学院", "基金会", "委员会")
# Endings that make one dictionary word a unit (市教委, 水泥厂, 社会学系).
ONE_WORD_UNITS = ("委", "学系", "文系", "理系", "史系")
# Units named by plain words (矿渣厂, 招商引资团): the news labels them organisations.
UNIT_SUFFIXES = ("团", "工会", "法庭", "协会", "学会", "俱乐部", "研究所", "集训队", "代表队")
PRESS_SUFFIXES = ("报社", "杂志社", "出版社", "通讯社", "电视台", "广播电台")
# Party and union units named after the place or unit they serve (站党委, 乡党委).
UNIT_BODIES = ("党委", "党组", "党支部", "支部", "团支部", "工会", "纪委", "团委")
# A title glued to its office: 财政部长 → 财政部, 澳门日报社长 → 澳门日报社.
_HEAD_TITLES = {"长": frozenset("部局厅社院行校署站台团队所")}
NUMERALS = frozenset("一二三四五六七八九十〇")  # 北京九十中学: a school's number
_BALL_SPORTS = frozenset("网篮排足垒手冰水棒橄")
_LONG_SUFFIXES = tuple(x for x in ORG_SUFFIX if len(x) >= 2)
# Last characters of every word that may end a name: the cheap first test of suffix_end.
SUFFIX_FINALS = frozenset(s[-1] for s in (*ORG_SUFFIXES, *OFFICE_TITLES, "长", "组织"))


def suffix_end(tok: Token, prev: Token | None, lex: Lexicon) -> int | None:
    """Where an organisation ending in this word ends, or None when it does not end one."""
    w = tok.word
    if w[-1] not in SUFFIX_FINALS:
        return None  # the common case, decided cheaply
    if w in ORG_SUFFIX_SET:
        return tok.end
    if len(w) >= 2 and w[-1] == "长" and w[-2] in _HEAD_TITLES["长"] and w[0] != "副":
        if len(w) > 3 and w[-3] == w[-2]:
            return tok.end - 2  # 银行行长 → 银行
        if len(w) > 2:
            return tok.end - 1  # 财政部长
        if (
            prev is not None
            and prev.tag in ("n", "nz", "vn", "j")
            and prev.word[-1] != w[0]
            and prev.word not in TITLE_MODIFIERS
        ):
            return tok.end - 1  # 农林 + 部长; not 代表团 + 团长 or 副 + 部长
        return None
    for title in OFFICE_TITLES:
        head = w[: -len(title)]
        if (
            len(head) >= 2
            and w.endswith(title)
            and (head in STANDALONE_ORGS or head.endswith(ORG_SUFFIX))
        ):
            return tok.end - len(title)  # 市委书记 → 市委, 党组书记 → 党组
    if w in TITLE_WORDS or w.endswith(NOT_ORG_ENDINGS):
        return None  # 常委, 委员: a title, not an office
    if len(w) >= 3 and tok.tag == "nr" and w.endswith(OFFICE_SUFFIXES):
        return tok.end  # 宣传部: jieba lists a few offices as names
    if w == "球队" and prev is not None and prev.word in _BALL_SPORTS:
        return tok.end  # 网 + 球队: jieba cuts 网球队 after the sport's first character
    if lex.freq.get(w, 0) > 2000 and tok.tag != "nt":
        return None  # a common word that merely ends like one (部署, 社会)
    if len(w) >= 2 and tok.tag in ("n", "nt", "nz", "") and w.endswith(ORG_SUFFIX):
        return tok.end
    if (
        len(w) >= 3
        and w.endswith(("署", "局"))
        and tok.tag in ("v", "vn", "n", "nz", "")
        and lex.freq.get(w, 0) < 500
    ):
        return tok.end  # 禁毒署: jieba calls a rare office a verb
    if tok.tag == "nt" and w.endswith("组织") and len(w) >= 4:
        return tok.end  # 泛美 + 卫生组织: a named body grows over the names before it
    if tok.tag in ("l", "j") and w.endswith(_LONG_SUFFIXES):
        return tok.end  # 交流中心 (l), 港澳办公室 (j): only unambiguous suffixes
    if tok.tag == "j" and len(w) >= 2 and w[-1] in "办局部委厅署协联" and w[0] not in NUMERALS:
        return tok.end  # 港澳办, 国台办: an office's short name, grown like any other
    return None


def stem(word: str) -> str:
    """The word without its organisation suffix (古巴队 → 古巴)."""
    for suffix in ORG_SUFFIX:
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word
