"""Pinyin matching: full, spaced, initials, while typing, every reading, and no noise."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pypinyin import Style, pinyin

from parser.search.pinyin import FULL_WEIGHT, PinyinTables, readings, syllables

TEXT = "省委书记卢东亮到重庆调研。\x00重阳节在西安举行，X光检查。"


@pytest.fixture(scope="module")
def tables() -> PinyinTables:
    return PinyinTables(set(TEXT))


def spans(tables: PinyinTables, *parts: str) -> list[str]:
    return [TEXT[m.start : m.end] for m in tables.find(TEXT, parts)]


def test_polyphonic_characters_have_every_reading() -> None:
    assert {"zhong", "chong"} <= set(readings("重"))
    assert {"xing", "hang"} <= set(readings("行"))
    assert readings("绿") == ("lv", "lu")
    assert readings("A") == ()


def test_readings_agree_with_pypinyin_heteronyms() -> None:
    sample = "重行长乐还都得地了着没朝藏率单曾卢东亮绿女嗯欸〇省委书记调研节举"
    for ch in sample:
        expected = {
            r.replace("ê", "e")
            for r in pinyin(ch, style=Style.NORMAL, heteronym=True, v_to_u=False)[0]
        }
        assert set(readings(ch)) == {r for r in expected if r.isascii() and r.isalpha()}, ch


def test_syllables_are_plain_ascii() -> None:
    known = syllables()
    assert {"zhong", "lv", "a", "er", "zhuang"} <= known
    assert all(s.isascii() and s.isalpha() for s in known)


def test_full_pinyin_with_and_without_spaces(tables: PinyinTables) -> None:
    assert spans(tables, "ludongliang") == ["卢东亮"]
    assert spans(tables, "lu", "dong", "liang") == ["卢东亮"]


def test_initials(tables: PinyinTables) -> None:
    assert spans(tables, "ldl") == ["卢东亮"]
    assert spans(tables, "cq") == ["重庆"]


def test_every_reading_of_a_polyphonic_character(tables: PinyinTables) -> None:
    assert spans(tables, "chongqing") == ["重庆"]
    assert spans(tables, "zhongqing") == ["重庆"]
    assert spans(tables, "chongyang") == ["重阳"]


def test_last_syllable_may_be_unfinished(tables: PinyinTables) -> None:
    assert spans(tables, "ludongli") == ["卢东亮"]
    assert spans(tables, "lud") == ["卢东"]
    # "li" is also a whole syllable (李): still only the start of liang here.
    text = "李东和卢东亮"
    found = PinyinTables(set(text)).find(text, ("ludongli",))
    assert [text[m.start : m.end] for m in found] == ["卢东亮"]


def test_whole_syllables_rank_above_initials(tables: PinyinTables) -> None:
    full = tables.find(TEXT, ("ludongliang",))[0]
    initials = tables.find(TEXT, ("ldl",))[0]
    assert full.weight > initials.weight


def test_typed_separators_must_fall_between_characters(tables: PinyinTables) -> None:
    assert spans(tables, "xi", "an") == ["西安"]
    assert spans(tables, "lud", "ongliang") == []
    assert spans(tables, "lu", "dongliang") == ["卢东亮"]


def test_short_queries_do_not_flood(tables: PinyinTables) -> None:
    assert spans(tables, "l") == []  # one letter
    assert spans(tables, "zh") == []  # an initial alone would match every zh- character
    assert spans(tables, "don") == []  # an unfinished syllable on one character
    assert spans(tables, "lu") == ["卢"]  # a whole syllable is a real query


def test_matches_are_han_runs_only(tables: PinyinTables) -> None:
    # X is not Han and the separator ends a field: neither can be spelled or crossed.
    assert spans(tables, "xguang") == []
    assert spans(tables, "yanchong") == []  # 研。 then the next field's 重


def test_absent_words_find_nothing(tables: PinyinTables) -> None:
    assert spans(tables, "beijingdongaohui") == []
    assert spans(tables, "qwrt") == []


def spells(chars: str, q: str) -> bool:
    """Whether ``chars`` can spell ``q`` reading by reading, in whole syllables."""
    if not chars:
        return not q
    return any(q.startswith(r) and spells(chars[1:], q[len(r) :]) for r in readings(chars[0]))


HAN = "重行长乐卢东亮西安中国银还都得了着没朝"


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=HAN + "，。A ", min_size=2, max_size=40), st.data())
def test_found_runs_spell_the_query_and_typed_runs_are_found(
    text: str, data: st.DataObject
) -> None:
    runs = [(i, j) for i in range(len(text)) for j in range(i + 2, min(i + 5, len(text)) + 1)]
    runs = [(i, j) for i, j in runs if all(c in HAN for c in text[i:j])]
    assume(runs)
    i, j = data.draw(st.sampled_from(runs))
    q = "".join(data.draw(st.sampled_from(readings(c))) for c in text[i:j])
    found = PinyinTables(set(text)).find(text, (q,))
    assert found, (text[i:j], q)
    for m in found:
        if m.weight == FULL_WEIGHT:
            assert spells(text[m.start : m.end], q)


def test_whole_syllables_and_initials_are_not_mixed() -> None:
    text = "再红一次，卢东亮。"
    tables = PinyinTables(set(text))
    assert tables.find(text, ("zhong",)) == []  # not z(再) + hong(红)
    assert tables.find(text, ("ludl",)) == []
    assert [text[m.start : m.end] for m in tables.find(text, ("zaihong",))] == ["再红"]
