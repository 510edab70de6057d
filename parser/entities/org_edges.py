"""The edges of an organisation's name: a session ordinal before it, a press title's frame.

People's Daily NER data keeps a session ordinal with the body it numbers (第六届全国人大,
六届人大常委会, 香港首届立法会) and a publication's country and kind with its title
(美国《时代》周刊, 《时代潮》杂志): the name runs over them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.place_tokens import is_place_token
from parser.entities.resources import TRANSLIT
from parser.model import EntityType

if TYPE_CHECKING:
    from parser.entities.tagger import Token

Raw = tuple[int, int, EntityType, float]
# Ordinals that number a session, not a time (本届, 上届, 历届 refer, they do not name).
_NOT_SESSION = frozenset(("本届", "上届", "下届", "历届", "每届", "各届", "一届", "届"))


def _session_start(tokens: Sequence[Token], k: int) -> int | None:
    """Token index of a session ordinal (第六届, 六届, 首届) right before token ``k``.

    A place before the ordinal belongs to the body too (香港 + 首届 + 立法会).
    """
    if k == 0:
        return None
    prev = tokens[k - 1]
    w = prev.word
    if prev.tag != "m" or w[-1] != "届" or w in _NOT_SESSION:
        return None
    first = k - 1
    if first and is_place_token(tokens[first - 1]):
        first -= 1
    return first


def with_session(tokens: Sequence[Token], k: int, raw: Raw) -> Iterator[Raw]:
    """The organisation ``raw`` read from token ``k`` once more with its session ordinal."""
    first = _session_start(tokens, k)
    if first is not None and raw[0] == tokens[k].start:
        yield (tokens[first].start, raw[1], raw[2], raw[3])


# What a periodical is called after its title (《时代》周刊, 《科学》杂志); not 报, which
# would read 《…》报道 as a paper.
_PERIODICAL_KINDS = ("半月刊", "杂志", "周刊", "月刊", "季刊", "画报")
# Title endings that make the title a periodical by itself (《今晚报》, 《朝日新闻》).
_PERIODICAL_ENDINGS = ("报", "周刊", "杂志", "新闻", "月刊", "画报")
FRAMED_CONFIDENCE = 1.7


def framed_publications(text: str, tokens: Sequence[Token]) -> Iterator[Raw]:
    """美国《时代》周刊, 华北《人民日报》, 《时代潮》杂志: a periodical with its frame.

    A country or region right before the title marks and a kind word right after them
    belong to the periodical's name, marks included.
    """
    ends = {tok.end: i for i, tok in enumerate(tokens)}
    at = text.find("《")
    while at >= 0:
        close = text.find("》", at)
        if close < 0:
            return
        name = text[at + 1 : close]
        end = close + 1
        kind = next((k for k in _PERIODICAL_KINDS if text.startswith(k, end)), "")
        if (
            1 <= len(name) <= 12
            and "《" not in name
            and (kind or name.endswith(_PERIODICAL_ENDINGS))
        ):
            start = _region_before(tokens, ends.get(at))
            if kind or start is not None:
                yield (at if start is None else start, end + len(kind), "org", FRAMED_CONFIDENCE)
        at = text.find("《", end)


def _region_before(tokens: Sequence[Token], i: int | None) -> int | None:
    """Start of the place (美国, 华北) or region (晋察冀 + 区) ending with token ``i``."""
    if i is None:
        return None
    tok = tokens[i]
    if is_place_token(tok):
        return tok.start
    if tok.word == "区" and i and tokens[i - 1].tag in ("j", "ns"):
        return tokens[i - 1].start  # 晋冀鲁豫 + 区: a wartime region
    return None


# Endings of one word that names a unit when a place comes before it (成都 + 地质所,
# 郑州 + 蝶阀厂, 南京 + 红十字会); 会 only where it ends a body, not a meeting (首脑会).
_PLACED_UNIT_ENDINGS = ("所", "厂", "公会", "字会", "总会", "教会")
PLACED_UNIT_CONFIDENCE = 1.6


def placed_unit(tokens: Sequence[Token], k: int) -> Iterator[Raw]:
    """成都地质所, 郑州蝶阀厂, 美国圣公会: a place and one word naming a unit there."""
    tok = tokens[k]
    w = tok.word
    if (
        k == 0
        or len(w) < 3
        or tok.tag not in ("n", "nz", "v", "")
        or not w.endswith(_PLACED_UNIT_ENDINGS)
    ):
        return
    place = tokens[k - 1]
    if is_place_token(place):
        yield (place.start, tok.end, "org", PLACED_UNIT_CONFIDENCE)


def named_organisation(tokens: Sequence[Token], k: int) -> Iterator[Raw]:
    """欧佩克 + 组织: a body known by a transliterated name, with the word 组织 after it."""
    tok = tokens[k]
    if (
        k + 1 < len(tokens)
        and tokens[k + 1].word == "组织"
        and tok.tag in ("nt", "j")
        and len(tok.word) >= 2
        and TRANSLIT.issuperset(tok.word)
    ):
        yield (tok.start, tokens[k + 1].end, "org", 1.4)


# A named vessel: “青岛”号导弹驱逐舰, “发现”号航天飞机 (People's Daily labels it an org).
_VESSEL = re.compile(
    r"“[^“”]{1,12}”号[\u4e00-\u9fff]{0,6}?(?:船|舰|艇|航天飞机|飞船|潜艇|客轮|货轮|油轮)"
)
# A body named in quotation marks with its kind after them: “小天使”艺术团.
_QUOTED_UNIT = re.compile(  # not “…杯”冠军, nor “灵魂”队员
    r"“[^“”]{1,12}”[\u4e00-\u9fff]{0,4}?(?:艺术团|考察团|代表团|乐团|剧团|队|(?<![冠亚季])军)(?![员长])"
)
QUOTED_UNIT_CONFIDENCE = 1.8


def quoted_units(text: str, tokens: Sequence[Token]) -> Iterator[Raw]:
    """“世昌”号综合训练舰, 韩国“小天使”艺术团: a quoted name and the kind of unit it names.

    A place right before the marks belongs to the unit (韩国 + “小天使”艺术团).
    """
    if "”号" in text:
        for m in _VESSEL.finditer(text):
            yield (m.start(), m.end(), "org", QUOTED_UNIT_CONFIDENCE)
    ends: dict[int, int] | None = None
    for m in _QUOTED_UNIT.finditer(text):
        if ends is None:
            ends = {tok.end: i for i, tok in enumerate(tokens)}
        i = ends.get(m.start())
        start = _region_before(tokens, i)
        while start is not None and i and is_place_token(tokens[i - 1]):
            i -= 1  # 德国 + 法西斯 + “乌斯塔夏”军
            start = tokens[i].start
        yield (m.start() if start is None else start, m.end(), "org", QUOTED_UNIT_CONFIDENCE)
