"""Common phrases jieba tags as places, and kinds of zones, are no places.

Sentences written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest
from entity_helpers import places_in


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        ("这项政策惠及许多港口城市。", "港口城市"),
        ("他参加了今年的成人高考。", "成人高考"),
        ("这里是地方病的高发区。", "高发区"),
        ("他研究经济特区的发展道路。", "经济特区"),
        ("通知下发到各省、自治区、直辖市。", "自治区"),
    ],
)
def test_common_phrases_and_zone_kinds_are_no_places(text: str, not_place: str) -> None:
    assert not_place not in places_in(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("科考队穿越了黄土高原。", "黄土高原"),  # a landform keeps its common-noun head
        ("西安市碑林区举办书法展。", "碑林区"),  # a district after its city
    ],
)
def test_named_landforms_and_districts_stay_places(text: str, place: str) -> None:
    assert place in places_in(text)


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        ("货物已经通过海关检查。", "海关"),
        ("我们坐巴士去机场。", "巴士"),
        ("游客乘索道上山。", "上山"),
    ],
)
def test_common_nouns_jieba_tags_as_places_are_no_places(text: str, not_place: str) -> None:
    assert not_place not in places_in(text)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("船队驶入珠江口。", ["珠江"]),  # a river's mouth is the river
        ("会议讨论了东部非洲的发展。", ["非洲"]),
        ("沙特阿拉伯宣布增产。", ["沙特阿拉伯"]),  # one state, not split
    ],
)
def test_place_words_jieba_lists_whole_are_labelled_in_parts(text: str, places: list[str]) -> None:
    assert places_in(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("他们刚从湘西考察回来。", ["湘"]),  # a province's short form and a direction
        ("陕西的苹果今年丰收。", ["陕西"]),  # a province's own name
    ],
)
def test_a_province_short_form_with_a_direction_is_the_province(
    text: str, places: list[str]
) -> None:
    assert places_in(text) == places
