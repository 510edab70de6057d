"""Query parsing: spaces mean AND, quotes keep a phrase, spaced syllables stay one name."""

from __future__ import annotations

from parser.search.query import Term, parse_query


def test_words_separated_by_spaces_are_separate_terms() -> None:
    assert parse_query("直通车 景区") == [Term("直通车"), Term("景区")]


def test_full_width_space_separates_too() -> None:
    assert parse_query("直通车\u3000景区") == [Term("直通车"), Term("景区")]


def test_quoted_phrase_is_one_term() -> None:
    assert parse_query('"奋进新征程  建功新时代" 我们') == [
        Term("奋进新征程 建功新时代"),
        Term("我们"),
    ]


def test_unclosed_quote_runs_to_the_end() -> None:
    assert parse_query('专线 "白鹭 湖') == [Term("专线"), Term("白鹭 湖")]


def test_query_is_folded() -> None:
    assert parse_query("盧東亮 ＡＢＣ") == [Term("卢东亮"), Term("abc", ("abc",))]


def test_spaced_syllables_form_one_pinyin_term() -> None:
    assert parse_query("lu dong liang") == [Term("lu dong liang", ("lu", "dong", "liang"))]
    assert parse_query("l d l") == [Term("l d l", ("l", "d", "l"))]


def test_longer_latin_words_stay_separate() -> None:
    assert parse_query("zhitongche jingqu") == [
        Term("zhitongche", ("zhitongche",)),
        Term("jingqu", ("jingqu",)),
    ]
    assert parse_query("covid 19") == [Term("covid", ("covid",)), Term("19")]


def test_apostrophe_splits_syllables() -> None:
    assert parse_query("xi'an") == [Term("xi'an", ("xi", "an"))]


def test_quoted_pinyin_keeps_its_spaces_as_boundaries() -> None:
    assert parse_query('"ludong liang"') == [Term("ludong liang", ("ludong", "liang"))]


def test_empty_and_blank_queries_have_no_terms() -> None:
    assert parse_query("") == []
    assert parse_query('  ""  ') == []


def test_duplicate_words_count_once() -> None:
    assert parse_query("景区 景区") == [Term("景区")]


def test_u_umlaut_is_typed_as_v() -> None:
    assert parse_query("lü") == [Term("lü", ("lv",))]
    assert parse_query("nü shi") == [Term("nü shi", ("nv", "shi"))]
