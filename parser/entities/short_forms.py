"""Short forms of places inside one word: 中美 → 中 + 美, 访华 → 华, 俄总统 → 俄, 黄淮 → 黄 + 淮,
京剧 → 京, 华侨 → 华.

The news writes countries and provinces by one character inside compounds; People's
Daily NER data labels that character as the place. Runs of short forms across words
(中、埃建交) are place_abbrev's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.place_abbrev import PAIR_CONFIDENCE
from parser.entities.resources import (
    ABBREVIATION_VERBS,
    AFTER_ABBREVIATION,
    COUNTRY_ABBREVIATIONS,
    GENERIC_PLACE_WORDS,
    PLACE_ABBREVIATIONS,
    PROVINCE_ABBREVIATIONS,
)

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token


def abbreviation_places(text: str, tokens: Sequence[Token], k: int) -> Iterator[Candidate]:
    """中美 → 中 + 美; 访华 → 华; 俄总统 → 俄; 中美关系 → 中 + 美: short forms of places."""
    tok = tokens[k]
    w = tok.word
    if tok.start > 0 and text[tok.start - 1].isdigit():
        return  # 18日: a date, not Japan
    # Only the commonest short forms pair up inside one word: 古巴 and 蒙古 are countries.
    pair = len(w) >= 2 and (
        (w[0] in COUNTRY_ABBREVIATIONS and w[1] in PLACE_ABBREVIATIONS)
        or (w[0] in _REGION_SHORT and w[1] in _REGION_SHORT)  # 亚欧, 欧美, 港台
    )
    tail = w[2:]
    if pair and (not tail or tail in AFTER_ABBREVIATION or tail in REGION_TAILS):
        if w[:2] not in _NOT_PAIRS:
            yield (tok.start, tok.start + 1, "place", 1.2)
            yield (tok.start + 1, tok.start + 2, "place", 1.2)
    elif len(w) >= 2 and w[0] in ABBREVIATION_VERBS and w[1] in PLACE_ABBREVIATIONS:
        yield (tok.start + 1, tok.start + 2, "place", 1.2)  # 访华, 驻华使馆, 驻京办事处
    elif len(w) >= 2 and w[0] in COUNTRY_ABBREVIATIONS and w[1:] in AFTER_ABBREVIATION:
        yield (tok.start, tok.start + 1, "place", 1.2)  # 俄总统, 中方, 俄政府
    elif len(w) == 2 and w[1] in _PEOPLE_OF and w[0] in _PEOPLE_OF_PLACES:
        yield (tok.start, tok.start + 1, "place", 1.0)  # 港人, 美军, 藏胞, 日寇
    elif w[0] in _CULTURE_TAILS.get(w[1:], "") and w not in GENERIC_PLACE_WORDS:
        yield (tok.start, tok.start + 1, "place", 1.0)  # 中医, 京剧, 藏区, 亚运会
    elif (
        len(w) == 1 and tok.tag != "a" and (w in PLACE_ABBREVIATIONS or w in PROVINCE_ABBREVIATIONS)
    ) and _short_form_in_context(tokens, k):
        yield (tok.start, tok.end, "place", 1.0)


def _short_form_in_context(tokens: Sequence[Token], k: int) -> bool:
    """访 + 华, 俄 + 总统, 中 + 美 (also 中、阿), or a short form jieba tags j (俄将…)."""
    tok = tokens[k]
    w = tok.word
    before = tokens[k - 1].word if k > 0 else ""
    after = tokens[k + 1].word if k + 1 < len(tokens) else ""
    if k > 1 and before == "、":
        before = tokens[k - 2].word  # 中、阿建交
    if after == "、" and k + 2 < len(tokens):
        after = tokens[k + 2].word
    paired = w in COUNTRY_ABBREVIATIONS and (
        before in COUNTRY_ABBREVIATIONS or after in COUNTRY_ABBREVIATIONS
    )
    return (
        before in ABBREVIATION_VERBS
        or after in AFTER_ABBREVIATION
        or paired
        or (tok.tag == "j" and w in _SHORT_FORMS and not _between_verbs(tokens, k))
    )


def _between_verbs(tokens: Sequence[Token], k: int) -> bool:
    """涉 + 法 + 涉诉: the object of a one-character verb (law), not France (帮助俄渡过)."""
    if k == 0 or k + 1 >= len(tokens):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    # A one-character verb and this character make a compound (涉法, 守法, 执法).
    return len(before.word) == 1 and before.tag == "v" and after.tag in ("v", "vn")


# What a region's short form makes into its medicine, opera, area or games (中医, 京剧).
_CULTURE_TAILS = {
    "医": "中藏蒙",
    "剧": "京川粤豫沪越晋",
    "区": "藏港澳台",
    "运会": "亚",
    "菜": "川粤鲁湘闽徽",
}
# What follows a short form in words for its people and things (港人, 美军, 藏胞); only
# after the places below: 法人, 新人, 古人 are ordinary words.
_PEOPLE_OF = frozenset("人军胞寇籍企商资侨")
_PEOPLE_OF_PLACES = frozenset("港澳台美日韩英俄藏苏越")
# Common words spelled with two short forms (美德 is virtue, 中意 is to like).
_NOT_PAIRS = frozenset(("中华", "美德", "中意", "中和", "日中"))
# Single characters jieba tags j (abbreviation) that stand for a country or province.
_SHORT_FORMS = frozenset("俄美日英法德意韩朝印越泰菲缅阿罗叙伊以巴澳加川藏港台")


REGION_TAILS = ("地区", "流域", "一带", "沿岸", "境内")
_REGION_SHORT = frozenset("亚欧非美港澳台京沪华中日")
_PAIR_TAILS = ("", "高原", "地区", "铁路", "公路", "线")


def province_pair(tok: Token, lex: Lexicon) -> Iterator[Candidate]:
    """黄淮 → 黄 + 淮, 青藏高原 → 青 + 藏; not 江苏, which is one province (江苏省)."""
    w = tok.word
    if tok.tag not in ("ns", "j", "nrt") or w[2:] not in _PAIR_TAILS:
        return
    pair = w[:2]
    if any(lex.tags.get(pair + tail) == "ns" for tail in "省市县"):
        return
    yield (tok.start, tok.start + 1, "place", 1.2)
    yield (tok.start + 1, tok.start + 2, "place", 1.2)


# Words that hold a short form of China or a country as their place (华侨 → 华, 侵华 → 华,
# 中药 → 中, 奥运会 → 奥): by the offset of that character in the word.
_SHORT_FORM_WORDS = {
    **dict.fromkeys(("华侨", "华人", "华裔", "华商", "华工"), 0),
    **dict.fromkeys(("侵华", "反华", "排华", "援华", "使华"), 1),
    **dict.fromkeys(("中药", "中医药", "中成药", "中草药", "中药材", "中西医"), 0),
    **dict.fromkeys(("奥运", "奥运会", "奥运村", "奥运健儿"), 0),
    # Tibet's people, area and medicine, Beijing's opera and its tunes (藏胞, 藏区, 京韵);
    # other regional operas are labelled as art forms, not places (豫剧).
    **dict.fromkeys(("藏胞", "藏区", "藏医", "藏药", "京韵", "京腔", "京剧"), 0),
}
SHORT_FORM_WORD_OPENERS = frozenset({*(w[0] for w in _SHORT_FORM_WORDS), "特"})  # 特: 特区政府


def short_form_word(tok: Token) -> Iterator[Candidate]:
    """The place inside 华侨, 侵华, 中药 or 奥运会 (the news labels the one character), also
    at the head of a longer word (京韵大鼓)."""
    w = tok.word
    at = _SHORT_FORM_WORDS.get(w)
    if at is None and len(w) >= 4:
        at = _SHORT_FORM_WORDS.get(w[:2])
        if w.startswith("特区") and w[2:] in _SAR_BODIES:
            yield (tok.start, tok.start + 2, "place", PAIR_CONFIDENCE)  # 特区 + 政府
            return
    if at is not None:
        yield (tok.start + at, tok.start + at + 1, "place", PAIR_CONFIDENCE)


# 特区政府: the government of the (Hong Kong or Macao) SAR, which the news labels 特区.
_SAR_BODIES = frozenset(("政府", "行政长官", "立法会", "护照"))


def short_form_tail(tok: Token, lex: Lexicon) -> Iterator[Candidate]:
    """中国京剧: a place glued to a word that holds a region's short form."""
    w = tok.word
    at = _SHORT_FORM_WORDS.get(w[-2:])
    if at is not None and lex.tags.get(w[:-2]) == "ns":
        start = tok.end - 2 + at
        yield (start, start + 1, "place", PAIR_CONFIDENCE)
