"""Datelines that name a country or province before the city, and datelines from a body.

Sentences written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest
from entity_helpers import spans_in


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("本报法国里昂3月2日电 当地举行灯光节。", [("法国", "place"), ("里昂", "place")]),
        ("本报浙江绍兴4月8日电 黄酒节开幕。", [("浙江", "place"), ("绍兴", "place")]),
        ("本报布宜诺斯艾利斯5月1日电 展览开幕。", [("布宜诺斯艾利斯", "place")]),
    ],
)
def test_a_country_or_province_before_the_city_is_a_place_of_its_own(
    text: str, places: list[tuple[str, str]]
) -> None:
    assert spans_in(text)[: len(places)] == places


def test_a_dateline_from_an_international_body_names_an_organisation() -> None:
    assert spans_in("本报联合国2月3日电 大会通过决议。")[0] == ("联合国", "org")
