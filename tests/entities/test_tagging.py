"""Unit tests on sentences written for this project (no corpus text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from entity_helpers import edition_of

from parser.entities import extract_entities, tag_text
from parser.entities.command import display_width, format_table, run_entities
from parser.entities.evaluate import bio_spans, score
from parser.entities.roles import roles_before
from parser.errors import EditionError


def _named(text: str, kind: str) -> list[str]:
    return [text[a:b] for a, b, t in tag_text(text) if t == kind]


def test_titles_give_people_and_roles() -> None:
    text = "省委常委、市委书记钱国栋，市委副书记、市长孙立新出席会议。"
    assert _named(text, "person") == ["钱国栋", "孙立新"]
    assert roles_before(text, text.index("钱国栋")) == ["省委常委", "市委书记"]
    assert roles_before(text, text.index("孙立新")) == ["市委副书记", "市长"]


def test_enumeration_with_dun_finds_each_name() -> None:
    text = "市领导郑志远、杨海波、许文斌参加活动。"
    assert _named(text, "person") == ["郑志远", "杨海波", "许文斌"]


def test_common_words_are_not_people() -> None:
    text = "盛夏时节，市民保健意识提升，西红柿产业发展良好。"
    assert _named(text, "person") == []


def test_places_with_suffixes_are_split_like_the_bio_data() -> None:
    spans = tag_text("北京市怀柔县民政局")
    assert (0, 3, "place") in spans
    assert (6, 9, "org") in spans or (3, 9, "org") in spans


def test_transliterated_name_with_dot() -> None:
    text = "联合国秘书长科菲·安南今天表示欢迎。"
    assert "科菲·安南" in _named(text, "person")


def test_empty_and_blank_text() -> None:
    assert tag_text("") == []
    assert tag_text("   ") == []


def test_edition_evidence_finds_a_name_in_a_run() -> None:
    """A name learned after a title in one piece is found in a run in another."""
    edition = edition_of(
        ("钱国栋孙立新邵东海等陪同", ["局长邵东海介绍了情况。"]),
        (None, ["市长孙立新、市委书记钱国栋出席。"]),
    )
    entities = extract_entities(edition)
    people = {e.name: e for e in entities if e.type == "person"}
    assert {"钱国栋", "孙立新", "邵东海"} <= set(people)
    title_mentions = [m for m in people["邵东海"].mentions if m.paragraph == -1]
    assert title_mentions and title_mentions[0].start == 6
    assert people["邵东海"].roles == ("局长",)


def test_mentions_point_at_the_name() -> None:
    edition = edition_of(("新闻", ["据悉，市长孙立新今天在阳高县调研。"]))
    for entity in extract_entities(edition):
        for m in entity.mentions:
            item = edition.item(m.item)
            assert item is not None
            text = item.title if m.paragraph == -1 else item.paragraphs[m.paragraph]
            assert text is not None and text[m.start : m.end] == entity.name


def test_reporters_become_people() -> None:
    edition = edition_of((None, ["会议召开。"]), reporters=("刘晓东",))
    names = {e.name: e.roles for e in extract_entities(edition) if e.type == "person"}
    assert names.get("刘晓东") == ("记者",)


def test_bio_spans_and_score() -> None:
    assert bio_spans(["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG"]) == [
        (0, 2, "person"),
        (3, 4, "place"),
        (4, 6, "org"),
    ]
    result = score([{(0, 2, "person")}], [{(0, 2, "person"), (3, 4, "place")}])
    assert result["person"]["f1"] == 1.0
    assert result["place"]["p"] == 0.0


def test_table_aligns_cjk_columns() -> None:
    edition = edition_of((None, ["市长孙立新在阳高县调研。"]))
    lines = format_table(extract_entities(edition)).splitlines()
    assert lines[0].startswith("name")
    type_cols = {
        display_width(line[: line.index(t)])
        for line in lines[1:]
        for t in ("person", "place")
        if t in line
    }
    assert len(type_cols) == 1


def test_lines_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.txt"
    src.write_text("市长孙立新讲话。\n\n北京市\n", encoding="utf-8")
    assert run_entities(None, lines=src, as_json=True) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out) == 3
    assert {"start": 2, "end": 5, "type": "person"} in out[0]
    assert out[1] == []
    assert out[2] == [{"start": 0, "end": 3, "type": "place"}]


def test_lines_bad_input_is_edition_error(tmp_path: Path) -> None:
    with pytest.raises(EditionError, match=r"missing\.txt"):
        run_entities(None, lines=tmp_path / "missing.txt", as_json=True)
    binary = tmp_path / "b.bin"
    binary.write_bytes(b"\x00\x01\x02abc")
    with pytest.raises(EditionError, match="binary"):
        run_entities(None, lines=binary, as_json=True)


def test_roles_drop_leading_verbs() -> None:
    text = "国家主席会见了冰岛总理埃纳松。"
    assert roles_before(text, text.index("埃纳松")) == ["冰岛总理"]


def test_place_glued_to_the_next_word() -> None:
    spans = tag_text("印度政府宣布，法国人也来了。")
    assert (0, 2, "place") in spans
    assert (7, 9, "place") in spans
    assert not any(kind == "org" for _, _, kind in spans)  # 政府 is never an org


def test_country_short_forms() -> None:
    text = "中美关系和中日两国的合作"
    places = {text[a:b] for a, b, kind in tag_text(text) if kind == "place"}
    assert {"中", "美", "日"} <= places


def test_office_with_glued_title_and_leading_place() -> None:
    text = "芬兰财政部长海基宁表示欢迎。"
    spans = tag_text(text)
    assert (0, 5, "org") in spans
    assert "海基宁" in _named(text, "person")


def test_newspaper_in_title_marks_is_an_org() -> None:
    text = "据《清河晚报》报道，天气转晴。"
    assert (2, 6, "org") in tag_text(text)


def test_a_place_stem_is_not_a_person() -> None:
    edition = edition_of((None, ["记者来到左岭县采访。", "左岭的秋天很美。"]))
    kinds = {e.name: e.type for e in extract_entities(edition)}
    assert kinds.get("左岭县") == "place"
    assert kinds.get("左岭") != "person"


def test_name_run_before_deng_without_other_evidence() -> None:
    text = "钱国栋孙立新邵东海等陪同调研。"
    assert _named(text, "person") == ["钱国栋", "孙立新", "邵东海"]
    assert _named("《全国田径业余锻炼等级标准》", "person") == []


def test_empty_edition_and_empty_pieces() -> None:
    assert extract_entities(edition_of()) == ()
    assert extract_entities(edition_of((None, []), ("", ["", "  "]))) == ()


def test_entities_sorted_by_type_then_mentions() -> None:
    edition = edition_of(
        (None, ["市长孙立新在阳高县调研。", "孙立新说，阳高县和广灵县发展很快。"]),
        (None, ["记者在广灵县看到，孙立新仍在调研。"]),
    )
    entities = extract_entities(edition)
    order = [(e.type, len(e.mentions)) for e in entities]
    types = [t for t, _ in order]
    assert types == sorted(types, key=["person", "place", "org"].index)
    for kind in ("person", "place", "org"):
        counts = [n for t, n in order if t == kind]
        assert counts == sorted(counts, reverse=True)
    assert entities[0].name == "孙立新" and len(entities[0].mentions) == 3
