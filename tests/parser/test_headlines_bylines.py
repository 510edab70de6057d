"""Headline parts, stray spaces, datelines and bylines, as separate rules and on whole pages."""

from __future__ import annotations

import pytest

from parser.loader import parse_text
from parser.model import Item
from parser.structure.bylines import byline_line, names_in, split_byline
from parser.structure.headlines import clean_headline, split_headline


def one(text: str) -> Item:
    items = list(parse_text(text).items())
    assert len(items) == 1, [i.kind for i in items]
    return items[0]


@pytest.mark.parametrize(
    ("line", "clean"),
    [
        ("应急管理 部赴阳高县 广灵县 调研定点帮扶工作", "应急管理部赴阳高县广灵县调研定点帮扶工作"),
        ("全市二季度重点项目集中开 工活动举行", "全市二季度重点项目集中开工活动举行"),
        ("恒拓新材料碳纤维生产 线实现满负荷运转", "恒拓新材料碳纤维生产线实现满负荷运转"),
        ("他们的 孩子们都回来了吗", "他们的孩子们都回来了吗"),
        ("莫道君行早 是处有亲朋", "莫道君行早 是处有亲朋"),
        ("宋元明率队 卢东亮张强胡海军等陪同", "宋元明率队 卢东亮张强胡海军等陪同"),
        (
            "开放床位800张 青松区群众看病不用再“跑远路”",
            "开放床位800张 青松区群众看病不用再“跑远路”",
        ),
        ("新ETC 系统  上线", "新ETC 系统上线"),
    ],
)
def test_stray_and_separator_spaces(line: str, clean: str) -> None:
    assert clean_headline(line) == clean


@pytest.mark.parametrize(
    ("lines", "parts"),
    [
        (["我市推出十大文旅主题精品线路"], (None, "我市推出十大文旅主题精品线路", None)),
        (
            ["对标对表学思谋动 争先进位狠抓突破 开发区观摩调研活动举行 市领导带队现场观摩"],
            ("对标对表学思谋动 争先进位狠抓突破", "开发区观摩调研活动举行", "市领导带队现场观摩"),
        ),
        (
            ["破解“停车难” 中心城区今年将新增公共停车泊位3600个"],
            ("破解“停车难”", "中心城区今年将新增公共停车泊位3600个", None),
        ),
        (
            ["我市新增41家省级“专精特新”中小企业 总数达到153家"],
            (None, "我市新增41家省级“专精特新”中小企业", "总数达到153家"),
        ),
        (["民间美术 山花烂漫"], (None, "民间美术 山花烂漫", None)),
        (
            ["莫道君行早 是处有亲朋", "——记一次国事访问"],
            (None, "莫道君行早 是处有亲朋", "——记一次国事访问"),
        ),
        (
            ["针对收费问题，交通运输部回应——", "全面整改 便利群众出行"],
            ("针对收费问题，交通运输部回应——", "全面整改 便利群众出行", None),
        ),
        (["引题一行", "主题一行在这里", "副题一行"], ("引题一行", "主题一行在这里", "副题一行")),
    ],
)
def test_headline_parts(lines: list[str], parts: tuple[str | None, ...]) -> None:
    assert split_headline(lines) == parts


def test_headline_on_a_page() -> None:
    item = one("城市更新 部署推进\n\n柳河区老旧小区改造惠及居民\n\n本报讯（记者 苏曼）正文。\n")
    assert (item.kicker, item.title) == ("城市更新 部署推进", "柳河区老旧小区改造惠及居民")


@pytest.mark.parametrize(
    ("text", "byline", "dateline", "reporters", "rest"),
    [
        (
            "本报讯（记者 李雪峰 韩云峰）7月13日，",
            "本报讯（记者 李雪峰 韩云峰）",
            "本报讯",
            ("李雪峰", "韩云峰"),
            "7月13日，",
        ),
        (
            "本报讯（记者 张彩峰）记者近日",
            "本报讯（记者 张彩峰）",
            "本报讯",
            ("张彩峰",),
            "记者近日",
        ),
        (
            "新华社北京1月18日电\u00a0\u00a01月18日，",
            "新华社北京1月18日电",
            "新华社北京1月18日电",
            (),
            "1月18日，",
        ),
        (
            "本报内比都1月18日电  （记者杜尚泽、丁子）当地时间",
            "本报内比都1月18日电  （记者杜尚泽、丁子）",
            "本报内比都1月18日电",
            ("杜尚泽", "丁子"),
            "当地时间",
        ),
        (
            "本报讯（通讯员 王小五 记者 赵 六）今天",
            "本报讯（通讯员 王小五 记者 赵 六）",
            "本报讯",
            ("王小五", "赵六"),
            "今天",
        ),
        (
            "本报讯（记者 郝静 实习生 王子涵）前4个月",
            "本报讯（记者 郝静 实习生 王子涵）",
            "本报讯",
            ("郝静", "王子涵"),
            "前4个月",
        ),
        ("本报讯（见习记者 唐悦）孩子们", "本报讯（见习记者 唐悦）", "本报讯", ("唐悦",), "孩子们"),
        ("清河日报讯 今天上午", "清河日报讯", "清河日报讯", (), "今天上午"),
        (
            "本报北京1月18日电（二〇二〇年）",
            "本报北京1月18日电",
            "本报北京1月18日电",
            (),
            "（二〇二〇年）",
        ),
    ],
)
def test_split_byline(
    text: str, byline: str, dateline: str, reporters: tuple[str, ...], rest: str
) -> None:
    assert split_byline(text) == (byline, dateline, reporters, rest)


@pytest.mark.parametrize(
    "text", ["合作社积极发电，保障供应。", "记者近日从市工信局获悉", "本报记者"]
)
def test_not_a_byline(text: str) -> None:
    assert split_byline(text) is None


def test_byline_lines_and_names() -> None:
    assert byline_line("本报记者 张三 李四") == ("张三", "李四")
    assert byline_line("通讯员 王五 记者 赵六") == ("王五", "赵六")
    assert byline_line("□ 方知远") == ("方知远",)
    assert byline_line("记者近日从市工信局获悉") is None
    assert names_in("鲜\u00a0\u00a0敢\u00a0\u00a0严贵旺") == ("鲜敢", "严贵旺")


def test_byline_moves_out_of_the_first_paragraph() -> None:
    item = one("标题在这里\n\n本报讯（记者 张三 李四）今天，正文开始。\n\n第二段。\n")
    assert item.byline == "本报讯（记者 张三 李四）"
    assert item.reporters == ("张三", "李四")
    assert item.paragraphs == ("今天，正文开始。", "第二段。")


def test_author_line_after_a_title() -> None:
    item = one("故乡的河\n\n□ 林小远\n\n小时候，我常去河边。\n\n（作者系本市作家协会会员）\n")
    assert (item.title, item.byline, item.reporters) == ("故乡的河", "□ 林小远", ("林小远",))
    assert item.paragraphs[-1] == "（作者系本市作家协会会员）"


def test_closing_reporter_note_gives_the_reporters() -> None:
    item = one("标题在这里\n\n正文一段。\n\n（本报记者 倪小弋、彭大波）\n")
    assert item.reporters == ("倪小弋", "彭大波")
    assert item.byline is None and item.paragraphs[-1] == "（本报记者 倪小弋、彭大波）"
    assert one("标题在这里\n\n正文一段。\n\n（作者为本市作协会员）\n").reporters == ()
