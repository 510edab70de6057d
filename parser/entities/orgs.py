"""Organisation candidates: jieba's nt words, abbreviations and suffix-driven spans.

An organisation span grows leftwards from its suffix (局, 委员会, 公司, 队 …) over the
words that can name it, and keeps at most one leading place name, as People's Daily NER
data does: 北京市怀柔县民政局 is 北京市 (place) + 怀柔县民政局 (org). A title glued to
its office (财政部长, 市委书记) still names the office (财政部, 市委). Where the name ends
is org_suffixes' question, where it starts org_growth's; this module runs the rules over
the words and drops the spans that name a kind of body, a site or a mission.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.org_edges import named_organisation, placed_unit, with_session
from parser.entities.org_growth import grow, name_start
from parser.entities.org_kinds import describes_a_kind, is_site, site_start
from parser.entities.org_lists import listed_firms
from parser.entities.org_press import framed_publications, newspapers, titled_publications
from parser.entities.org_quoted import quoted_bodies, quoted_units
from parser.entities.org_suffixes import SUFFIX_FINALS, stem, suffix_end
from parser.entities.org_teams import joint_team, team_lists
from parser.entities.org_words import (
    GENERIC_MODIFIERS,
    MEETING_ENDINGS,
    ORG_SUFFIX_SET,
    POLITICAL_BODIES,
    listed_companies,
    party_name,
    word_orgs,
)
from parser.entities.place_tokens import is_place_token
from parser.entities.resources import STANDALONE_ORGS

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token

_WORD_ORG_TAGS = frozenset(("nt", "j", "ns", "nz"))  # words that may be bodies by themselves
_NAMED_WORDS = STANDALONE_ORGS | POLITICAL_BODIES  # bodies whatever jieba's tag
SITE_CONFIDENCE = 1.6  # a centre that is a site beats the readings of its parts
GROWN_CONFIDENCE = 1.6  # a name grown to its suffix beats the readings of its parts
SHORT_ORG_CONFIDENCE = 0.5


def _admin_place(tok: Token) -> bool:
    """湖北省, 怀柔县: a place word ending in its administrative kind (贵州, 广州, two
    characters ending in 州, are the province or city itself, not a kind)."""
    w = tok.word
    return is_place_token(tok) and w[-1] in "省市县区州" and (w[-1] != "州" or len(w) > 2)


def _nested_places(outer: Token, inner: Token) -> bool:
    """辽宁省 + 开原, 吉林 + 东丰县: a region, then a place inside it (not 贵州 + 裕华公司)."""
    return (_admin_place(outer) and is_place_token(inner)) or (
        is_place_token(outer) and _admin_place(inner)
    )


def org_candidates(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Candidate]:
    """Every scored organisation reading in ``text`` (jieba's words ``tokens``)."""
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
    suffix_finals = SUFFIX_FINALS
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
            if team.tag == "ns" and stem(tok.word) != tok.word:
                yield (team.start, team.end, "org", 1.5)
        if tok.word == "中央" and k and tokens[k - 1].word[-1] in "党团":
            yield (tokens[k - 1].start, tok.end, "org", GROWN_CONFIDENCE)  # 致公党中央
        end = suffix_end(tok, tokens[k - 1] if k else None, lex)
        if end is None or tok.word.endswith(MEETING_ENDINGS):
            continue
        left, proper_at = grow(tokens, k)
        while left < k and tokens[left].tag == "v" and len(tokens[left].word) > 1:
            left += 1  # 走访 + 应急管理部: a verb before the name is not part of it
        proper_at = [p for p in proper_at if p >= left]
        first = name_start(tokens, k, end, left, proper_at, lex)
        if first is None:
            continue
        # Flatten nested places: of a run of leading administrative places (北京市怀柔县…)
        # only the last stays in the org; 广东香江企业集团 stays whole.
        while first + 1 < k and _nested_places(tokens[first], tokens[first + 1]):
            first += 1
        start = tokens[first].start
        head = tokens[first].word
        if end - start < 2 or (
            head in ORG_SUFFIX_SET and head not in STANDALONE_ORGS and head != "国家队"
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
