"""Entity extraction on the real material in ../shared/corpus (skipped where absent).

The issue's targets (person 0.90, place 0.85, org 0.75) must hold on each half of
example.dev, not only on the whole file; the F1 floors, set just below the level reached,
guard that level against silent losses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parser.entities import extract_entities
from parser.entities.evaluate import read_bio, score
from parser.entities.tagger import tag_text
from parser.loader import load_edition

# F1 reached on each half of example.dev when this was written, minus a small margin
# (half 1 / half 2: person .927/.916, place .939/.909, org .862/.811).
FLOORS = {"person": 0.91, "place": 0.905, "org": 0.805}
# Targets reached on the whole file (person .922, place .924, org .837), asserted there at
# that level less a small margin.
WHOLE_FILE_FLOORS = {"person": 0.92, "place": 0.92, "org": 0.833}
TARGETS = {"person": 0.90, "place": 0.85, "org": 0.75}

# Everyone named on the city-daily page, reporters and photographers included.
DTRB_PEOPLE = {
    "宋元明", "卢东亮", "张强", "胡海军", "刘世华", "任希杰", "习近平", "周鹏", "龚孟建",
    "王明厚", "赵学斌", "孟维君", "温旭斌", "李继忠", "艾凌宇",
    "李雪峰", "韩云峰", "张彩峰", "戎禹仁", "张燕伟", "丰曼", "陈杰",
}  # fmt: skip
DTRB_ROLES = {
    "卢东亮": ("省委常委", "市委书记"),
    "张强": ("市委副书记", "市长"),
    "宋元明": ("副部长",),
    "胡海军": ("局长",),
    "刘世华": ("副厅长",),
    "任希杰": ("市委常委", "常务副市长"),
    "艾凌宇": ("市委副书记", "政法委书记"),
}
DTRB_PLACES = {
    "阳高县", "广灵县", "灵丘县", "浑源县", "天镇县", "左云县", "新荣区", "王官屯镇", "作囍镇",
    "平城村", "神溪村", "花塔村", "威鲁村",
}  # fmt: skip
DTRB_ORGS = {
    "应急管理部", "市工信局", "市文旅局", "省应急管理厅", "广灵县消防救援大队",
    "山西嘉源生物医药有限公司", "金隅水泥有限公司", "山西省中小企业发展促进局",
}  # fmt: skip


@pytest.fixture(scope="module")
def dtrb(corpus: Path) -> dict[str, dict[str, tuple[str, ...]]]:
    entities = extract_entities(load_edition(corpus / "dtrb-2022-07-p01.txt"))
    by_type: dict[str, dict[str, tuple[str, ...]]] = {"person": {}, "place": {}, "org": {}}
    for e in entities:
        by_type[e.type][e.name] = e.roles
    return by_type


def test_dtrb_every_person_and_nothing_else(dtrb: dict[str, dict[str, tuple[str, ...]]]) -> None:
    people = set(dtrb["person"])
    assert people - DTRB_PEOPLE == set(), "called a person but is not one"
    assert DTRB_PEOPLE - people == set(), "people on the page that were missed"


def test_dtrb_roles_of_officials(dtrb: dict[str, dict[str, tuple[str, ...]]]) -> None:
    for name, roles in DTRB_ROLES.items():
        assert set(roles) <= set(dtrb["person"][name]), name


def test_dtrb_places_and_organisations(dtrb: dict[str, dict[str, tuple[str, ...]]]) -> None:
    assert DTRB_PLACES - set(dtrb["place"]) == set()
    assert DTRB_ORGS - set(dtrb["org"]) == set()


def _f1_by_half(corpus: Path) -> list[dict[str, float]]:
    """F1 per type on half 1, half 2 and the whole file, in that order."""
    sentences = read_bio(corpus / "pd-ner" / "example.dev")
    mid = len(sentences) // 2
    results = []
    for half in (sentences[:mid], sentences[mid:], sentences):
        gold = [set(spans) for _, spans in half]
        predicted = [set(tag_text(text)) for text, _ in half]
        result = score(gold, predicted)
        results.append({t: result[t]["f1"] for t in TARGETS})
    return results


@pytest.fixture(scope="module")
def f1_halves(corpus: Path) -> list[dict[str, float]]:
    return _f1_by_half(corpus)


def test_bio_f1_floors_on_both_halves(f1_halves: list[dict[str, float]]) -> None:
    for half in f1_halves[:2]:
        for kind, floor in FLOORS.items():
            assert half[kind] >= floor, (kind, half)


def test_bio_f1_targets_reached_on_the_whole_file(f1_halves: list[dict[str, float]]) -> None:
    whole = f1_halves[2]
    for kind, floor in WHOLE_FILE_FLOORS.items():
        assert floor >= TARGETS[kind] - 0.01 and whole[kind] >= floor, (kind, whole)


def test_bio_f1_reaches_issue_targets_on_each_half(f1_halves: list[dict[str, float]]) -> None:
    for half in f1_halves[:2]:
        for kind, target in TARGETS.items():
            assert half[kind] >= target, (kind, half)


def test_dtrb_place_edges_and_weak_bodies(dtrb: dict[str, dict[str, tuple[str, ...]]]) -> None:
    """Places start at their boundary, single characters are no places, generic bodies
    named by function alone are no organisations."""
    assert {"云州区", "月华池", "神泉古峪"} <= set(dtrb["place"])
    assert not {"如云州区", "华池", "泉古峪"} & set(dtrb["place"])
    assert all(len(name) >= 2 for name in dtrb["place"])
    assert "为全农副产品有限公司" in dtrb["org"]
    assert not {"农副产品有限公司", "管委会", "政法委"} & set(dtrb["org"])
