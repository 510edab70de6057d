"""Firms listed by their short names before what they are: 华西、双良、申达等一大批乡镇企业.

The news names companies by a brand or short name (用友, 金山, 四通利方) that no
dictionary knows; a 、 list of such names closed by 等 (or 以及) and a word for firms
(企业, 公司, 厂商) says what each item is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parser.entities.tagger import Candidate, Token

LISTED_FIRM_CONFIDENCE = 1.5
_ITEM = r"[\u4e00-\u9fff]{2,6}"
# A 、 list, 等 or 以及, at most ten characters of description, then a word for firms.
_FIRM_LIST = re.compile(
    rf"(?P<items>(?:{_ITEM}、)+{_ITEM})(?:等|以及)(?P<gap>[^，。；、]{{0,10}}?)"
    r"(?:企业|公司|厂商|厂家|集团)"
)
_CLOSER = re.compile(r"(?:等|以及)[^，。；、]{0,10}?(?:企业|公司|厂商|厂家|集团)")
# Descriptions that make the items trades, not firms (纺织、煤炭等困难行业亏损企业).
# … and 各类/各种 (加工制造、保税物流等各类企业: kinds of business, not firms).
_TRADE_WORDS = ("行业", "产业", "领域", "部门", "各类", "各种", "多种", "类型")
# Words a first item cannot start with (尤其是 + 英特尔): verbs, adverbs, particles.
_NOT_OPENING_TAGS = frozenset(("v", "d", "p", "c", "u", "uj", "r", "m", "q", "f"))


def listed_firms(text: str, tokens: Sequence[Token]) -> Iterator[Candidate]:
    """Each item of a 、 list of short names closed by 等 … 企业/公司/厂商."""
    if _CLOSER.search(text) is None:
        return  # the common case, decided without matching the list
    for m in _FIRM_LIST.finditer(text):
        if any(w in m.group("gap") for w in _TRADE_WORDS):
            continue
        starts = {t.start: t.tag for t in tokens}
        at = m.start("items")
        items = m.group("items").split("、")
        for n, item in enumerate(items):
            start, end = at, at + len(item)
            at = end + 1
            if n == 0:  # 尤其是英特尔: the first item begins at its last few words
                start = next(
                    (
                        s
                        for s in range(max(start, end - 4), end - 1)
                        if starts.get(s, "v") not in _NOT_OPENING_TAGS
                    ),
                    -1,
                )
                if start < 0:
                    continue
            if not 2 <= end - start <= 4 or text[start] in "小大":
                continue  # 小炼焦: a kind of works, not a firm's name
            yield (start, end, "org", LISTED_FIRM_CONFIDENCE)
