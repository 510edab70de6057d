"""Layouts real extractions produce besides the corpus: running heads, indented paragraphs,
narrow columns hard-wrapped into short lines, agency and bracketed credits, □ author lines."""

from __future__ import annotations

import pytest

from parser.loader import parse_text
from parser.structure.photos import credit_line
from parser.structure.text import page_header


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("2022年7月17日 星期日 第3版 要闻 责任编辑：张三", (3, "要闻")),
        ("北岭日报 2024年5月18日 星期六 第02版", (2, None)),
        ("A3版 · 国际", (3, "国际")),
        ("本报第3版刊登了这篇文章。", None),
        ("（下转第三版）", None),
    ],
)
def test_running_heads(line: str, header: tuple[int, str | None] | None) -> None:
    assert page_header(line) == header


def test_running_head_numbers_the_page_and_is_kept() -> None:
    text = "2024年5月18日 星期六 第2版 综合 责任编辑：王某\n\n标题\n\n正文。\n"
    page = parse_text(text).pages[0]
    assert (page.number, page.name) == (2, "综合")
    assert page.header == "2024年5月18日 星期六 第2版 综合 责任编辑：王某"


def test_narrow_column_hard_wrapped() -> None:
    text = (
        "市民公园完成改造\n重新开放\n本报讯（记者 张明）经过半年\n的改造提升，市民公园日前\n"
        "重新开放。改造后的公园新增\n健身步道两公里，\n儿童游乐设施十余处。\n"
        "　　据介绍，公园还增设了\n智慧路灯和直饮水点，方便\n市民休闲健身。\n"
        "新建大桥合龙\n本报讯（记者 李华）昨天，\n跨河大桥顺利合龙。\n"
    )
    first, second = parse_text(text).items()
    assert (first.title, first.subtitle, first.reporters) == (
        "市民公园完成改造",
        "重新开放",
        ("张明",),
    )
    assert first.paragraphs == (
        "经过半年的改造提升，市民公园日前重新开放。改造后的公园新增健身步道两公里，"
        "儿童游乐设施十余处。",
        "据介绍，公园还增设了智慧路灯和直饮水点，方便市民休闲健身。",
    )
    assert (second.title, second.paragraphs) == ("新建大桥合龙", ("昨天，跨河大桥顺利合龙。",))


def test_indented_paragraphs_are_never_headlines() -> None:
    text = (
        "\r\n春耕备耕正当时\r\n\r\n\u3000\u3000本报北京3月2日电\u00a0\u00a0（记者 周南）"
        "各地抓紧春耕。\r\n\u3000\u3000核心提示\r\n\u3000\u3000农资供应充足。\r\n"
        "\r\n另一篇文章标题\r\n\r\n\u3000\u3000正文一段。\r\n"
    )
    first, second = parse_text(text).items()
    assert first.title == "春耕备耕正当时"
    assert first.paragraphs == ("各地抓紧春耕。", "核心提示", "农资供应充足。")
    assert (second.title, second.paragraphs) == ("另一篇文章标题", ("正文一段。",))


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("（本报记者 张三摄）", ("张三",)),
        ("新华社发", ()),
        ("资料图片", ()),
        ("受访者供图", ()),
        ("（完）", None),
    ],
)
def test_more_credit_forms(line: str, names: tuple[str, ...] | None) -> None:
    assert credit_line(line) == names


def test_agency_credit_makes_a_photo() -> None:
    text = "标题\n\n本报讯（记者 张三）正文说到樱桃。\n\n果农采摘樱桃。\n\n新华社发\n"
    (item,) = parse_text(text).items()
    assert item.photos[0].caption == "果农采摘樱桃。"
    assert (item.photos[0].credit, item.photos[0].photographers) == ("新华社发", ())


def test_symbol_and_role_author_line() -> None:
    text = "一条河的故事\n\n□ 本报记者 张三 通讯员 李四\n\n河水清了。\n"
    (item,) = parse_text(text).items()
    assert item.byline == "□ 本报记者 张三 通讯员 李四"
    assert item.reporters == ("张三", "李四")
    assert item.paragraphs == ("河水清了。",)


def test_title_set_on_two_lines_broken_inside_a_word() -> None:
    (item,) = parse_text(
        "恒拓新材料碳纤维生产\n线实现满负荷运转\n\n本报讯（记者 张三）正文。\n"
    ).items()
    assert (item.kicker, item.title, item.subtitle) == (
        None,
        "恒拓新材料碳纤维生产线实现满负荷运转",
        None,
    )


def test_verse_lines_are_text_not_headlines() -> None:
    text = "春天的诗\n\n□ 张三\n\n春风吹过田野\n燕子飞回屋檐\n桃花开了\n杏花也开了\n孩子们在奔跑\n"
    (item,) = parse_text(text).items()
    assert (item.title, item.byline) == ("春天的诗", "□ 张三")
    assert item.paragraphs == (
        "春风吹过田野",
        "燕子飞回屋檐",
        "桃花开了",
        "杏花也开了",
        "孩子们在奔跑",
    )


def test_on_an_indented_page_a_cut_paragraph_does_not_swallow_the_next_headline() -> None:
    text = (
        "\r\n春耕备耕正当时\r\n\r\n\u3000\u3000各地抓紧春耕，不会轻易发生改变\r\n"
        "另一篇文章标题\r\n\u3000\u3000正文一段。\r\n"
    )
    first, second = parse_text(text).items()
    assert first.paragraphs == ("各地抓紧春耕，不会轻易发生改变",)
    assert (second.title, second.paragraphs) == ("另一篇文章标题", ("正文一段。",))


def test_evening_paper_page() -> None:
    text = (
        "A2版：城事\u3000\u30002024年5月18日\u3000星期六\u3000\u3000责编：王某\n\n"
        "夜市重启  烟火气回来了\n\n■本报记者  张小山  文/图\n\n"
        "5月17日晚，城南老街夜市重新开张。\n\n图片新闻\n\n"
        "5月16日，志愿者在街头为市民测量血压。  本报记者 王小川 摄\n\n"
        "短评\n\n让烟火气更可持续\n\n夜市的回归，是城市活力的体现。\n"
    )
    edition = parse_text(text)
    assert (edition.pages[0].number, edition.pages[0].name) == (2, "城事")
    night, photo, comment = edition.items()
    assert (night.kicker, night.title) == (None, "夜市重启 烟火气回来了")
    assert (night.byline, night.reporters) == ("■本报记者  张小山  文/图", ("张小山",))
    assert (photo.kind, photo.column, photo.photos[0].photographers) == (
        "photo",
        "图片新闻",
        ("王小川",),
    )
    assert (comment.column, comment.title) == ("短评", "让烟火气更可持续")
