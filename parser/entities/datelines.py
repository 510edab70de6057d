"""Datelines and bylines inside running text: sure evidence for a place and for names.

``本报内罗毕5月28日电`` and ``据新华社堪培拉4月28日电`` name the place the story was filed
from; ``记者王立新、赵春明报道`` and ``电（孙海涛、李文）`` name the reporters. Such
openings are news style, not lists of names, so they hold for any edition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from parser.entities.lexicon import lexicon
from parser.entities.world import COUNTRIES, INTERNATIONAL_BODIES

if TYPE_CHECKING:
    from parser.entities.tagger import Candidate


DATELINE_CONFIDENCE = 3.0  # the dateline's place beats any reading of its characters as a name
BYLINE_CONFIDENCE = 3.0

_DIGITS = "0-9０-９一二三四五六七八九十〇○"
_DATELINE = re.compile(
    rf"(?:本报|新华社|中新社|人民网|据新华社|据中新社)"
    rf"(?P<place>[\u4e00-\u9fff]{{2,6}}?)"
    rf"(?:[{_DIGITS}]{{1,3}}月[{_DIGITS}]{{1,3}}日)(?:电|讯)"
)
# 记者周明、本报记者吴建华报道 / 记者王立新、赵春明报道: names between 记者 and 报道.
_BYLINE = re.compile(
    r"(?:记者|通讯员|实习生)(?P<names>[\u4e00-\u9fff·]{2,4}"
    r"(?:[、 　](?:(?:本报|新华社)?(?:记者|通讯员|实习生))?[\u4e00-\u9fff·]{2,4}){0,4})"
    r"(?:报道|摄)"
)
# 日电（孙海涛、李文）: reporters in brackets right after a dateline.
_BRACKETED = re.compile(r"日(?:电|讯)[（(](?:记者)?(?P<names>[\u4e00-\u9fff、 　]{2,30}?)[）)]")
_ROLE_WORDS = re.compile(r"(?:本报|新华社)?(?:记者|通讯员|实习生)")


# Weather tables: 北京晴转多云19℃／32℃天津雷阵雨…: a city before each forecast.
_WEATHER = re.compile(
    r"(?:^|(?<=℃)|(?<=[，；、\s]))(?P<place>[\u4e00-\u9fff]{2,6}?)"
    r"(?=(?:晴|多云|阴|小雨|中雨|大雨|暴雨|阵雨|雷阵雨|小雪|中雪|大雪|阵雪|雨夹雪|雾)"
    r"[\u4e00-\u9fff]{0,6}-?\d{1,2}℃)"
)
WEATHER_CONFIDENCE = 2.0


def dateline_candidates(text: str) -> Iterator[Candidate]:
    """The dateline's place, the byline's reporters and weather-table cities in ``text``."""
    if "℃" in text:
        for m in _WEATHER.finditer(text):
            yield (m.start("place"), m.end("place"), "place", WEATHER_CONFIDENCE)
    if "电" in text or "讯" in text:
        for m in _DATELINE.finditer(text):
            yield from _dateline_places(m.group("place"), m.start("place"))
        for m in _BRACKETED.finditer(text):
            yield from _names(m.group("names"), m.start("names"))
    if "报道" in text or "摄" in text:
        for m in _BYLINE.finditer(text):
            yield from _names(m.group("names"), m.start("names"))


def _dateline_places(place: str, at: int) -> Iterator[Candidate]:
    """本报法国里昂 → 法国 + 里昂, 本报浙江绍兴 → 浙江 + 绍兴: a country or province
    before the city is a place of its own; 本报联合国 files from an organisation."""
    if place in INTERNATIONAL_BODIES:
        yield (at, at + len(place), "org", DATELINE_CONFIDENCE)
        return
    if len(place) >= 4 and place not in lexicon().tags:  # 巴西利亚 is one city
        for cut in range(2, len(place) - 1):
            head = place[:cut]
            if head in COUNTRIES or head in _PROVINCES:
                yield (at, at + cut, "place", DATELINE_CONFIDENCE)
                yield (at + cut, at + len(place), "place", DATELINE_CONFIDENCE)
                return
    yield (at, at + len(place), "place", DATELINE_CONFIDENCE)


# China's provinces and autonomous regions by their usual names (浙江 before 绍兴).
_PROVINCE_NAMES = """河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东
    海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆"""
_PROVINCES = frozenset(_PROVINCE_NAMES.split())


def _names(run: str, offset: int) -> Iterator[Candidate]:
    """Each name of ``周明、本报记者吴建华``: the parts between separators and role words."""
    pos = 0
    for part in re.split(r"([、 　])", run):
        if part and part not in "、 　":
            role = _ROLE_WORDS.match(part)
            skip = role.end() if role else 0
            name = part[skip:]
            if 2 <= len(name) <= 4:
                yield (offset + pos + skip, offset + pos + len(part), "person", BYLINE_CONFIDENCE)
        pos += len(part)
