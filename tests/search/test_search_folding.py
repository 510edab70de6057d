"""Folding keeps every offset and makes traditional, full-width and upper-case text match."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from parser.search.fold import FIELD_SEPARATOR, fold, fold_char


def test_traditional_characters_fold_to_simplified() -> None:
    assert fold("盧東亮") == "卢东亮"
    assert fold("專精特新") == "专精特新"
    assert fold("臺灣的經濟發展") == "台湾的经济发展"


def test_simplified_text_is_unchanged() -> None:
    text = "省委常委、市委书记到开发区调研。重庆、厦门两地代表参加。"
    assert fold(text) == text


def test_full_width_letters_digits_and_case_fold() -> None:
    assert fold("２０２２年ＡＢＣ公司") == "2022年abc公司"
    assert fold("Email: DT@163.COM") == "email: dt@163.com"
    assert fold("（下转第三版）") == "(下转第三版)"


def test_every_whitespace_becomes_one_space_each() -> None:
    assert fold("甲\u3000乙\u00a0丙\n丁\t戊") == "甲 乙 丙 丁 戊"


def test_separator_folds_to_itself() -> None:
    assert fold_char(FIELD_SEPARATOR) == FIELD_SEPARATOR


def test_letters_whose_lower_case_is_longer_stay_one_character() -> None:
    assert fold("İ") == "İ"  # 'İ'.lower() has two characters; offsets must not move


@given(st.text())
def test_folding_never_changes_the_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)))
def test_folding_is_stable_on_chinese(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_chained_variants_fold_to_the_end() -> None:
    assert fold("薴") == fold("苧") == fold("苎")
    assert all(fold(fold(chr(cp))) == fold(chr(cp)) for cp in range(0x4E00, 0xA000))
