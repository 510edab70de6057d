"""Organisation candidates: jieba's nt words, abbreviations and suffix-driven spans.

An organisation span grows leftwards from its suffix (局, 委员会, 公司, 队 …) over the
words that can name it, and keeps at most one leading place name, as People's Daily NER
data does: 北京市怀柔县民政局 is 北京市 (place) + 怀柔县民政局 (org). A title glued to
its office (财政部长, 市委书记) still names the office (财政部, 市委).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.lexicon import WEAK_PLACE
from parser.entities.org_edges import (
    framed_publications,
    named_organisation,
    placed_unit,
    quoted_units,
    with_session,
)
from parser.entities.org_kinds import describes_a_kind, is_site, site_start
from parser.entities.org_lists import listed_firms
from parser.entities.org_teams import joint_team, team_lists
from parser.entities.org_words import (
    GENERIC_MODIFIERS,
    KIND_DETERMINERS,
    LEFT_STOPS,
    MEETING_ENDINGS,
    NOT_ORG_ENDINGS,
    OFFICE_TITLES,
    PARTY_COMMITTEES,
    POLITICAL_BODIES,
    TITLE_MODIFIERS,
    generic_committee,
    listed_companies,
    newspapers,
    party_name,
    quoted_bodies,
    titled_publications,
    word_orgs,
)
from parser.entities.place_tokens import FUNCTION_CHARS, STOP_TAGS, is_place_token
from parser.entities.resources import (
    ORG_SUFFIXES,
    PERSON_TITLES,
    STANDALONE_ORGS,
    TRANSLIT_CHARS,
)
from parser.model import EntityType

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Token

Raw = tuple[int, int, EntityType, float]
_ORG_SUFFIX = tuple(sorted(ORG_SUFFIXES, key=len, reverse=True))
_ORG_SUFFIX_SET = frozenset(ORG_SUFFIXES)
# Parts of speech that can sit inside an organisation's name.
_BODY_TAGS = frozenset(
    ("ns", "nt", "nz", "n", "vn", "v", "j", "b", "an", "a", "l", "nrt", "s", "f", WEAK_PLACE)
)
_NUMERAL = frozenset("一二三四五六七八九十〇")  # 北京九十中学: a school's number
_PROPER_TAGS = frozenset(("ns", "nt", "nz", "j", "nrt", WEAK_PLACE))
# Words that may open an organisation's name although they are not proper names.
_OPENERS = frozenset(
    (
        "国家",
        "中国",
        "中央",
        "全国",
        "省",
        "市",
        "县",
        "区",
        "乡",
        "镇",
        "村",
        "中共",
        "国际",
        "人民",
    )
)
_DEICTIC = frozenset("我本全该各两此这那每某其")
# Suffixes that name an office on their own once preceded by a few words (应急管理部).
_OFFICE_FINALS = frozenset("部局厅署")
_OFFICE_SUFFIXES = ("部", "局", "厅", "署", "委员会", "办公室", "办公厅")
_COMPANY_SUFFIXES = ("公司", "集团")
# Bodies named after a person or a brand jieba reads as one (宝马公司, 科利华集团, 梅森大学),
# unlike an office a person sits in (刘延宇 + 办公室).
_NAMED_AFTER_SUFFIXES = ("公司", "集团", "大学", "学院", "基金会", "委员会")
# Endings that make one dictionary word a unit (市教委, 水泥厂, 社会学系).
_ONE_WORD_UNITS = ("委", "学系", "文系", "理系", "史系")
# Units named by plain words (矿渣厂, 招商引资团): the news labels them organisations.
_UNIT_SUFFIXES = ("团", "工会", "法庭", "协会", "学会", "俱乐部", "研究所", "集训队", "代表队")
_PRESS_SUFFIXES = ("报社", "杂志社", "出版社", "通讯社", "电视台", "广播电台")
# A title glued to its office: 财政部长 → 财政部, 澳门日报社长 → 澳门日报社.
_HEAD_TITLES = {"长": frozenset("部局厅社院行校署站台团队所")}
_TITLE_WORDS = frozenset(PERSON_TITLES)
# Party and union units named after the place or unit they serve (站党委, 乡党委).
_UNIT_BODIES = ("党委", "党组", "党支部", "支部", "团支部", "工会", "纪委", "团委")
_BALL_SPORTS = frozenset("网篮排足垒手冰水棒橄")
_RARE_NAME_FREQ = 100  # jieba counts below this: a brand or club name rather than a word
_WORD_ORG_TAGS = frozenset(("nt", "j", "ns", "nz"))  # words that may be bodies by themselves
_NAMED_WORDS = STANDALONE_ORGS | POLITICAL_BODIES  # bodies whatever jieba's tag
SITE_CONFIDENCE = 1.6  # a centre that is a site beats the readings of its parts
GROWN_CONFIDENCE = 1.6  # a name grown to its suffix beats the readings of its parts
SHORT_ORG_CONFIDENCE = 0.5
_LONG_SUFFIXES = tuple(x for x in _ORG_SUFFIX if len(x) >= 2)
_SUFFIX_FINALS = frozenset(s[-1] for s in (*ORG_SUFFIXES, *OFFICE_TITLES, "长", "组织"))


def _suffix_end(tok: Token, prev: Token | None, lex: Lexicon) -> int | None:
    """Where an organisation ending in this word ends, or None when it does not end one."""
    w = tok.word
    if w[-1] not in _SUFFIX_FINALS:
        return None  # the common case, decided cheaply
    if w in _ORG_SUFFIX_SET:
        return tok.end
    if len(w) >= 2 and w[-1] == "长" and w[-2] in _HEAD_TITLES["长"] and w[0] != "副":
        if len(w) > 3 and w[-3] == w[-2]:
            return tok.end - 2  # 银行行长 → 银行
        if len(w) > 2:
            return tok.end - 1  # 财政部长
        if (
            prev is not None
            and prev.tag in ("n", "nz", "vn", "j")
            and prev.word[-1] != w[0]
            and prev.word not in TITLE_MODIFIERS
        ):
            return tok.end - 1  # 农林 + 部长; not 代表团 + 团长 or 副 + 部长
        return None
    for title in OFFICE_TITLES:
        head = w[: -len(title)]
        if (
            len(head) >= 2
            and w.endswith(title)
            and (head in STANDALONE_ORGS or head.endswith(_ORG_SUFFIX))
        ):
            return tok.end - len(title)  # 市委书记 → 市委, 党组书记 → 党组
    if w in _TITLE_WORDS or w.endswith(NOT_ORG_ENDINGS):
        return None  # 常委, 委员: a title, not an office
    if len(w) >= 3 and tok.tag == "nr" and w.endswith(_OFFICE_SUFFIXES):
        return tok.end  # 宣传部: jieba lists a few offices as names
    if w == "球队" and prev is not None and prev.word in _BALL_SPORTS:
        return tok.end  # 网 + 球队: jieba cuts 网球队 after the sport's first character
    if lex.freq.get(w, 0) > 2000 and tok.tag != "nt":
        return None  # a common word that merely ends like one (部署, 社会)
    if len(w) >= 2 and tok.tag in ("n", "nt", "nz", "") and w.endswith(_ORG_SUFFIX):
        return tok.end
    if (
        len(w) >= 3
        and w.endswith(("署", "局"))
        and tok.tag in ("v", "vn", "n", "nz", "")
        and lex.freq.get(w, 0) < 500
    ):
        return tok.end  # 禁毒署: jieba calls a rare office a verb
    if tok.tag == "nt" and w.endswith("组织") and len(w) >= 4:
        return tok.end  # 泛美 + 卫生组织: a named body grows over the names before it
    if tok.tag in ("l", "j") and w.endswith(_LONG_SUFFIXES):
        return tok.end  # 交流中心 (l), 港澳办公室 (j): only unambiguous suffixes
    if tok.tag == "j" and len(w) >= 2 and w[-1] in "办局部委厅署协联" and w[0] not in _NUMERAL:
        return tok.end  # 港澳办, 国台办: an office's short name, grown like any other
    return None


def _stem(word: str) -> str:
    """The word without its organisation suffix (古巴队 → 古巴)."""
    for suffix in _ORG_SUFFIX:
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def _admin_place(tok: Token) -> bool:
    w = tok.word
    # 贵州, 广州: a two-character name ending in 州 is the province or city itself.
    return is_place_token(tok) and w[-1] in "省市县区州" and (w[-1] != "州" or len(w) > 2)


def _nested_places(outer: Token, inner: Token) -> bool:
    """辽宁省 + 开原, 吉林 + 东丰县: a region, then a place inside it (not 贵州 + 裕华公司)."""
    return (_admin_place(outer) and is_place_token(inner)) or (
        is_place_token(outer) and _admin_place(inner)
    )


def _grow(tokens: Sequence[Token], k: int) -> tuple[int, list[int]]:
    """Leftmost token of the name that ends at token ``k``, and where proper words start."""
    i = k
    proper_at: list[int] = [k] if _proper(tokens[k]) else []
    while i > 0 and k - i < 8:
        prev = tokens[i - 1]
        w = prev.word
        brand = False
        if not "\u4e00" <= w[0] <= "\u9fff" or w in LEFT_STOPS:
            break
        if w in FUNCTION_CHARS or w in _DEICTIC:
            break
        if i < k and len(w) >= 3 and w[-1] in _OFFICE_FINALS and prev.tag in ("nt", "n"):
            break  # 合作部 + 经商 + 外交部: a whole office further left is a name of its own
        if (
            prev.tag in ("nr", "nrfg")
            and len(w) > 1
            and not TRANSLIT_CHARS.issuperset(w)
            and not is_place_token(prev)  # 薛埠镇 + 党委: jieba calls the town a name
            and not (brand := i == k and tokens[k].word.endswith(_NAMED_AFTER_SUFFIXES))
        ):
            break  # 刘延宇 + 办公室: a person's office (贝尔公司 is a company, though)
        loose_foreign = (
            len(w) == 1
            and w in TRANSLIT_CHARS
            and (
                (i < k and tokens[i].word in TRANSLIT_CHARS)
                or (i >= 2 and tokens[i - 2].word in TRANSLIT_CHARS)
            )
        )
        # The suffix word alone (联合会) names nothing yet: 国际游泳联合会 grows on.
        named = [p for p in proper_at if p < k or tokens[k].word not in _ORG_SUFFIX_SET]
        if (
            (prev.tag == "v" or (prev.tag == "vn" and named and len(w) == 1))
            and (named or len(w) == 1)
            and not loose_foreign
        ):
            break  # 战胜 + 捷克队, 发 + 共同社: a verb ends a name that has its proper part
        if prev.tag == "m" and (
            w[0] == "第" or w[-1] == "届" or w == "首届" or (i == k and _NUMERAL.issuperset(w))
        ):
            pass  # 东丰县第五中学, 第六届全国人大: an ordinal belongs to the name
        elif w in ("届", "次") and i >= 2 and tokens[i - 2].tag == "m":
            pass  # 第六 + 届
        elif len(w) == 1:
            if prev.tag in STOP_TAGS and w not in TRANSLIT_CHARS:
                break
        elif prev.tag not in _BODY_TAGS and prev.tag not in ("nr", "nrfg", ""):
            break
        i -= 1
        if (
            brand
            or _proper(prev)
            or (loose_foreign and i + 1 < k and tokens[i + 1].word in TRANSLIT_CHARS)
        ):
            proper_at.append(i)  # 劳 + 拉 + 公司: two loose foreign characters make a name
    return i, proper_at


def _plain_noun(tok: Token) -> bool:
    """货币 in 货币局: a two-character noun that names what an office looks after."""
    return len(tok.word) == 2 and tok.tag in ("n", "vn", "nz")


def _proper(tok: Token) -> bool:
    if tok.word[-1] == "化" and tok.tag == "nt":
        return False  # 国际化 + 大学: an -ization names a quality, not the body
    return (
        tok.tag in _PROPER_TAGS
        or is_place_token(tok)
        or tok.word in _OPENERS
        or tok.word in POLITICAL_BODIES  # 民革 + 第九届中央常委会
        or (tok.tag == "nr" and len(tok.word) >= 3 and TRANSLIT_CHARS.issuperset(tok.word))
    )  # 萨帕塔 + 全国民族解放军: a foreign name jieba calls a person names the body


def org_candidates(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Raw]:
    if "《" in text:
        yield from titled_publications(text)
        yield from framed_publications(text, tokens)
    if "“" in text:
        yield from quoted_bodies(text)
        yield from quoted_units(text, tokens)
    if "报" in text:
        yield from newspapers(tokens)
    if "组" in text or "队" in text:
        yield from team_lists(text, tokens)
    if "、" in text and ("企业" in text or "公司" in text or "厂" in text or "集团" in text):
        yield from listed_firms(text, tokens)
    if "、" in text and ("公司" in text or "集团" in text):
        yield from listed_companies(text)
    n = len(tokens)
    word_org_tags = _WORD_ORG_TAGS
    named_words = _NAMED_WORDS
    suffix_finals = _SUFFIX_FINALS
    for k, tok in enumerate(tokens):
        w = tok.word
        last = w[-1]
        if tok.tag in word_org_tags or w in named_words:
            for raw in word_orgs(tok):
                yield raw
                if k and tokens[k - 1].tag == "m":
                    yield from with_session(tokens, k, raw)  # 第六届 + 全国人大
            if k + 1 < n and tokens[k + 1].word == "组织":
                yield from named_organisation(tokens, k)
        elif last == "党" and tok.tag == "n":
            yield from party_name(tok)
        if last not in suffix_finals and w != "中央":
            continue  # the common case: nothing below can start here
        if last in "所厂会":
            yield from placed_unit(tokens, k)
        if tok.word[-1] in "队团" and k >= 3:
            yield from joint_team(tokens, k)
        if tok.word[-1] == "队" and k >= 2 and tokens[k - 1].word in ("和", "与", "、"):
            team = tokens[k - 2]  # 美国和俄罗斯队: the first team shares the second's 队
            if team.tag == "ns" and _stem(tok.word) != tok.word:
                yield (team.start, team.end, "org", 1.5)
        if tok.word == "中央" and k and tokens[k - 1].word[-1] in "党团":
            yield (tokens[k - 1].start, tok.end, "org", GROWN_CONFIDENCE)  # 致公党中央
        end = _suffix_end(tok, tokens[k - 1] if k else None, lex)
        if end is None or tok.word.endswith(MEETING_ENDINGS):
            continue
        left, proper_at = _grow(tokens, k)
        while left < k and tokens[left].tag == "v" and len(tokens[left].word) > 1:
            left += 1  # 走访 + 应急管理部: a verb before the name is not part of it
        proper_at = [p for p in proper_at if p >= left]
        span_from_left = end - tokens[left].start
        if (
            proper_at
            and tok.word.endswith("中心")
            and all(tokens[p].word in _OPENERS for p in proper_at)
        ):
            continue  # 国家中心, 全国中心: a centre needs a real name
        if proper_at:
            first = min(proper_at)
        elif left and tokens[left - 1].word in KIND_DETERMINERS:
            continue  # 各 + 电影制片公司: a kind of body, named by common words only
        elif left < k and (
            (tok.word[: end - tok.start].endswith(_OFFICE_SUFFIXES) and span_from_left >= 4)
            or (tok.word in ("局", "署") and _plain_noun(tokens[k - 1]) and left == k - 1)
            or (tok.word.endswith(_COMPANY_SUFFIXES) and span_from_left >= 7)
        ):
            first = left  # 应急管理部, 某某食品有限公司: no proper word, but long enough
        elif (
            left < k
            and tok.word[: end - tok.start].endswith(_UNIT_BODIES)
            and end - tokens[left].start <= 7
        ):
            first = left  # 站党委, 乡党委, 薛埠镇党委: a unit's own party committee
        elif (
            end < tok.end
            and end - tok.start >= 2
            and (  # 分局长: no named office; 县委书记 names 县委
                tok.word[: end - tok.start] not in _ORG_SUFFIX_SET
                or tok.word[: end - tok.start] in STANDALONE_ORGS
            )
        ):
            first = k  # 财政部长 → 财政部 on its own
        elif len(tok.word) >= 3 and tok.word.endswith(_OFFICE_SUFFIXES + _ONE_WORD_UNITS):
            first = k  # 教育部, 市教委, 水泥厂, 社会学系: one word naming an office or unit
            if k and tokens[k - 1].word in PARTY_COMMITTEES:
                first = k - 1  # 市委 + 政法委: the committee's own department
            elif generic_committee(tok.word):
                continue  # 政法委 alone: which county's is not said
        elif left < k and tok.word.endswith(_PRESS_SUFFIXES) and end - tokens[left].start >= 4:
            first = left  # 经济日报社: a newspaper is named by its words
        elif (
            left < k
            and tok.word[: end - tok.start].endswith(_UNIT_SUFFIXES)
            and end - tokens[left].start >= 3
            and any(len(t.word) >= 2 for t in tokens[left:k])
        ):
            first = left  # 矿渣厂, 训练团, 警察工会: a unit named by what it does
        elif (
            tok.word == "队"
            and left < k
            and len(tokens[k - 1].word) >= 2
            and tokens[k - 1].tag in ("n", "nz", "")
            and lex.freq.get(tokens[k - 1].word, 0) < _RARE_NAME_FREQ
        ):
            first = left  # 松日 + 队, 寰岛 + 队: a rare word before 队 is the team's name
            while len(tokens[first].word) == 1:
                first += 1
            if first and tokens[first - 1].word[-1] == "支":
                continue  # 这支机防队, 一支突击队: a team counted is a kind of team
        elif len(tok.word) >= 3 and lex.tags.get(_stem(tok.word)) in _PROPER_TAGS:
            first = k  # 古巴队, 匈牙利队: a proper name and its suffix in one word
        else:
            continue
        # Flatten nested places: of a run of leading administrative places (北京市怀柔县…)
        # only the last stays in the org; 广东香江企业集团 stays whole.
        while first + 1 < k and _nested_places(tokens[first], tokens[first + 1]):
            first += 1
        start = tokens[first].start
        head = tokens[first].word
        if end - start < 2 or (
            head in _ORG_SUFFIX_SET and head not in STANDALONE_ORGS and head != "国家队"
        ):
            continue  # 部 + 派驻村干部, 管委会 alone: a name does not start with a bare suffix
        if text.startswith(GENERIC_MODIFIERS, start):
            continue  # 民间组织, 上市公司: a kind of body, not one body
        name = text[start:end]
        if (start and text[start - 1] == "驻") or name[0] == "驻":
            continue  # 驻科索沃使团, 驻京办事处: a mission named by where it is, only a place
        if is_site(name):
            yield (start + site_start(name), end, "place", SITE_CONFIDENCE)
            continue  # 香港展览中心, 约翰逊太空中心: a site, which the news labels a place
        if describes_a_kind(name, head if is_place_token(tokens[first]) else None):
            continue  # 美国公司, 西藏部队, 美国第一大银行: a class of units, not one body
        conf = GROWN_CONFIDENCE if k > first else 1.2
        if end - start <= 3 and len(head) == 1 and first < k:
            conf = SHORT_ORG_CONFIDENCE  # 郑 + 全军: more likely a name than an army
        yield (start, end, "org", conf)
