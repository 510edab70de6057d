"""Jump markers in every printed form, linked both ways across the edition; odd ones never crash."""

from __future__ import annotations

import pytest

from parser.loader import parse_text
from parser.model import Edition, Item, Link
from parser.structure.jumps import whole_line_marker

EDITION = """第1版：要闻

园区建设全面提速

本报讯（记者 张三）园区建设第一段。

园区建设第二段，项目早投产。（下转第三版）

乡村旅游持续升温

本报讯（记者 李四）乡村旅游第一段。

（下转第3版）

农业农村工作推进会召开

本报讯（记者 王五）会议第一段。

（转第二版）

全市经济运行稳中向好

本报讯（记者 赵六）经济摘要一段。（全文见第三版）

高速公路二期工程建设提速

本报讯（记者 钱七）高速第一段。

（下转第八版）

第2版：综合

农业农村工作推进会召开

(上接第1版)会议第二段。

第3版：城市

乡村旅游持续升温

（上接1版）乡村旅游第二段。

园区建设全面提速

（上接第一版）

园区建设第三段。

全市经济运行稳中向好

经济全文一段。

游客服务中心启用

（上接第五版）游客服务第二段。
"""


@pytest.fixture(scope="module")
def edition() -> Edition:
    return parse_text(EDITION)


def _by_title(edition: Edition, page: int, title: str) -> Item:
    return next(i for i in edition.items() if i.page == page and i.title == title)


def test_every_marker_form_is_recognised() -> None:
    for marker, forward, page in [
        ("（下转第三版）", True, 3),
        ("（下转第3版）", True, 3),
        ("(下转A3版)", True, 3),
        ("（转第二版）", True, 2),
        ("（上接第一版）", False, 1),
        ("（上接1版）", False, 1),
        ("(上接第1版)", False, 1),
        ("（全文见第三版）", True, 3),
        ("（下转第十二版）", True, 12),
        ("（下接第３版）", True, 3),
        ("（续第一版）", False, 1),
    ]:
        found = whole_line_marker(marker)
        assert found is not None, marker
        assert (found.forward, found.page, found.text) == (forward, page, marker)


def test_links_both_ways_matched_by_headline(edition: Edition) -> None:
    park1 = _by_title(edition, 1, "园区建设全面提速")
    park3 = _by_title(edition, 3, "园区建设全面提速")
    tour1 = _by_title(edition, 1, "乡村旅游持续升温")
    tour3 = _by_title(edition, 3, "乡村旅游持续升温")
    assert park1.continued_to == Link(3, park3.id, "（下转第三版）")
    assert park3.continued_from == Link(1, park1.id, "（上接第一版）")
    assert tour1.continued_to == Link(3, tour3.id, "（下转第3版）")
    assert tour3.continued_from == Link(1, tour1.id, "（上接1版）")
    assert [i.id for i in edition.story(park3.id)] == [park1.id, park3.id]


def test_marker_leaves_the_paragraph_text(edition: Edition) -> None:
    park1 = _by_title(edition, 1, "园区建设全面提速")
    assert park1.paragraphs[-1] == "园区建设第二段，项目早投产。"
    meeting2 = _by_title(edition, 2, "农业农村工作推进会召开")
    assert meeting2.paragraphs == ("会议第二段。",)
    assert meeting2.continued_from is not None and meeting2.continued_from.marker == "(上接第1版)"
    meeting1 = _by_title(edition, 1, "农业农村工作推进会召开")
    assert meeting1.continued_to == Link(2, meeting2.id, "（转第二版）")


def test_full_text_elsewhere(edition: Edition) -> None:
    summary = _by_title(edition, 1, "全市经济运行稳中向好")
    full = _by_title(edition, 3, "全市经济运行稳中向好")
    assert summary.continued_to == Link(3, full.id, "（全文见第三版）")
    assert summary.paragraphs == ("经济摘要一段。",)


def test_dangling_markers_keep_their_link(edition: Edition) -> None:
    road = _by_title(edition, 1, "高速公路二期工程建设提速")
    assert road.continued_to == Link(8, None, "（下转第八版）")
    assert road.continued_to.dangling
    visitor = _by_title(edition, 3, "游客服务中心启用")
    assert visitor.continued_from == Link(5, None, "（上接第五版）")


@pytest.mark.parametrize(
    "text",
    [
        "标题\n\n正文。（下转第零版）\n",
        "标题\n\n正文。（下转第九十九版）（下转第二版）（上接第一版）（上接第一版）\n",
        "（上接第一版）\n\n（上接第一版）\n\n（下转第二版）\n",
        "标题（下转第二版）\n\n正文（下转第二版\n",
        "第1版\n\n甲\n\n正文。（下转第1版）\n\n（上接第1版）正文二。\n",
    ],
)
def test_odd_markers_never_crash_and_nothing_is_lost(text: str) -> None:
    from conservation import conservation_problem

    edition = parse_text(text)
    assert conservation_problem([text], edition) is None


def test_second_marker_of_a_direction_stays_in_the_text() -> None:
    (item,) = parse_text("标题\n\n本报讯 正文。（下转第二版）又一句（下转第三版）\n").items()
    assert item.continued_to is not None and item.continued_to.marker == "（下转第二版）"
    assert "（下转第三版）" in item.paragraphs[0]


def test_marker_on_the_headline_line_and_untitled_continuation() -> None:
    text = (
        "第1版\n\n园区建设提速\n\n本报讯（记者 张三）园区第一段。（下转第三版）\n\n"
        "第3版\n\n甲新闻\n\n本报讯（记者 李四）甲新闻正文。\n\n（上接第一版）园区第二段。\n\n"
        "乙新闻标题（上接第五版）\n\n乙新闻正文。\n"
    )
    park, other, rest, second = parse_text(text).items()
    assert park.continued_to == Link(3, rest.id, "（下转第三版）")
    assert other.continued_from is None and other.paragraphs == ("甲新闻正文。",)
    assert (rest.title, rest.paragraphs) == (None, ("园区第二段。",))
    assert rest.continued_from == Link(1, park.id, "（上接第一版）")
    assert second.title == "乙新闻标题"
    assert second.continued_from == Link(5, None, "（上接第五版）")


def test_missing_continuation_marker_falls_back_to_the_same_title() -> None:
    text = (
        "第1版\n\n园区建设全面提速\n\n本报讯（记者 张三）第一段。（下转第二版）\n\n"
        "第2版\n\n别的新闻\n\n本报讯（记者 李四）别的正文。\n\n园区建设全面提速\n\n第二段。\n\n"
        "第3版\n\n乡村旅游升温\n\n（上接第二版）旅游第二段。\n"
    )
    park1, other, park2, tour = parse_text(text).items()
    assert park1.continued_to == Link(2, park2.id, "（下转第二版）")
    assert park2.continued_from is None  # it carries no marker to hold a Link
    assert other.continued_from is None
    assert tour.continued_from == Link(2, None, "（上接第二版）")  # no such title there
