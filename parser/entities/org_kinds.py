"""Spans that end like an organisation but name a class of units or a state of affairs.

美国公司 (American companies), 中国电视台 (Chinese television), 西藏部队 (the troops in
Tibet) and 美国第一大银行 (America's biggest bank) describe, and 意大利政局 is a state of
affairs: they name no body, and People's Daily NER data labels only the place in them.
"""

from __future__ import annotations

import re

from parser.entities.world import COUNTRIES

# Units that a country's name before them turns into a class (美国公司, 中国大学); not 银行:
# 中国银行 and 瑞士银行 are banks of those names.
_NATIONAL_KINDS = ("公司", "企业", "电视台", "电台", "大学", "报纸", "医院", "学校")
# Units that any place's name before them turns into a class (西藏部队, 中国边防部队).
_STATIONED_KINDS = ("部队", "边防部队", "驻军", "军队")
# A rank among its kind: 第一大银行, 第三大公司.
_RANK = re.compile(r"第[一二三四五六七八九十]+大")
_STATES = frozenset(("中国", *COUNTRIES))
_STATE_LENGTHS = sorted({len(s) for s in _STATES})


def describes_a_kind(name: str, place: str | None = None) -> bool:
    """True when ``name`` (an org reading) is a country's or a place's units as a class.

    ``place`` is the leading place word of the reading, when it has one.
    """
    if _RANK.search(name):
        return True
    if place is None:
        place = next((name[:n] for n in _STATE_LENGTHS if name[:n] in _STATES), None)
        if place is None:
            return False
    rest = name[len(place) :]
    if place in _STATES and rest in _NATIONAL_KINDS:
        return True
    return rest in _STATIONED_KINDS or rest == "政局"  # 俄罗斯政局: its politics
