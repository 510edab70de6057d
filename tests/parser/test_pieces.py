"""Photos and captions, banners, notices, briefs, paragraphs broken by the extraction."""

from __future__ import annotations

import pytest

from parser.loader import parse_text
from parser.model import Item
from parser.structure.photos import credit_line, split_inline_credit


def items(text: str) -> list[Item]:
    return list(parse_text(text).items())


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("本报记者 戎禹仁摄", ("戎禹仁",)),
        ("新华社记者 王小明摄", ("王小明",)),
        ("郑小川 摄", ("郑小川",)),
        ("陈\u00a0\u00a0勇摄（人民视觉）", ("陈勇",)),
        ("鲜\u00a0\u00a0敢\u00a0\u00a0严贵旺摄影报道", ("鲜敢", "严贵旺")),
        ("本报通讯员 王建国摄", ("王建国",)),
        ("本报记者 张三 李四摄", ("张三", "李四")),
        ("王五、赵六摄", ("王五", "赵六")),
    ],
)
def test_credit_lines(line: str, names: tuple[str, ...]) -> None:
    assert credit_line(line) == names


@pytest.mark.parametrize("line", ["大家一起来拍摄", "他说：这张照片是我摄的。", "摄"])
def test_not_credit_lines(line: str) -> None:
    assert credit_line(line) is None


def test_inline_credit() -> None:
    assert split_inline_credit("5月17日，市民在江边骑行。 本报记者 贺一帆摄") == (
        "5月17日，市民在江边骑行。",
        "本报记者 贺一帆摄",
        ("贺一帆",),
    )
    assert split_inline_credit("他们正在一起拍摄") is None


PAGE_WITH_DROPPED_CAPTION = """标题在此

本报讯（记者 张三）第一段写完了。

第二段说到一半，大家进园区、下工地、

5月16日，市领导在项目工地观摩建设情况。

本报记者 李四摄

到车间，详细了解项目进度。

第三段。
"""


def test_caption_dropped_mid_sentence_is_removed_and_the_sentence_rejoined() -> None:
    (item,) = items(PAGE_WITH_DROPPED_CAPTION)
    assert item.paragraphs == (
        "第一段写完了。",
        "第二段说到一半，大家进园区、下工地、到车间，详细了解项目进度。",
        "第三段。",
    )
    (photo,) = item.photos
    assert photo.caption == "5月16日，市领导在项目工地观摩建设情况。"
    assert (photo.credit, photo.photographers, photo.after_paragraph) == (
        "本报记者 李四摄",
        ("李四",),
        1,
    )


def test_standalone_photo_news_between_pieces() -> None:
    text = (
        "甲新闻标题\n\n本报讯（记者 张三）甲新闻的正文，讲工业园区招商引资。\n\n"
        "5月16日，云溪县杏花村果农在采摘成熟的大樱桃。\n\n郑小川 摄\n\n"
        "乙新闻标题\n\n本报讯（记者 李四）乙新闻的正文。\n"
    )
    kinds = [(i.kind, i.title) for i in items(text)]
    assert kinds == [("article", "甲新闻标题"), ("photo", None), ("article", "乙新闻标题")]
    photo = items(text)[1].photos[0]
    assert photo.caption.startswith("5月16日，云溪县") and photo.photographers == ("郑小川",)


def test_photo_of_the_piece_it_ends() -> None:
    text = (
        "考古成果展开展\n\n本报讯（记者 苏曼）北岭博物馆考古成果展今天开展，展出文物三百件。\n\n"
        "观众在北岭博物馆参观考古成果展。\n\n本报记者 梁卓摄\n"
    )
    (item,) = items(text)
    assert item.kind == "article" and item.photos[0].after_paragraph == 0


def test_photo_with_a_headline_is_photo_news() -> None:
    (item,) = items("春到杏花村\n\n5月16日，果农在采摘大樱桃。\n\n郑小川 摄\n")
    assert (item.kind, item.title) == ("photo", "春到杏花村")
    assert item.photos[0].caption == "5月16日，果农在采摘大樱桃。"


def test_banner_kept_apart_from_the_pieces_around_it() -> None:
    text = (
        "甲标题\n\n本报讯（记者 张三）甲正文。\n\n奋进新征程 建功新时代 我们的新时代\n\n"
        "乙标题在这里 乙副题写得长一些\n\n本报讯（记者 李四）乙正文。\n"
    )
    got = items(text)
    assert [i.kind for i in got] == ["article", "banner", "article"]
    assert got[1].column == "奋进新征程 建功新时代 我们的新时代"
    assert got[2].kicker is None and got[2].title == "乙标题在这里"


def test_notice_without_byline() -> None:
    text = "停水通知\n\n因管道施工，5月21日全天停水。\n\n北岭市供水有限责任公司\n\n2024年5月17日\n"
    (item,) = items(text)
    assert (item.kind, item.title, item.byline) == ("notice", "停水通知", None)
    assert item.paragraphs[-2:] == ("北岭市供水有限责任公司", "2024年5月17日")


def test_briefs_under_a_briefs_banner() -> None:
    text = (
        "经济简讯\n\n城际公交开通\n\n5月16日起，城际公交正式开通。\n\n"
        "银行推出新产品\n\n农商银行推出“樱桃贷”。\n\n"
        "大桥建设提速\n\n本报讯（记者 段文韬）大桥主体完工。\n\n第二段。\n"
    )
    assert [(i.kind, i.title or i.column) for i in items(text)] == [
        ("banner", "经济简讯"),
        ("brief", "城际公交开通"),
        ("brief", "银行推出新产品"),
        ("article", "大桥建设提速"),
    ]


def test_untitled_dated_piece_is_a_brief() -> None:
    text = "甲标题\n\n本报讯（记者 张三）甲正文。\n\n本报讯 市图书馆本周六起延长开放时间。\n"
    assert [i.kind for i in items(text)] == ["article", "brief"]


@pytest.mark.parametrize(
    ("body", "paragraphs"),
    [
        ("以刀刃向\n\n内的决心开展了改革。", ("以刀刃向内的决心开展了改革。",)),
        ("第一段完了。\n\n第二段。", ("第一段完了。", "第二段。")),
        ("他说：\n\n“我们一定办好。”", ("他说：", "“我们一定办好。”")),
        ("Use the\n\nAPI now。", ("Use the API now。",)),
        ("确保工作\n\n保障更加有力。", ("确保工作保障更加有力。",)),
    ],
)
def test_paragraphs_broken_by_blank_lines(body: str, paragraphs: tuple[str, ...]) -> None:
    (item,) = items(f"标题\n\n本报讯（记者 张三）{body}\n")
    assert item.paragraphs == paragraphs


def test_numbered_subheads_stay_in_the_article() -> None:
    text = "标题\n\n本报讯（记者 张三）开头。\n\n一、总体要求\n\n要求如下。\n"
    (item,) = items(text)
    assert item.paragraphs == ("开头。", "一、总体要求", "要求如下。")


@pytest.mark.parametrize("subhead", ["【产业升级】", "“向世界讲述中国故事”", "■ 产业兴旺"])
def test_marked_subheads_stay_in_the_article(subhead: str) -> None:
    text = f"标题\n\n本报讯（记者 张三）开头。\n\n{subhead}\n\n下文如此。\n"
    (item,) = items(text)
    assert item.paragraphs == ("开头。", subhead, "下文如此。")


def test_stray_spaces_in_body_text_go_separating_spaces_stay() -> None:
    text = "标题\n\n重点项目集中开 工仪式举行。\n\n版式设计：沈亦伶\u00a0\u00a0张丹峰\n"
    (item,) = items(text)
    assert item.paragraphs == ("重点项目集中开工仪式举行。", "版式设计：沈亦伶\u00a0\u00a0张丹峰")


def test_bracketed_credit_at_the_end_of_a_caption() -> None:
    assert split_inline_credit("技术人员检查产品质量。（本报记者 张三 摄）") == (
        "技术人员检查产品质量。",
        "（本报记者 张三 摄）",
        ("张三",),
    )


@pytest.mark.parametrize(
    ("title", "kind"),
    [("遗失声明", "notice"), ("两国联合声明全文发表", "article"), ("致全市居民的一封信", "notice")],
)
def test_notices_by_title_or_signature(title: str, kind: str) -> None:
    text = f"{title}\n\n正文一段。\n\n北岭市人民政府\n\n2024年5月17日\n"
    if kind == "article":
        text = f"{title}\n\n正文一段。\n"
    (item,) = items(text)
    assert item.kind == kind


def test_article_goes_on_after_an_unrelated_photo_dropped_between_its_paragraphs() -> None:
    text = (
        "园区建设提速\n\n本报讯（记者 张三）园区建设第一段，工业项目加快推进。\n\n"
        "果农在杏花村采摘成熟的大樱桃。\n\n郑小川 摄\n\n园区建设第二段，工业项目全面投产。\n\n"
        "下一个新闻标题\n\n本报讯（记者 李四）正文。\n"
    )
    park, photo, nxt = items(text)
    assert park.paragraphs == (
        "园区建设第一段，工业项目加快推进。",
        "园区建设第二段，工业项目全面投产。",
    )
    assert (photo.kind, photo.photos[0].caption) == ("photo", "果农在杏花村采摘成熟的大樱桃。")
    assert nxt.title == "下一个新闻标题"
