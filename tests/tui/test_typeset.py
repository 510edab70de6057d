"""Chinese typesetting (tui.typeset): conservation, kinsoku, widths, no short lines, safety.

The rules are restated here independently of the module (its own tables are not reused), so
a mistake in those tables shows up as a failure rather than agreeing with itself.
"""

from __future__ import annotations

import itertools
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.style import Style

from tui.typeset import LONG_WORD, Line, break_lines, typeset

# DESIGN.md's lists plus the brief's: the marks that may never start / end a line.
FORBIDDEN_START = set("，。、；：？！）》」』”’〉】〕…—·%")
FORBIDDEN_END = set("（《「『“‘〈【〔")
# The module also keeps a name's middle dot with what follows (马可·波罗 breaks only around it).
NAME_DOTS = set("·・")

# Realistic news prose of our own (not from the corpus): byline, quotes, brackets, numbers.
PARAGRAPH = (
    "本报讯（记者 王晓东 陈一鸣）5月17日，北岭市召开全市优化营商环境推进大会。市委副书记、"
    "市长周建国在会上指出，要坚持“放管服”改革不动摇，把“一网通办”“跨省通办”落到实处，"
    "让企业办事像“网购”一样方便。会议通报了2023年度营商环境评价结果：全市新登记市场主体"
    "4.7万户，同比增长12.6%；政务服务事项网上可办率达到98%以上。周建国强调，各级各部门"
    "要对照《北岭市优化营商环境三年行动方案（2024—2026年）》，逐条逐项抓落实……"
    "“企业的难处就是我们的工作重点。”他说，今年将新建10个“15分钟政务服务圈”，"
    "推动涉企审批时限再压缩三分之一。会上，5家企业代表作了交流发言。"
)
# A paragraph of ordinary prose never falls short by more than this (one Han character with a
# closing bracket and a stop glued to it, e.g. `字）。`, moved down whole: 6 cells, less one).
PROSE_SHORT_BOUND = 5


def is_space(ch: str) -> bool:
    """Whitespace for layout; other controls (\x1c, \x85 …) are shown as symbols, not spaces."""
    return ch.isspace() and (ch in "\t\n\r" or unicodedata.category(ch) != "Cc")


def blank(text: str) -> bool:
    return all(is_space(ch) for ch in text)


def squeeze(text: str) -> str:
    return "".join(ch for ch in text if not is_space(ch))


def cells(text: str) -> int:
    return cell_len(text)


def line_text(text: str, line: Line) -> str:
    return text[line.start : line.end]


def assert_conserved(text: str, lines: list[Line]) -> None:
    """Lines are in order and cover the text; only whitespace falls between them."""
    if blank(text):
        assert lines == []
        return
    assert lines, "text with content produced no lines"
    assert blank(text[: lines[0].start])
    assert blank(text[lines[-1].end :])
    for a, b in itertools.pairwise(lines):
        assert a.start < a.end <= b.start < b.end
        assert blank(text[a.end : b.start]), "a break dropped more than whitespace"
    joined = "".join(line_text(text, ln) for ln in lines)
    assert squeeze(joined) == squeeze(text)


def assert_fits(text: str, lines: list[Line], width: int) -> None:
    for ln in typeset(text, width):
        assert ln.cell_len <= width, (ln.plain, width)
    for ln in lines:
        assert ln.indent + cells(line_text(text, ln)) <= width


def assert_kinsoku(text: str, lines: list[Line]) -> None:
    """No line starts or ends with a forbidden mark, except where the paragraph itself does
    (a subtitle opening with `——` has nothing to pull down)."""
    for i, ln in enumerate(lines):
        shown = line_text(text, ln)
        assert not is_space(shown[0]) and not is_space(shown[-1]), repr(shown)
        if i > 0:
            assert shown[0] not in FORBIDDEN_START, f"line starts with {shown[0]}: {shown}"
        if i < len(lines) - 1:
            assert shown[-1] not in FORBIDDEN_END, f"line ends with {shown[-1]}: {shown}"


def is_word(ch: str) -> bool:
    """Latin words and numbers, half- or full-width, are not broken while they fit."""
    return (ch.isascii() and not ch.isspace()) or ("０" <= ch <= "ｚ" and ch.isalnum())


def may_break(text: str, pos: int) -> bool:
    """The rules, restated: may a line end just before text[pos] (spaces skipped)?"""
    a, b = pos - 1, pos
    while a >= 0 and text[a].isspace():
        a -= 1
    while b < len(text) and text[b].isspace():
        b += 1
    if a < 0 or b >= len(text):
        return True
    if text[a] in FORBIDDEN_END or text[b] in FORBIDDEN_START or text[a] in NAME_DOTS:
        return False
    spaced = b - a > 1
    return spaced or not (is_word(text[a]) and is_word(text[b]))


def next_unit_cells(text: str, start: int) -> int:
    """Width of the smallest piece that could have been added from ``start``."""
    end = start + 1
    while end < len(text) and not may_break(text, end):
        end += 1
    return cells(text[start:end].rstrip())


def assert_not_short(text: str, lines: list[Line], width: int) -> None:
    """A line but the last ends only because the next unit did not fit."""
    for a, b in itertools.pairwise(lines):
        used = a.indent + cells(line_text(text, a))
        gap = cells(text[a.end : b.start])
        unit = next_unit_cells(text, b.start)
        assert used + gap + unit > width or unit > LONG_WORD, (line_text(text, a), width)


# Token strategy: prose-like text in which kinsoku can always be honoured at width >= 6.
HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
CLOSERS = st.sampled_from([*list("，。、；：？！）》」』”’…%"), "。”", "）。", "——", "……"])
OPENERS = st.sampled_from(list("（《「『“‘〈【〔"))
WORD = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9./:-]{0,10}[A-Za-z0-9]", fullmatch=True)
TOKEN = st.one_of(
    HAN,
    HAN,
    HAN,
    st.tuples(HAN, CLOSERS).map("".join),
    st.tuples(OPENERS, HAN).map("".join),
    WORD,
    st.sampled_from([" ", "  ", "\u3000", "\xa0"]),
)
PROSE = st.lists(TOKEN, max_size=120).map("".join)
WIDTHS = st.integers(min_value=6, max_value=120)


@settings(max_examples=300, deadline=None)
@given(PROSE, WIDTHS)
def test_random_prose_keeps_every_rule(text: str, width: int) -> None:
    lines = break_lines(text, width)
    assert_conserved(text, lines)
    assert_fits(text, lines, width)
    assert_kinsoku(text, lines)
    assert_not_short(text, lines, width)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.integers(min_value=0, max_value=60), st.integers(0, 8))
def test_any_text_is_conserved_and_terminates(text: str, width: int, indent: int) -> None:
    lines = break_lines(text, width, indent=indent)
    assert_conserved(text, lines)
    for ln in typeset(text, width, indent=indent):
        assert ln.cell_len <= max(width, 2)
        assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in ln.plain)


def test_real_looking_paragraph_at_three_widths() -> None:
    for width in (40, 61, 100):
        lines = break_lines(PARAGRAPH, width)
        assert len(lines) > 3
        assert lines[0].indent == 4 and all(ln.indent == 0 for ln in lines[1:])
        assert_conserved(PARAGRAPH, lines)
        assert_fits(PARAGRAPH, lines, width)
        assert_kinsoku(PARAGRAPH, lines)
        for ln in lines[:-1]:
            short = width - ln.indent - cells(line_text(PARAGRAPH, ln))
            assert short <= PROSE_SHORT_BOUND, (line_text(PARAGRAPH, ln), width, short)


def test_breaks_between_han_characters_not_only_at_spaces() -> None:
    text = "应急管理部党委委员副部长率队赴我市调研定点帮扶工作"
    lines = break_lines(text, 10, indent=0)
    assert [line_text(text, ln) for ln in lines[:2]] == ["应急管理部", "党委委员副"]


def test_byline_leaves_no_gap() -> None:
    # Space-based wrapping moves `韩云峰）` down whole and leaves the line half empty.
    text = "本报讯（记者 李雪峰 韩云峰）7月13日至14日，调研组一行深入园区企业实地调研。"
    for width in range(12, 40):
        lines = break_lines(text, width)
        first = lines[0]
        assert first.indent + cells(line_text(text, first)) >= width - 3, (width, lines)
        assert_kinsoku(text, lines)
    assert [line_text(text, ln) for ln in break_lines(text, 26)][:2] == [
        "本报讯（记者 李雪峰 韩",
        "云峰）7月13日至14日，调研",
    ]


def test_closing_mark_pulls_the_character_before_it_down() -> None:
    text = "一二三四五。六七"
    # Width 10 fits 一..五 exactly; 。 may not start a line, so 五 goes down with it.
    assert [line_text(text, ln) for ln in break_lines(text, 10, indent=0)] == [
        "一二三四",
        "五。六七",
    ]
    text = "一二三四（五六）"
    assert [line_text(text, ln) for ln in break_lines(text, 10, indent=0)] == [
        "一二三四",
        "（五六）",
    ]


def test_latin_words_stay_whole_unless_too_long() -> None:
    text = "这是一段包含Textual和Python的文字"
    lines = break_lines(text, 14, indent=0)
    shown = [line_text(text, ln) for ln in lines]
    assert "Textual和Pytho" not in "".join(shown[:1])
    assert any("Textual" in s for s in shown) and any("Python" in s for s in shown)
    # A URL narrower than the line but wider than LONG_WORD is cut rather than leave a gap.
    url = "请登录北岭市政务服务网站https://zwfw.beiling.example.cn/guide 查询办理进度"
    for width in (20, 40):
        url_lines = break_lines(url, width, indent=0)
        assert_conserved(url, url_lines)
        for ln in url_lines[:-1]:
            assert cells(line_text(url, ln)) >= width - 1, (line_text(url, ln), width)


def test_numbers_stay_whole_in_half_and_full_width() -> None:
    for number in ("20240518", "２０２４０５１８"):
        text = "一二三四五六七" + number + "年"
        lines = break_lines(text, 20, indent=0)
        assert any(number in line_text(text, ln) for ln in lines), lines


def test_small_widths_degrade_without_loss() -> None:
    text = "（记者 李雪峰）说：“好。”OK"
    for width in range(0, 7):
        lines = break_lines(text, width)
        assert_conserved(text, lines)
        assert all(cells(line_text(text, ln)) + ln.indent <= max(width, 2) for ln in lines)


def test_indent_is_two_full_width_cells_and_optional() -> None:
    text = "第一行文字" * 10
    assert typeset(text, 30)[0].plain.startswith("    第一")
    assert typeset(text, 30, indent=0)[0].plain.startswith("第一")
    assert break_lines("   \u3000 ", 20) == [] and typeset("", 20) == []


def test_markup_and_escapes_stay_literal() -> None:
    text = "他输入了[bold]粗体[/bold]和\x1b[31m红色\x1b[0m以及[link=http://x]链接[/link]"
    lines = typeset(text, 30)
    plain = "".join(ln.plain for ln in lines)
    assert "[bold]粗体[/bold]" in plain and "[link=http://x]" in plain
    assert "\x1b" not in plain and "␛[31m" in plain
    assert all(not ln.spans for ln in lines)  # nothing was parsed into styles
    console = Console(width=30, record=True, force_terminal=True, color_system="truecolor")
    for ln in lines:
        console.print(ln)
    out = console.export_text(styles=False)
    assert "␛[31m红色" in out.replace("\n", "") and "\x1b[31m" not in out


def test_spans_cross_line_breaks() -> None:
    text = "全市新登记市场主体四万七千户同比增长百分之十二"
    hit = (8, 16, Style(reverse=True))
    lines = break_lines(text, 16)
    rendered = typeset(text, 16, spans=[hit], style="italic")
    highlighted = ""
    for ln, shown in zip(lines, rendered, strict=True):
        for span in shown.spans:
            if span.style == hit[2]:
                a = span.start - ln.indent + ln.start
                b = span.end - ln.indent + ln.start
                highlighted += text[a:b]
        assert any(s.style == "italic" and s.start == ln.indent for s in shown.spans)
    assert highlighted == text[8:16]
    assert len(lines) >= 2 and lines[0].end < 16  # the hit really does cross a break


def corpus_paragraphs(corpus: Path) -> list[str]:
    """Every non-blank line of every corpus page, read as raw text (no parser involved)."""
    paragraphs = []
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
        paragraphs += [line for line in text.splitlines() if line.strip()]
    return paragraphs


def test_every_corpus_paragraph_keeps_every_rule(corpus: Path) -> None:
    paragraphs = corpus_paragraphs(corpus)
    assert len(paragraphs) > 100
    for width in (24, 40, 61, 80, 100):
        for text in paragraphs:
            lines = break_lines(text, width)
            assert_conserved(text, lines)
            assert_fits(text, lines, width)
            assert_kinsoku(text, lines)
            assert_not_short(text, lines, width)
