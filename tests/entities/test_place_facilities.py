"""Bridges, railways and tunnels named after a place or a name are places with that name.

Sentences written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest
from entity_helpers import places_in


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("游客们在泸定大桥上拍照。", ["泸定大桥"]),
        ("重庆朝天门大桥去年通车。", ["重庆", "朝天门大桥"]),
        ("川藏公路穿越横断山区。", ["川藏公路", "横断山区"]),
    ],
)
def test_a_facility_with_its_name_is_one_place(text: str, places: list[str]) -> None:
    assert places_in(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("国家决定修建兰州至西宁铁路。", ["兰州", "西宁"]),  # from one place to another
        ("他们为中国铁路建设作出了贡献。", ["中国"]),  # a country's railways
        ("大家走上了康庄大道。", []),  # an idiom
    ],
)
def test_no_facility_place_for_routes_countries_and_idioms(text: str, places: list[str]) -> None:
    assert places_in(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("代表们在人民大会堂出席开幕式。", ["人民大会堂"]),
        ("画展在中国美术馆和徐悲鸿艺术馆同时开幕。", ["中国美术馆", "徐悲鸿艺术馆"]),
        ("博览会在深圳会展中心举行。", ["深圳会展中心"]),
        ("车展将在上海展览中心举办。", ["上海展览中心"]),
    ],
)
def test_halls_and_exhibition_centres_are_places(text: str, places: list[str]) -> None:
    assert places_in(text) == places


def test_a_trade_town_with_its_place_is_one_place() -> None:
    assert places_in("代表团参观了酒泉航天城。") == ["酒泉航天城"]
