"""Place and organisation candidates: dictionary tags plus suffix-driven spans.

An organisation span grows leftwards from its suffix (局, 委员会, 公司, 队 …) over the
words that can name it, and keeps at most one leading place name, as People's Daily NER
data does: 北京市怀柔县民政局 is 北京市 (place) + 怀柔县民政局 (org).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.resources import (
    ABBREVIATION_VERBS,
    AFTER_ABBREVIATION,
    COUNTRY_ABBREVIATIONS,
    GENERIC_PLACE_WORDS,
    NOT_GIVEN_NAME,
    ORG_SUFFIXES,
    PLACE_ABBREVIATIONS,
    PLACE_SUFFIXES,
    STANDALONE_ORGS,
    TRANSLIT_CHARS,
)
from parser.model import EntityType

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Token

Raw = tuple[int, int, EntityType, float]
_PLACE_SUFFIX = frozenset(PLACE_SUFFIXES)
_ADMIN_SUFFIX = frozenset("省市县区镇乡村州旗")
_ORG_SUFFIX = tuple(sorted(ORG_SUFFIXES, key=len, reverse=True))
_ORG_SUFFIX_SET = frozenset(ORG_SUFFIXES)
# Words before 市/县 that make a generic phrase, not a place (我市, 全县, 各区).
_DEICTIC = frozenset("我本全该各两三此这那每某外省市县区城乡镇村农老新大小上下")
# Parts of speech that can sit inside an organisation's name.
_ORG_BODY_TAGS = frozenset(
    ("ns", "nt", "nz", "n", "vn", "v", "j", "b", "an", "a", "l", "nrt", "s", "f")
)
_PROPER_TAGS = frozenset(("ns", "nt", "nz", "j", "nrt"))
# Words that may open an organisation's name although they are not proper names.
_ORG_OPENERS = frozenset(
    ("国家", "中国", "中央", "全国", "省", "市", "县", "区", "中共", "国际", "人民")
)
_FUNCTION_CHARS = frozenset("如至赴经由往驻到在于从向和与及同对把被为以")


def _is_place_token(tok: Token) -> bool:
    return tok.tag == "ns" or (
        len(tok.word) >= 3
        and tok.word[-1] in _ADMIN_SUFFIX
        and tok.tag in ("ns", "n", "nz", "nr", "")
    )


def _abbreviation_places(text: str, tokens: Sequence[Token], k: int) -> Iterator[Raw]:
    """中美 → 中 + 美; 访华 → 华; 俄总统 → 俄; 中美关系 → 中 + 美: short forms of places."""
    tok = tokens[k]
    w = tok.word
    if tok.start > 0 and text[tok.start - 1].isdigit():
        return  # 18日: a date, not Japan
    pair = len(w) >= 2 and w[0] in PLACE_ABBREVIATIONS and w[1] in PLACE_ABBREVIATIONS
    if pair and (len(w) == 2 or w[2:] in AFTER_ABBREVIATION) and w[:2] != "中华":
        yield (tok.start, tok.start + 1, "place", 1.2)
        yield (tok.start + 1, tok.start + 2, "place", 1.2)
    elif len(w) == 2 and w[0] in ABBREVIATION_VERBS and w[1] in PLACE_ABBREVIATIONS:
        yield (tok.start + 1, tok.end, "place", 1.2)
    elif len(w) >= 2 and w[0] in COUNTRY_ABBREVIATIONS and w[1:] in AFTER_ABBREVIATION:
        yield (tok.start, tok.start + 1, "place", 1.2)  # 俄总统, 中方, 俄政府
    elif len(w) == 1 and w in PLACE_ABBREVIATIONS:
        before = tokens[k - 1].word if k > 0 else ""
        after = tokens[k + 1].word if k + 1 < len(tokens) else ""
        paired = (before in COUNTRY_ABBREVIATIONS and w in COUNTRY_ABBREVIATIONS) or (
            after in COUNTRY_ABBREVIATIONS and w in COUNTRY_ABBREVIATIONS
        )
        if before in ABBREVIATION_VERBS or after in AFTER_ABBREVIATION or paired:
            yield (tok.start, tok.end, "place", 1.0)


def place_candidates(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Raw]:
    for k, tok in enumerate(tokens):
        w = tok.word
        if w[0] in PLACE_ABBREVIATIONS or w[0] in ABBREVIATION_VERBS:
            found = list(_abbreviation_places(text, tokens, k))
            if found:
                yield from found
                continue
        if tok.tag == "ns" and len(w) > 1 and w not in GENERIC_PLACE_WORDS:
            yield (tok.start, tok.end, "place", 1.2)
        elif (
            len(w) >= 3
            and w[-1] in _ADMIN_SUFFIX
            and tok.tag in ("n", "nz", "nr")
            and w[0] not in _DEICTIC
            and w not in GENERIC_PLACE_WORDS
        ):
            yield (tok.start, tok.end, "place", 1.0)
        if w in _PLACE_SUFFIX and k > 0:
            yield from _suffixed_place(tokens, k)


def _suffixed_place(tokens: Sequence[Token], k: int) -> Iterator[Raw]:
    """王官屯镇, 平城村, 莱克伍德县: name material grown leftwards from a place suffix."""
    tok = tokens[k]
    i = k
    length = 0
    while i > 0:
        prev = tokens[i - 1]
        if len(prev.word) == 1 and (
            prev.word in _DEICTIC
            or prev.word in NOT_GIVEN_NAME
            or prev.word in _FUNCTION_CHARS
            or not ("\u4e00" <= prev.word <= "\u9fff")
        ):
            break
        if len(prev.word) > 1 and prev.tag not in ("ns", "nr", "nz", "nrt", ""):
            break
        if prev.word in GENERIC_PLACE_WORDS or (
            prev.tag == "ns" and prev.word[-1] in _ADMIN_SUFFIX
        ):
            break  # 阳高县 + 王官屯镇 are two places, as the BIO data has them
        if prev.word in _PLACE_SUFFIX and i < k:
            break  # 吉家窑 + 陶窑: a suffix ends the name before it
        if prev.tag == "ns" and i < k and len(prev.word) > 1:
            break  # a place name joins its suffix only directly (北京 + 市), not 广灵 + 白羊峪
        i -= 1
        length += len(prev.word)
        if prev.tag == "ns" or length >= 4:
            break
    if i == k:
        return
    first = tokens[i]
    if length >= 2 or (tok.word in _ADMIN_SUFFIX and first.tag not in _ORG_STOP_TAGS | {"v"}):
        yield (first.start, tok.end, "place", 1.3)


def _org_suffix(tok: Token, lex: Lexicon) -> bool:
    w = tok.word
    if w in _ORG_SUFFIX_SET:
        return True
    if w.endswith(_NOT_ORG_ENDINGS) or (lex.freq.get(w, 0) > 2000 and tok.tag != "nt"):
        return False  # a common word that merely ends like one (部署, 社会)
    return len(w) >= 2 and tok.tag in ("n", "nt", "nz", "") and w.endswith(_ORG_SUFFIX)


_ORG_DEICTIC = frozenset("我本全该各两此这那每某其")
# Single-character words that end a name on the left (prepositions, particles, measures).
_ORG_STOP_TAGS = frozenset(
    ("p", "u", "uj", "ul", "uz", "ud", "ug", "uv", "c", "d", "r", "m", "q", "y")
)
# Suffixes that name an office on their own once preceded by a few words (应急管理部).
_OFFICE_SUFFIXES = ("部", "局", "厅", "署", "委员会", "办公室", "办公厅")
_COMPANY_SUFFIXES = ("公司", "集团")
# Common words ending like an organisation (村干部, 全部, 内部).
_NOT_ORG_ENDINGS = (
    "政府",
    "当局",
    "干部",
    "全部",
    "内部",
    "外部",
    "局部",
    "部分",
    "大部",
    "东部",
    "西部",
    "南部",
    "北部",
    "中部",
)
# Meetings, not organisations, although jieba tags some of them nt (汇报会).
_MEETING_ENDINGS = ("汇报会", "座谈会", "报告会", "研讨会", "大会", "进展")


def _grow_org(tokens: Sequence[Token], k: int) -> tuple[int, list[int]]:
    """Leftmost token of the name that ends at token ``k``, and where proper words start."""
    i = k
    proper_at: list[int] = []
    while i > 0 and k - i < 8:
        prev = tokens[i - 1]
        w = prev.word
        if not "\u4e00" <= w[0] <= "\u9fff" or w in ("的", "等", "是", "有", "日电"):
            break
        if w in _FUNCTION_CHARS or w in _ORG_DEICTIC:
            break
        if len(w) == 1:
            if prev.tag in _ORG_STOP_TAGS and w not in TRANSLIT_CHARS:
                break
        elif prev.tag not in _ORG_BODY_TAGS and prev.tag not in ("nr", "nrfg", ""):
            break
        i -= 1
        if prev.tag in _PROPER_TAGS or _is_place_token(prev) or w in _ORG_OPENERS:
            proper_at.append(i)
    return i, proper_at


def org_candidates(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Raw]:
    for k, tok in enumerate(tokens):
        if (tok.tag == "nt" and not tok.word.endswith(_MEETING_ENDINGS + _NOT_ORG_ENDINGS)) or (
            tok.word in STANDALONE_ORGS
        ):
            yield (tok.start, tok.end, "org", 1.3)
        if not _org_suffix(tok, lex) or tok.word.endswith(_MEETING_ENDINGS):
            continue
        left, proper_at = _grow_org(tokens, k)
        while left < k and tokens[left].tag == "v" and len(tokens[left].word) > 1:
            left += 1  # 走访 + 应急管理部: a verb before the name is not part of it
        proper_at = [p for p in proper_at if p >= left]
        if tok.tag in _PROPER_TAGS or _is_place_token(tok):
            proper_at.append(k)
        if proper_at:
            start_index = min(proper_at)
        elif left < k and (
            (tok.word.endswith(_OFFICE_SUFFIXES) and tok.end - tokens[left].start >= 4)
            or (tok.word.endswith(_COMPANY_SUFFIXES) and tok.end - tokens[left].start >= 6)
        ):
            start_index = left  # 应急管理部, 某某食品有限公司: no proper word, but long enough
        else:
            continue
        # Flatten nested places: a run of leading places keeps only its last one in the org.
        places = [t for t in range(start_index, k) if _is_place_token(tokens[t])]
        while len(places) >= 2 and places[0] == start_index and places[1] == start_index + 1:
            start_index += 1
            places.pop(0)
        start = tokens[start_index].start
        if tok.end - start < 2 or tokens[start_index].word in _ORG_SUFFIX_SET:
            continue  # 部 + 派驻村干部: a name does not start with a bare suffix
        yield (start, tok.end, "org", 1.4 if k > start_index else 1.2)
