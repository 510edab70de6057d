"""Headlines and bylines break at the spaces between their phrases (tui.typeset phrases=True)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.typeset import NO_END, NO_START, break_lines

SUBTITLE = "总投资386.5亿元 韩立群宣布开工 周明远致辞 李卫东陈立新等出席"
BYLINE = "本报讯（记者 李雪峰 韩云峰）"


def shown(text: str, width: int) -> list[str]:
    return [text[ln.start : ln.end] for ln in break_lines(text, width, indent=0, phrases=True)]


@pytest.mark.parametrize("width", [20, 30, 40, 52, 60])
def test_a_phrase_that_fits_is_never_cut(width: int) -> None:
    lines = shown(SUBTITLE, width)
    phrases = SUBTITLE.split(" ")
    for line in lines:
        assert all(part in phrases for part in line.split(" ")), lines
    assert " ".join(lines) == SUBTITLE


@pytest.mark.parametrize("width", [14, 16, 24])
def test_a_byline_keeps_each_name_whole(width: int) -> None:
    lines = shown(BYLINE, width)
    assert "".join(lines).replace(" ", "") == BYLINE.replace(" ", "")
    assert any(line.endswith("韩云峰）") or line == "韩云峰）" for line in lines), lines
    assert not any(line.endswith("韩云") for line in lines), lines


def test_a_phrase_wider_than_the_line_breaks_the_chinese_way() -> None:
    text = "全市二季度重点项目集中开工活动在高新区举行 三县同步"
    lines = shown(text, 12)
    assert all(cell_len(line) <= 12 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_one_phrase_is_plain_breaking() -> None:
    text = "我市开通十条全域旅游直通车"
    plain = break_lines(text, 10, indent=0)
    assert break_lines(text, 10, indent=0, phrases=True) == plain


HAN = st.sampled_from(list("北岭市委书记韩立群周明远宣布开工致辞项目"))
PUNCT = st.sampled_from(list("，。、（）“”《》—"))
# Headline-like phrases: Han characters with at most one mark between two of them.
PHRASE = st.lists(st.tuples(HAN, st.one_of(st.just(""), PUNCT)), min_size=1, max_size=8).map(
    lambda pairs: "".join(h + p for h, p in pairs[:-1]) + pairs[-1][0]
)
TEXT = st.lists(PHRASE, min_size=1, max_size=6).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(TEXT, st.integers(min_value=6, max_value=60))
def test_phrase_lines_fit_keep_every_character_and_obey_kinsoku(text: str, width: int) -> None:
    lines = break_lines(text, width, indent=0, phrases=True)
    body = [text[ln.start : ln.end] for ln in lines]
    assert "".join(body).replace(" ", "") == text.replace(" ", "")
    for n, line in enumerate(body):
        assert cell_len(line) <= width
        assert not line.startswith(" ") and not line.endswith(" ")
        if n > 0:
            assert line[0] not in NO_START, body
        if n < len(body) - 1:
            assert line[-1] not in NO_END, body
