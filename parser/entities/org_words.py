"""Words that are organisations by themselves, and the word lists that tell them apart.

Also here: companies as whole items of a 、 list, and parties jieba lists as plain nouns.

jieba's ``nt`` tag is noisy (联合公报, 社会科学) and some bodies are tagged as places
(亚足联, 北约) or abbreviations (欧盟, 足协): their endings decide. Meetings (座谈会),
common words ending like an office (全局, 平台, 平局) and titles (省委常委) are not bodies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from parser.entities.org_kinds import describes_a_kind
from parser.entities.resources import (
    ORG_SUFFIXES,
    PERSON_TITLES,
    PLACE_ABBREVIATIONS,
    STANDALONE_ORGS,
)
from parser.entities.world import INTERNATIONAL_BODIES

if TYPE_CHECKING:
    from parser.entities.tagger import Candidate, Token

ORG_SUFFIX = tuple(sorted(ORG_SUFFIXES, key=len, reverse=True))
ORG_SUFFIX_SET = frozenset(ORG_SUFFIXES)
TITLE_WORDS = frozenset(PERSON_TITLES)

# Common words ending like an organisation (村干部, 全部, 内部, 市政府: PD never tags 政府).
NOT_ORG_ENDINGS = (
    *("政府", "当局", "干部", "全部", "内部", "外部", "局部", "部分", "大部", "东部", "西部"),
    *("南部", "北部", "中部", "党组织", "团组织", "结合部", "机关", "军队", "两院", "交界处"),
    *("格局", "变局", "开局", "布局", "结局", "大局", "全局", "时局", "僵局", "骗局"),
    *("平局", "胜局", "败局", "残局", "对局", "棋局", "赛局", "终局", "定局", "饭局"),
    *("舞台", "平台", "讲台", "阳台", "后台", "前台", "看台", "柜台", "上台", "下台"),
    *("共处", "到处", "好处", "益处", "长处", "短处", "难处", "用处", "住处", "深处", "各处"),
    *("组队", "排队", "插队", "站队", "归队", "入队", "整队"),
    *("公报", "简报", "通报", "情报", "汇报", "海报", "警报", "喜报", "电报"),
    *("社会", "联网", "中小学", "春联", "对联", "挽联", "楹联", "门联", "加油站", "收费站", "电站"),
)
# Modifiers that make a body generic (民间组织, 上市公司, 跨国公司): a kind, not a name.
GENERIC_MODIFIERS = ("民间", "上市", "非政府", "国有", "私营", "外资", "跨国", "有关", "中小")
# Meetings, not organisations, although jieba tags some of them nt (汇报会).
MEETING_ENDINGS = (
    "汇报会",
    "座谈会",
    "报告会",
    "研讨会",
    "大会",
    "进展",
    "音乐会",
    "运会",
    "全会",
)
# jieba's nt tag is noisy (联合公报, 社会科学): trust it only for words ending like an org.
NT_ENDINGS = (
    *ORG_SUFFIX,
    *("大学", "中学", "小学", "学校", "司", "府", "党", "盟", "联", "协", "校", "馆", "组织"),
    *("报", "国", "网", "店", "中心", "社", "台", "所", "会", "中央"),
    *("央行", "通讯", "共产国际", "协商会议"),  # 俄央行, 中兴通讯: a bank, a firm, a body
)
# A party congress by its number (中共十五大, 党的十三大): a body, although it ends in 大.
_CONGRESS_NUMERALS = frozenset("一二三四五六七八九十")
# Bodies jieba lists as places (亚足联, 北约, 国家杜马): their ending says organisation.
NS_ORG_ENDINGS = ("联", "盟", "委", "党", "杜马", "议会", "北约", "华约")
# j-tagged abbreviations that are organisations (欧盟, 北大, 足协, 世行, 十五大).
ABBREVIATION_FINALS = frozenset("盟大协委联社部局院校会团军队厂钢办署组司")
# Airlines and banks by short name (法航, 国航, 亚行, 工行): a place or a kind before 行/航.
_CARRIER_HEADS = frozenset("中国东南西北亚欧美英法德日韩俄港澳台工农建交招民长")
_DAILY_ENDINGS = ("日报", "晚报", "时报", "早报")
# China's parties and armies by their short names (中共, 民革, 红军): bodies whatever tag
# jieba gives them.
POLITICAL_BODIES = frozenset(
    (
        *("中共", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟"),
        *("红军", "八路军", "新四军", "解放军", "共青团"),
    )
)
OFFICE_TITLES = ("副书记", "书记", "常委", "副主任", "主任")


def word_orgs(tok: Token) -> Iterator[Candidate]:
    """The word itself as a body: one jieba tags nt, j, ns or nz whose ending says so
    (欧盟, 亚足联), or a body known whatever its tag (中共, 联合国)."""
    w = tok.word
    if w in TITLE_WORDS or w.endswith(OFFICE_TITLES):
        return  # 省委常委 is a title (its office 省委 comes from _suffix_end)
    if w in ORG_SUFFIX_SET and w not in STANDALONE_ORGS:
        return  # 委员会, 办公室 alone name no particular body
    if tok.tag == "ns" and len(w) >= 2 and w.endswith(NS_ORG_ENDINGS):
        yield (tok.start, tok.end, "org", 1.3)
    elif tok.tag == "nt" and w.endswith("人民代表大会"):
        yield (tok.start, tok.end, "org", 1.3)  # the people's congress is a body, not a meeting
    elif tok.tag == "nt" and len(w) >= 4 and w[-1] == "大" and w[-2] in _CONGRESS_NUMERALS:
        yield (tok.start, tok.end, "org", 1.3)  # 中共十五大
    elif tok.tag == "nt" and len(w) >= 2 and w.endswith(NT_ENDINGS):
        if w.startswith(GENERIC_MODIFIERS) or w[0] == "驻":  # 驻华使馆: a place's mission
            return
        if not w.endswith(MEETING_ENDINGS + NOT_ORG_ENDINGS + OFFICE_TITLES) and not (
            describes_a_kind(w)
        ):
            yield (tok.start, tok.end, "org", 1.3)
    elif (
        tok.tag == "j"
        and 2 <= len(w) <= 4
        and (w[-1] in ABBREVIATION_FINALS or (w[-1] in "行航" and w[0] in _CARRIER_HEADS))
        and not w.endswith(MEETING_ENDINGS)
        and not (len(w) == 2 and w[0] in "一二三四五六七八九十两")  # 四大: not an org
        and not (len(w) == 2 and w[1] == "军" and w[0] in PLACE_ABBREVIATIONS)  # 美军: 美
    ):
        yield (tok.start, tok.end, "org", 1.1)
    elif tok.tag == "nz" and len(w) >= 4 and w.endswith(_DAILY_ENDINGS):
        yield (tok.start, tok.end, "org", 1.3)  # 光明日报: a paper jieba lists as a proper noun
    elif w in STANDALONE_ORGS or w in INTERNATIONAL_BODIES or w in POLITICAL_BODIES:
        yield (tok.start, tok.end, "org", 1.3)


# A company as one item of a 、 list: 、为全农副产品有限公司、 — its name is the whole item,
# whatever words jieba finds in it (a brand name may start with 为 or 全).
_LISTED_COMPANY = re.compile(
    r"(?<=、)(?P<name>[\u4e00-\u9fff]{2,16}?(?:有限责任公司|有限公司|集团|公司))(?=[、，。；及和与等])"
)
LISTED_CONFIDENCE = 1.8  # beats the name grown from the suffix over dictionary words only
_NOT_LISTED_OPENERS = frozenset("各该本其这那等多某")
_SITE_WORDS = ("园区", "开发区", "基地", "项目", "工业园")


def listed_companies(text: str) -> Iterator[Candidate]:
    """Companies named as whole items of a list (、X有限公司、)."""
    for m in _LISTED_COMPANY.finditer(text):
        name = m.group("name")
        if name[0] in _NOT_LISTED_OPENERS or name.startswith(GENERIC_MODIFIERS):
            continue
        if any(word in name for word in _SITE_WORDS):
            continue  # 食品园区比斯克食品有限公司: a site, then the company in it
        yield (m.start("name"), m.end("name"), "org", LISTED_CONFIDENCE)


# Party committees whose departments are named after them (市委政法委, 县委宣传部).
PARTY_COMMITTEES = frozenset(("中央", "省委", "市委", "县委", "区委", "州委", "党委"))
_PLACE_INITIALS = frozenset("省市县区州乡镇村")


def generic_committee(word: str) -> bool:
    """政法委, 党工委: a committee by its function only, no place (unlike 市教委)."""
    return len(word) == 3 and word[-1] == "委" and word[0] not in _PLACE_INITIALS


# Words between an office and its title (内务部代理部长, 欧洲中央银行首任行长).
TITLE_MODIFIERS = frozenset(("代理", "常务", "首任", "前任", "原任", "执行", "名誉", "现任"))
# Words that end an organisation's name on the left: datelines, 所属 (长航集团所属…).
DATELINE_STOPS = ("日电", "本报讯", "讯", "电")
LEFT_STOPS = frozenset(
    (
        *("的", "等", "是", "有", "所属", "下属", "直属", "隶属"),
        *DATELINE_STOPS,
        "原",
        "任",
        "兼",
        "男女",
        *("著名", "知名", "有名", "所在"),  # 一家著名电脑公司: praise or 所在 is no name
        *("所有", "一切", "全体"),  # 全国所有收费站: all of a kind, not one body
    )
)
# Determiners before a body named by common words only make it a kind of body
# (各电影制片公司, 各级计生协会, 一些金融证券公司), not one particular body.
KIND_DETERMINERS = frozenset(
    (
        *("各", "各级", "各类", "各种", "各地", "一些", "这些", "那些", "某些", "有些"),
        *("许多", "很多", "不少", "多家", "几家", "一家", "任何", "其他", "其它", "个别"),
    )
)


# Kinds of party, not parties (执政党, 反对党, 在野党, 参政党).
_PARTY_KINDS = frozenset(("执政", "反对", "在野", "参政", "少数", "多数", "左翼", "右翼", "极右"))


def party_name(tok: Token) -> Iterator[Candidate]:
    """保守党, 新芬党: a party's name jieba lists as a plain noun."""
    w = tok.word
    if len(w) >= 3 and w[-1] == "党" and w[:-1] not in _PARTY_KINDS and len(w) <= 6:
        yield (tok.start, tok.end, "org", 1.3)
