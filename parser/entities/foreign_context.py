"""The words around a foreign-looking word that say what it names.

A verb of office or of saying makes it a person (任职, 表示), a preposition or a kind of
place a place (在哈瓦那, 旅游胜地帕塔亚, 阿尔萨斯大区), a firm, a product or a measure word
for things a thing (摩托罗拉公司, 一辆桑塔纳), a law or an effect its discoverer (多普勒效应).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parser.entities.tagger import Token


# Verbs only a person is the subject of: 在阿维兰热任职期间 is a time in a person's office,
# not a place, whatever 在 before suggests (unlike 在阿布贾去世, where a person died).
PERSON_VERBS = frozenset(
    (
        *("任职", "执政", "执教", "当选", "就任", "上任", "辞职"),
        *("说", "表示", "指出", "强调", "认为", "宣布", "承认"),
    )
)
# Things science names after people: the foreign word before them is the person's name.
EPONYM_AFTER = frozenset(
    ("定律", "定理", "效应", "半径", "方程", "方程式", "常数", "猜想", "原理", "公式", "假说")
)
EPONYM_BONUS = 1.0
# Words around a foreign name that make it a place rather than a person (在哈瓦那,
# 迁都阿斯塔纳, 克什米尔问题, 从哈瓦那起飞).
PLACE_BEFORE = frozenset(
    ("在", "从", "迁都", "来自", "离开", "飞抵", "直飞", "飞经", "到达", "经", "胜地")
)
# Nouns for kinds of places that end a word before a place name (旅游胜地, 港口城市).
PLACE_NOUNS = ("胜地", "城市", "首都", "首府", "港口", "小镇", "名城", "重镇", "古城")
PLACE_AFTER = frozenset(
    (
        *("问题", "起飞", "出发", "举行", "召开", "一带", "境内", "号", "大会", "总领事馆"),
        *("领事馆", "大区", "地区", "争端", "省长", "州长", "市长"),
    )
)
# Words after a foreign-looking word that make it a firm, a product or a thing.
THING_AFTER = frozenset(
    ("公司", "集团", "汽车", "轿车", "牌", "产品", "品牌", "系列", "指数", "现象", "成员国")
)
THING_FINALS = frozenset("星")  # 海王星: a planet or a star
# The kind of place after a foreign name (温哥华市, 尼·伯尔切斯库镇), part of the place name.
PLACE_KIND_SUFFIX = frozenset(("市", "州", "省", "县", "镇", "村", "岛", "港"))
# Words after a dotted name that make it the name of a body (乔治·梅森大学).
BODY_AFTER_NAME = frozenset(
    ("大学", "学院", "公司", "集团", "基金会", "研究所", "医院", "中心", "俱乐部", "银行")
)
THING_PENALTY = 2.0
# Measure words for vehicles, machines and goods (一辆, 两台), never for people (位, 名).
_THING_MEASURES = frozenset("辆部台架款件瓶支块艘")


def counted_thing(tokens: Sequence[Token], i: int) -> bool:
    """一部桑塔纳, 一辆红色“菲亚特”: a measure word for things before the word (past a
    colour or an opening quote) makes it a make or a product."""
    for k in range(i - 1, max(-1, i - 4), -1):
        tok = tokens[k]
        if tok.tag in ("m", "q", "mq"):
            return tok.word[-1] in _THING_MEASURES
        if tok.word != "“" and not tok.word.endswith("色"):
            return False
    return False


# Family words after a name and a title (克林顿夫人希拉里): his wife, not a country's.
SPOUSES = frozenset(("夫人", "太太", "妻子", "丈夫", "女儿", "儿子", "先生", "女士"))
