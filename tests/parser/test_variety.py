"""Rules added for the variety of real papers, each on a small hand-made case."""

from __future__ import annotations

from pathlib import Path

import pytest

from parser.loader import parse_text
from parser.structure.bylines import byline_line, split_byline
from parser.structure.classify import join_broken
from parser.structure.pending import is_tabular
from parser.structure.photos import credit_line, split_inline_credit
from parser.structure.text import wrap_width


@pytest.mark.parametrize(
    ("text", "byline", "names", "rest"),
    [
        ("本报讯 记者 何川 通讯员 林晓 5月3日，…", "本报讯 记者 何川 通讯员 林晓", ("何川", "林晓"),
         "5月3日，…"),
        ("本报讯（融媒体记者 邵宁）近日，…", "本报讯（融媒体记者 邵宁）", ("邵宁",), "近日，…"),
        ("本报讯 7月起，全市…", "本报讯", (), "7月起，全市…"),
        ("新华社东京5月2日电（记者 岳川）日本…", "新华社东京5月2日电（记者 岳川）", ("岳川",),
         "日本…"),
        ("人民网杭州5月2日电（记者 岳川）日本…", "人民网杭州5月2日电（记者 岳川）", ("岳川",),
         "日本…"),
    ],
)  # fmt: skip
def test_datelines_with_and_without_brackets(
    text: str, byline: str, names: tuple[str, ...], rest: str
) -> None:
    parsed = split_byline(text)
    assert parsed is not None
    assert (parsed[0], parsed[2], parsed[3]) == (byline, names, rest)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("本报记者 陶然 通讯员 易安 报道", ("陶然", "易安")),
        ("（记者 孟川 实习生 余白 见习记者 程朗）", ("孟川", "余白", "程朗")),
        ("■本报记者 古月", ("古月",)),
        ("本报评论员 岑立", ("岑立",)),
        ("文/图 本报记者 闻舟", ("闻舟",)),
        ("文/本报记者 闻舟", ("闻舟",)),
        ("文 / 闻舟 图 / 庞远", ("闻舟", "庞远")),
        ("本报驻京记者 闻舟", ("闻舟",)),
        ("本报首席记者 闻舟", ("闻舟",)),
        ("订阅方式 邮局订阅", None),
        ("（二〇二五年五月三日）", None),
    ],
)
def test_byline_lines(line: str, names: tuple[str, ...] | None) -> None:
    assert byline_line(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("庞远/摄", ("庞远",)),
        ("新华社发（池野摄）", ("池野",)),
        ("本报记者 尤川 摄", ("尤川",)),
        ("（资料图片）", ()),
        ("新华社发", ()),
        ("图/庞远", ("庞远",)),
        ("图：本报记者 庞远", ("庞远",)),
        ("图/视觉中国", ()),
        ("图片来源：网络", ()),
        ("通讯员 庞远 供图", ("庞远",)),
        ("摄影展开幕", None),
    ],
)
def test_credit_lines(line: str, names: tuple[str, ...] | None) -> None:
    assert credit_line(line) == names


def test_agency_credit_after_a_caption_only_when_short() -> None:
    caption = "市民在新开的书店里挑选图书。"
    assert split_inline_credit(caption + "（资料图片）") == (caption, "（资料图片）", ())
    assert split_inline_credit("据介绍，" + "书店" * 120 + "。（资料图片）") is None
    assert split_inline_credit("会议由市政府主持。（完）") is None


def test_jump_marker_variants() -> None:
    from parser.structure.jumps import whole_line_marker

    back = whole_line_marker("（紧接第一版）")
    assert back is not None and (back.forward, back.page) == (False, 1)
    ahead = whole_line_marker("（下转04版）")
    assert ahead is not None and (ahead.forward, ahead.page) == (True, 4)


def test_table_rows_are_recognised() -> None:
    assert is_tabular("邮局订阅　　邮发代号 35-218")
    assert is_tabular("服务中心　0577-6123 4567")
    assert is_tabular("网上订阅 www.example.cn")
    assert not is_tabular("江畔夜市　烟火正浓")
    assert not is_tabular("全市重点项目集中开工  周明远出席")  # headline parts, a wide gap
    assert not is_tabular("全市新增5G基站1200个")


def test_numbers_cut_by_a_line_end_rejoin() -> None:
    assert join_broken("全市共有80", "0名骑手") == "全市共有800名骑手"
    assert join_broken("open", "source") == "open source"


def test_wrap_width_only_for_hard_wrapped_text() -> None:
    wrapped = "\n".join("　　" + "字" * 20 if i % 4 == 0 else "字" * 22 for i in range(12))
    assert wrap_width(wrapped) == 44
    one_per_line = "\n".join("字" * (30 + 7 * i) + "。" for i in range(12))
    assert wrap_width(one_per_line) is None


def test_question_headline_on_an_indented_page() -> None:
    text = "夜市如何火下去？\n　　夜幕降临，城南夜市人头攒动。\n　　摊主们说，生意比去年好。\n"
    item = parse_text(text).pages[0].items[0]
    assert item.title == "夜市如何火下去？"
    assert len(item.paragraphs) == 2


def test_a_short_question_inside_an_article_stays_text() -> None:
    text = (
        "城南夜市重开\n\n夜幕降临，城南夜市人头攒动，摊主们忙个不停。\n\n"
        "为什么？\n\n因为这里的租金降了一半。\n"
    )
    item = parse_text(text).pages[0].items[0]
    assert item.title == "城南夜市重开"
    assert len(parse_text(text).pages[0].items) == 1
    assert item.paragraphs[1] == "为什么？"


def test_signature_after_the_last_paragraph_is_the_byline() -> None:
    text = (
        "短评\n让街巷更干净\n\n街巷干净了，城市才有面子。\n\n本报评论员 岑立\n\n"
        "下一条新闻的标题\n\n本报讯（记者 何川）正文。\n"
    )
    items = parse_text(text).pages[0].items
    assert (items[0].column, items[0].byline, items[0].reporters) == (
        "短评",
        "本报评论员 岑立",
        ("岑立",),
    )
    assert items[1].title == "下一条新闻的标题"


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("河西晚报 2025年9月9日 星期二 A6 民生 责任编辑：柯蓝", (6, "民生")),
        ("A7　2025年9月9日　星期二　民生", (7, "民生")),
        ("A7 2025年9月9日 星期二 责任编辑：柯蓝", (7, None)),
        ("今天是2025年9月9日星期二，A3 会议", None),
        ("9月9日 星期二 A3 民生", None),  # no year: too little to call it a running head
        ("时间：2025年9月9日 星期二 14:00 地点：B2 会议室", None),  # a notice's line
    ],
)
def test_running_heads_with_a_letter_page(line: str, header: tuple[int, str | None] | None) -> None:
    from parser.structure.text import page_header

    assert page_header(line) == header


def test_the_date_comes_from_a_running_head_when_the_name_has_none(tmp_path: Path) -> None:
    from parser.loader import load_edition

    page = tmp_path / "page.txt"
    page.write_text("A6 2025年9月9日 星期二 民生\n\n标题\n\n本报讯 正文。\n", encoding="utf-8")
    assert load_edition(page).date == "2025-09-09"


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("Library opens late on Fridays", (None, "Library opens late on Fridays", None)),
        ("GDP 5.2% 增速领先", (None, "GDP 5.2% 增速领先", None)),
        ("5G 基站突破450万个", (None, "5G 基站突破450万个", None)),
    ],
)
def test_latin_words_in_a_headline_are_not_its_parts(
    line: str, parts: tuple[str | None, str | None, str | None]
) -> None:
    from parser.structure.headlines import split_headline

    assert split_headline([line]) == parts


def test_english_headline_is_no_banner() -> None:
    from parser.structure.headlines import looks_like_banner

    assert not looks_like_banner("Library opens late on Fridays")
    assert looks_like_banner("奋进新征程 建功新时代 我们的新时代")


def test_the_role_pattern_covers_every_role_word() -> None:
    from parser.structure.bylines import ROLE_RE, ROLES

    assert [r for r in ROLES if not ROLE_RE.fullmatch(r)] == []
    assert ROLE_RE.fullmatch("本报驻京记者") and ROLE_RE.fullmatch("本报首席记者")
    assert not ROLE_RE.search("北岭市第二季度重点项目")


def test_a_file_without_a_page_number_gets_a_page_of_its_own(tmp_path: Path) -> None:
    from parser.loader import load_edition

    for name, title in (("01.txt", "头版新闻"), ("03.txt", "三版新闻"), ("导读.txt", "本期导读")):
        (tmp_path / name).write_text(f"{title}\n\n本报讯 正文。\n", encoding="utf-8")
    pages = load_edition(tmp_path).pages
    assert [(p.number, p.items[0].title) for p in pages] == [
        (1, "头版新闻"), (3, "三版新闻"), (4, "本期导读"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("header", "number"),
    [("A3版", 3), ("第B03版：体育", 103), ("C1版", 201), ("第3版", 3), ("P2版", 2)],
)
def test_section_letters_keep_sections_apart(header: str, number: int) -> None:
    from parser.structure.text import page_header

    found = page_header(header)
    assert found is not None and found[0] == number


def test_an_edition_of_one_later_section_is_numbered_from_one() -> None:
    text = "B1版\n\n标题\n\n本报讯 正文。（下转B3版）\n\nB3版\n\n（上接B1版）续。\n"
    edition = parse_text(text)
    assert [p.number for p in edition.pages] == [1, 3]
    link = edition.pages[0].items[0].continued_to
    assert link is not None and (link.page, link.item) == (3, "p3-1")
