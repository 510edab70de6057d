"""Bodies and units named in quotation marks: “帐篷小学”, 韩国“小天使”艺术团, “青岛”号驱逐舰.

A quoted name that ends like a body is one; a quoted name followed by the kind of unit
it names (a troupe, a team, a vessel) is that unit, with a place right before the marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.org_press import enclosed, region_before
from parser.entities.place_tokens import is_place_token

if TYPE_CHECKING:
    from parser.entities.tagger import Candidate, Token

QUOTED_CONFIDENCE = 1.7
# Endings that make a quoted name a body (“帐篷小学”, “希望工程办公室”).
_QUOTED_ENDINGS = (
    *("小学", "中学", "学校", "公司", "集团", "协会", "学会", "俱乐部", "艺术团", "合唱团"),
    *("乐团", "剧团", "工作室", "研究会", "基金会", "联合会", "委员会", "办公室", "银行", "医院"),
    *("局", "署", "领导小组", "工作组", "研究所", "研究院", "中心", "联盟", "党"),
)


def quoted_bodies(text: str) -> Iterator[Candidate]:
    """“帐篷小学”: a name in quotation marks that ends like a body is one organisation."""
    for start, end in enclosed(text, "“", "”"):
        name = text[start:end]
        if 3 <= len(name) <= 14 and name.endswith(_QUOTED_ENDINGS):
            yield (start, end, "org", QUOTED_CONFIDENCE)


# A named vessel: “青岛”号导弹驱逐舰, “发现”号航天飞机 (People's Daily labels it an org).
_VESSEL = re.compile(
    r"“[^“”]{1,12}”号[\u4e00-\u9fff]{0,6}?(?:船|舰|艇|航天飞机|飞船|潜艇|客轮|货轮|油轮)"
)
# A body named in quotation marks with its kind after them: “小天使”艺术团.
_QUOTED_UNIT = re.compile(  # not “…杯”冠军, nor “灵魂”队员
    r"“[^“”]{1,12}”[\u4e00-\u9fff]{0,4}?(?:艺术团|考察团|代表团|乐团|剧团|队|(?<![冠亚季])军)(?![员长])"
)
QUOTED_UNIT_CONFIDENCE = 1.8


def quoted_units(text: str, tokens: Sequence[Token]) -> Iterator[Candidate]:
    """“世昌”号综合训练舰, 韩国“小天使”艺术团: a quoted name and the kind of unit it names.

    A place right before the marks belongs to the unit (韩国 + “小天使”艺术团).
    """
    if "”号" in text:
        for m in _VESSEL.finditer(text):
            yield (m.start(), m.end(), "org", QUOTED_UNIT_CONFIDENCE)
    ends: dict[int, int] | None = None
    for m in _QUOTED_UNIT.finditer(text):
        if ends is None:
            ends = {tok.end: i for i, tok in enumerate(tokens)}
        i = ends.get(m.start())
        start = region_before(tokens, i)
        while start is not None and i and is_place_token(tokens[i - 1]):
            i -= 1  # 德国 + 法西斯 + “乌斯塔夏”军
            start = tokens[i].start
        yield (m.start() if start is None else start, m.end(), "org", QUOTED_UNIT_CONFIDENCE)
