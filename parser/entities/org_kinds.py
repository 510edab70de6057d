"""Spans that end like an organisation but name a class of units or a state of affairs.

美国公司 (American companies), 中国电视台 (Chinese television), 西藏部队 (the troops in
Tibet) and 美国第一大银行 (America's biggest bank) describe, and 意大利政局 is a state of
affairs: they name no body, and People's Daily NER data labels only the place in them.
"""

from __future__ import annotations

import re

from parser.entities.place_tokens import STATES

# Units that a country's name before them turns into a class (美国公司, 中国大学); not 银行:
# 中国银行 and 瑞士银行 are banks of those names.
_NATIONAL_KINDS = ("公司", "企业", "电视台", "电台", "大学", "报纸", "医院", "学校")
# Units that any place's name before them turns into a class (西藏部队, 中国边防部队).
_STATIONED_KINDS = ("部队", "边防部队", "驻军", "军队")
# A rank among its kind: 第一大银行, 第三大公司.
_RANK = re.compile(r"第[一二三四五六七八九十]+大")
_STATE_LENGTHS = sorted({len(s) for s in STATES})


# Centres that are sites, which People's Daily labels places (香港展览中心, 约翰逊太空中心).
_SITE_CENTRES = ("展览中心", "会展中心", "太空中心", "航天中心", "发射中心")


def is_site(name: str) -> bool:
    """香港展览中心, 肯尼迪航天中心: a centre that is a site (a place), not a body."""
    return name.endswith(_SITE_CENTRES) and len(name) > 4


def site_start(name: str) -> int:
    """Where the site's own name starts: after a leading country (美国 + 肯尼迪航天中心)."""
    n = next((n for n in _STATE_LENGTHS if name[:n] in STATES), 0)
    return n if len(name) - n > 4 else 0


def describes_a_kind(name: str, place: str | None = None) -> bool:
    """True when ``name`` (an org reading) is a country's or a place's units as a class.

    ``place`` is the leading place word of the reading, when it has one.
    """
    if _RANK.search(name) or is_site(name):
        return True
    if place is None:
        place = next((name[:n] for n in _STATE_LENGTHS if name[:n] in STATES), None)
        if place is None:
            return False
    rest = name[len(place) :]
    if place in STATES and rest in _NATIONAL_KINDS:
        return True
    return rest in _STATIONED_KINDS or rest == "政局"  # 俄罗斯政局: its politics
