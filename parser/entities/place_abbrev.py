"""Short forms of countries across words: pairs and lists (韩中两国, 巴以和谈, 中、埃建交)
and a lone initial standing for a country named in full before (南斯拉夫 … 南将).

The news writes two states that deal with each other by one character each, right before
the word for their dealings (两国 关系 建交 谈判 双方 …); People's Daily NER data labels
every character as a place. jieba cuts such runs every which way (埃/中/两国, 中意/两国,
韩建交), so the rule reads the characters of the text, not its words. Less common short
forms (布 for Burundi, 埃 for Egypt) count when a common one (中, 美) is in the same run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from parser.entities.world import COUNTRIES

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token


# Short forms that stand for a state or a region on their own in news prose.
CORE_SHORT_FORMS = frozenset("中美日俄英法德意韩朝印巴以越泰菲缅澳加港台欧")
# Short forms that are ordinary characters too: places only beside a core one.
OTHER_SHORT_FORMS = frozenset(
    "阿叙伊埃约黎土希荷比瑞挪丹芬波匈捷罗保乌蒙哈新马柬老尼孟墨古哥秘智委布奥非亚拉葡西"
)
_SHORT = "".join(sorted(CORE_SHORT_FORMS | OTHER_SHORT_FORMS))
# What two (or more) states have together: the words that follow the run.
RELATION_WORDS = (
    *("两国", "三国", "四国", "双方", "三方", "关系", "建交", "谈判", "和谈", "会谈", "首脑"),
    *("边界", "边境", "友好", "合作", "贸易", "经贸", "之间", "战争", "冲突", "争端", "对话"),
    *("高层", "外长", "联合", "协定", "条约", "和约", "峰会", "交流", "友谊", "两军"),
)
_RUN = re.compile(rf"[{_SHORT}](?:、?[{_SHORT}])+(?=(?:{'|'.join(RELATION_WORDS)}))")
# 以 opens a run only for the pairs it makes (巴以, 以阿): elsewhere it is "with, by".
_AFTER_YI = frozenset("巴阿叙黎埃")
# 中、希 + 在航运…: short forms listed with 、 and no relation word after them.
_LIST = re.compile(rf"[{_SHORT}](?:、[{_SHORT}])+")
PAIR_CONFIDENCE = 1.3


def paired_short_forms(text: str, lex: Lexicon) -> Iterator[Candidate]:
    """Each character of a run of short forms before a relation word (中美关系, 中、埃建交)."""
    for m in _RUN.finditer(text):
        yield from _run_places(text, m.start(), m.end(), lex)
    if "、" in text:
        for m in _LIST.finditer(text):
            start, end = m.start(), m.end()
            # 中、英文: the last character starts a word of its own; 德、智、体: the list
            # goes on with things that are not states.
            if (
                text[end - 1 : end + 1] not in lex.tags
                and text[end : end + 1] != "、"
                and text[start - 1 : start] != "、"
            ):
                yield from _run_places(text, start, end, lex)


def _run_places(text: str, start: int, end: int, lex: Lexicon) -> Iterator[Candidate]:
    chars = [i for i in range(start, end) if text[i] != "、"]
    # 今日 + 美日关系, 所以 + 中美: a word before the run took its first character.
    first = chars[0]
    if first > 0 and text[first - 1 : first + 1] in lex.tags:
        chars = chars[1:]
    if len(chars) >= 2 and text[chars[0]] == "以" and text[chars[1]] not in _AFTER_YI:
        chars = chars[1:]
    if len(chars) < 2 or not any(text[i] in CORE_SHORT_FORMS for i in chars):
        return
    if len(chars) == 2 and chars[1] == chars[0] + 1:
        pair = text[chars[0] : chars[1] + 1]
        if lex.tags.get(pair) == "ns" and lex.freq.get(pair, 0) >= 100:
            return  # 巴黎 + 协定, 中亚: one place jieba knows well, not two states
    for i in chars:
        yield (i, i + 1, "place", PAIR_CONFIDENCE)


def _country_initials() -> dict[str, tuple[str, ...]]:
    initials: dict[str, list[str]] = {}
    for name in COUNTRIES:
        initials.setdefault(name[0], []).append(name)
    return {c: tuple(names) for c, names in initials.items()}


_COUNTRY_INITIALS = _country_initials()
LONE_TAGS = frozenset(("ns", "j"))  # a lone place character, or one jieba calls a short form


def lone_short_form(text: str, tok: Token) -> Iterator[Candidate]:
    """南 in 南斯拉夫…南将继续谈判, 马 in 马来西亚…马政府: a lone character jieba tags as a place
    or a short form, opening the name of a country the same text spells out in full.
    The news names a country once in full and then by its first character."""
    if tok.tag not in LONE_TAGS:
        return
    names = _COUNTRY_INITIALS.get(tok.word)
    if names is None:
        return
    for name in names:
        at = text.find(name)
        while at >= 0:
            if at != tok.start:
                yield (tok.start, tok.end, "place", 1.2)
                return
            at = text.find(name, at + 1)
