"""Rules of the last accuracy push: where a place starts, listed companies, committees,
countries jieba calls people, things that look like foreign names; own sentences only."""

from __future__ import annotations

import pytest

from parser.entities import tag_text
from parser.entities.org_words import listed_companies
from parser.entities.tagger import candidates


def _named(text: str, kind: str) -> list[str]:
    return [text[a:b] for a, b, k in tag_text(text) if k == kind]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("沿途可以看到平定县月华池和几处古堡。", "月华池"),
        ("推荐游览宁武县的神泉古峪，那里山高水长。", "神泉古峪"),
    ],
)
def test_a_place_starts_at_its_county_or_at_de(text: str, place: str) -> None:
    assert place in _named(text, "place")


def test_ru_before_a_district_means_such_as() -> None:
    places = _named("好去处很多，如云州区的环湖营地。", "place")
    assert "云州区" in places
    assert not any(p.startswith("如") for p in places)


def test_a_single_character_after_a_one_character_verb_is_no_country() -> None:
    assert _named("要抓好涉法涉诉信访工作。", "place") == []
    assert "俄" in _named("希望增加对俄贷款，帮助俄渡过危机。", "place")


def test_a_company_that_is_a_whole_list_item() -> None:
    text = "签约项目有消防站建设项目、为全农副产品有限公司、东山果蔬合作社。"
    assert "为全农副产品有限公司" in _named(text, "org")
    site = "入驻企业有、平川食品园区比斯克饮品有限公司、等等。"
    assert list(listed_companies(site)) == []  # a site, then the company in it


def test_committees_need_a_name() -> None:
    text = "各开发区党工委书记、管委会主任参加会议。"
    assert "管委会" not in _named(text, "org")
    orgs = _named("会议由市委政法委组织召开。", "org")
    assert "市委政法委" in orgs and "政法委" not in orgs


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("代表团正在科威特访问。", "科威特"),
        ("这是乌克兰首都的一条街道。", "乌克兰"),
        ("在阿富汗的难民已经返回。", "阿富汗"),
    ],
)
def test_countries_jieba_tags_as_names_are_places(text: str, place: str) -> None:
    assert place in _named(text, "place")
    assert place not in _named(text, "person")


def test_an_oil_cartel_is_a_body_not_a_person() -> None:
    text = "市场对欧佩克会议的减产协议反应冷淡。"
    assert "欧佩克" in _named(text, "org")
    assert _named(text, "person") == []


@pytest.mark.parametrize(
    "text",
    ["摩托罗拉公司宣布扩大投资。", "研究海王星的卫星有助于了解气候。"],
)
def test_firms_and_planets_are_no_people(text: str) -> None:
    assert _named(text, "person") == []


def test_any_given_name_before_xiansheng() -> None:
    assert "邵一平" in _named("香港邵一平先生为学校捐资。", "person")


def _person_score(text: str, name: str) -> float:
    at = text.index(name)
    scores = [c for a, b, k, c in candidates(text) if (a, b, k) == (at, at + len(name), "person")]
    return max(scores)


def test_a_caption_position_marks_a_person() -> None:
    marked = _person_score("图为田朝霞（左）检查设备。", "田朝霞")
    plain = _person_score("图为田朝霞检查设备。", "田朝霞")
    assert marked >= plain + 0.9
    assert "汤昆" in _named("演出结束后，汤昆（左）与观众合影。", "person")


def test_a_county_suffix_cut_off_by_jieba_does_not_open_the_next_place() -> None:
    places = _named("推荐线路：云州区火山地质博物馆→古长城。", "place")
    assert not any(p.startswith("区") for p in places)
