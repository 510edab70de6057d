"""Short forms of states as places: pairs before relation words, 、 lists, 华侨 and 侵华.

Sentences written for these tests, not taken from any corpus.
"""

from __future__ import annotations

import pytest
from entity_helpers import places_in


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("会谈中，双方都认为韩中两国的贸易还有很大潜力。", ["韩", "中"]),
        ("他说，埃中关系近年来发展顺利。", ["埃", "中"]),
        ("外长强调，中、埃建交以来两国往来不断。", ["中", "埃"]),
        ("分析人士认为，巴以和谈短期内难有突破。", ["巴", "以"]),
        ("近年来，中、希在航运方面合作密切。", ["中", "希"]),
        ("他谈到今日美日关系的走向。", ["美", "日"]),  # 今日 is "today"
    ],
)
def test_short_forms_of_states_before_relation_words_and_in_lists(
    text: str, places: list[str]
) -> None:
    assert places_in(text)[: len(places)] == places


@pytest.mark.parametrize(
    "text",
    [
        "学校重视德、智、体全面发展。",  # virtues, not Germany
        "这本词典收录了中、英文对照的术语。",  # languages
        "他们以友谊为重，握手言和。",  # 以 is "by"
    ],
)
def test_no_short_forms_in_ordinary_words(text: str) -> None:
    assert all(len(p) > 1 for p in places_in(text)), places_in(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("许多华侨捐资兴办家乡的学校。", "华"),
        ("那段侵华历史不容忘记。", "华"),
        ("他常年服用中药调理身体。", "中"),
        ("城市正在为举办奥运会做准备。", "奥"),
    ],
)
def test_the_place_inside_a_word(text: str, place: str) -> None:
    assert place in places_in(text)


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        ("开幕式定于北京时间晚上八点举行。", "北京"),
        ("各地要认真执行环境保护法。", "法"),
        ("他强调要在以经济建设为中心的前提下推进。", "以"),
        ("当天美元对日元的汇价有所上升。", "日"),
    ],
)
def test_time_zones_laws_and_prepositions_are_no_places(text: str, not_place: str) -> None:
    assert not_place not in places_in(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("他明天要去万荣看望父母。", "万荣"),
        ("乐亭人都爱唱皮影戏。", "乐亭"),
        ("雨后，丹凤、商南等县河水上涨。", "丹凤"),
    ],
)
def test_a_county_named_without_its_suffix(text: str, place: str) -> None:
    assert place in places_in(text)


@pytest.mark.parametrize("text", ["全面建成小康社会。", "他为人方正，做事认真。"])
def test_words_that_also_name_a_county_stay_words(text: str) -> None:
    assert places_in(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [("夏夜仰望银河，繁星点点。", "银河"), ("太阳从东边的山头升起。", "太阳")],
)
def test_celestial_bodies_are_places(text: str, place: str) -> None:
    assert place in places_in(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("苏联解散以后，这些工厂陆续停产。", "苏联"),  # a state, not a 联 body
    ],
)
def test_a_state_is_no_body(text: str, place: str) -> None:
    assert place in places_in(text)


def test_a_lone_first_character_of_a_country_named_in_full_is_that_country() -> None:
    text = "南斯拉夫政府表示，南将继续谈判。"
    assert places_in(text) == ["南斯拉夫", "南"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("她从小爱听中国京剧。", "京"),  # 中国 + 京剧
        ("他在藏区工作了二十年。", "藏"),
        ("特区政府宣布了新的措施。", "特区"),
    ],
)
def test_short_forms_in_words_and_the_sar(text: str, place: str) -> None:
    assert place in places_in(text)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("他家里日日宾客盈门。", []),  # a doubled word
        ("各国重申遵守《巴黎协定》。", ["巴黎"]),  # one city before 协定, not two states
        ("果农总结出“登梯法”。", []),  # a method
    ],
)
def test_doubled_words_known_places_and_methods_are_no_short_forms(
    text: str, places: list[str]
) -> None:
    assert places_in(text) == places
