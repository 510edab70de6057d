"""The real pages in ../shared/corpus: what issue 2 says the parser must reach on them."""

from __future__ import annotations

from pathlib import Path

import pytest

from parser.loader import load_edition
from parser.model import Edition, Item

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def dtrb(corpus: Path) -> Edition:
    return load_edition(corpus / "dtrb-2022-07-p01.txt")


@pytest.fixture(scope="module")
def rmrb(corpus: Path) -> Edition:
    return load_edition(corpus / "rmrb-20200119")


def _items(edition: Edition) -> list[Item]:
    return list(edition.items())


def test_dtrb_pieces_and_kinds(dtrb: Edition) -> None:
    assert [p.number for p in dtrb.pages] == [1]
    kinds = [i.kind for i in _items(dtrb)]
    assert kinds == [
        "article", "banner", "article", "photo", "notice", "article", "article", "article",
        "article",
    ]  # fmt: skip
    assert [i.id for i in _items(dtrb)] == [f"p1-{n}" for n in range(1, 10)]


def test_dtrb_headlines(dtrb: Edition) -> None:
    heads = [(i.kicker, i.title, i.subtitle) for i in _items(dtrb)]
    assert heads[0] == (
        None,
        "应急管理部赴阳高县广灵县调研定点帮扶工作",
        "宋元明率队 卢东亮张强胡海军等陪同",
    )
    assert heads[2] == (None, "2022年省级“专精特新”中小企业名单出炉", "本市37家企业入选")
    assert heads[4][1] == "大同市清理隐性壁垒规范审批事项优化营商环境专项行动投诉渠道"
    assert heads[5] == (
        "对标对表学思谋动 争先进位狠抓突破",
        "我市2022年开发区第二站观摩调研活动举行",
        "卢东亮张强带队赴大同经开区现场观摩",
    )
    assert heads[6][1:] == ("全力以赴推动政法工作提质增效", "艾凌宇出席县区政法工作年中汇报会")
    assert heads[7] == (None, "我市推出十大文旅主题精品线路", None)
    assert heads[8] == (None, "我市开通十条全域旅游直通车", None)


def test_dtrb_banner_kept_apart(dtrb: Edition) -> None:
    banner = _items(dtrb)[1]
    assert banner.column == "奋进新征程 建功新时代 我们的新时代"
    assert not banner.paragraphs and not banner.title
    assert _items(dtrb)[2].kicker is None


def test_dtrb_bylines_and_paragraph_counts(dtrb: Edition) -> None:
    items = _items(dtrb)
    assert items[0].byline == "本报讯（记者 李雪峰 韩云峰）"
    assert items[0].dateline == "本报讯"
    assert [i.reporters for i in items] == [
        ("李雪峰", "韩云峰"), (), ("张彩峰",), (), (), ("李雪峰",), ("丰曼",), ("陈杰",), ("陈杰",),
    ]  # fmt: skip
    assert [len(i.paragraphs) for i in items] == [5, 0, 2, 0, 2, 8, 4, 2, 2]
    assert items[0].paragraphs[0].startswith("7月13日至14日")
    assert items[4].byline is None


def test_dtrb_broken_paragraphs_rejoined(dtrb: Edition) -> None:
    body = [p for i in _items(dtrb) for p in i.paragraphs]
    for joined in (
        "以刀刃向内的决心",
        "将成为集新能源",
        "大家进园区、下工地、到车间",
        "确保工作保障更加有力",
    ):
        assert sum(joined in p for p in body) == 1, joined


def test_dtrb_photos(dtrb: Edition) -> None:
    items = _items(dtrb)
    (standalone,) = items[3].photos
    assert standalone.caption.startswith("随着市民保健意识的不断提升")
    assert (standalone.credit, standalone.photographers) == ("本报记者 戎禹仁摄", ("戎禹仁",))
    (dropped,) = items[5].photos
    assert dropped.caption.startswith("7月16日，省委常委、市委书记卢东亮")
    assert (dropped.credit, dropped.photographers) == ("本报记者 张燕伟摄", ("张燕伟",))
    assert dropped.after_paragraph == 4
    assert "张燕伟" not in "".join(items[5].paragraphs)
    assert sum(len(i.photos) for i in items) == 2


def test_dtrb_dangling_jump(dtrb: Edition) -> None:
    link = _items(dtrb)[5].continued_to
    assert link is not None
    assert (link.page, link.item, link.marker, link.dangling) == (3, None, "（下转第三版）", True)
    assert _items(dtrb)[5].paragraphs[-1].endswith("建设项目早投产。")


def test_rmrb_pages_and_pieces(rmrb: Edition) -> None:
    assert [p.number for p in rmrb.pages] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [len(p.items) for p in rmrb.pages] == [7, 5, 5, 10, 3, 4, 3, 3]
    assert rmrb.date == "2020-01-19"


def test_rmrb_headlines_exactly_as_the_files_give_them(rmrb: Edition, corpus: Path) -> None:
    files = sorted((corpus / "rmrb-20200119").glob("*.txt"))
    for file, item in zip(files, rmrb.items(), strict=True):
        lines = file.read_bytes().decode("utf-8").split("\r\n")
        head = []
        for line in lines:
            if line.startswith("\u3000"):
                break
            head.append(line.strip() or None)
        head += [None] * 3
        assert (item.kicker, item.title, item.subtitle) == tuple(head[:3]), file.name


def test_rmrb_bylines_and_photo_news(rmrb: Edition) -> None:
    by_id = {i.id: i for i in rmrb.items()}
    assert by_id["p1-2"].byline == "本报内比都1月18日电\u00a0\u00a0（记者杜尚泽、丁子）"
    assert by_id["p1-2"].reporters == ("杜尚泽", "丁子")
    assert by_id["p1-2"].paragraphs[0].startswith("当地时间1月18日上午")
    assert by_id["p1-1"].dateline == "新华社北京1月18日电"
    lamb = by_id["p3-3"]
    assert lamb.kind == "photo" and lamb.photos[0].photographers == ("陈勇",)
    assert by_id["p4-4"].photos[0].photographers == ("鲜敢", "严贵旺")
    assert by_id["p8-2"].title == "名家新作" and not by_id["p8-2"].paragraphs
