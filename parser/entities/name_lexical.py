"""What the characters and words of a surname + given-name reading say, context aside.

The score depends only on the reading and how jieba cut it, so ``people`` keeps it per
(name, words) in the lexicon: an edition names the same people and words again and again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from parser.entities.context import AFTER, TITLES
from parser.entities.name_runs import given_score
from parser.entities.place_abbrev import CORE_SHORT_FORMS
from parser.entities.world import COUNTRIES

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Token

# Languages named by a state's one-character form (英文, 中文, 法语): no given name.
_LANGUAGES = frozenset(c + w for c in CORE_SHORT_FORMS for w in "文语")
# Parts of speech of characters that end a phrase rather than a given name.
_FUNCTION_TAGS = frozenset(("d", "p", "c", "u", "uj", "ul", "uz", "r", "f", "q", "m", "y"))
FUNCTION_GIVEN_PENALTY = 1.0
FUNCTION_WORD_GIVEN_PENALTY = 1.0
# Particles and locatives: a single one of these after a word ends a phrase, not a name.
_PARTICLE_TAGS = frozenset(("ud", "ug", "uj", "ul", "uz", "uv", "f", "y"))
PARTICLE_END_PENALTY = 1.0
_SURNAME_AS_FUNCTION = frozenset(("p", "d", "c", "q", "r", "u", "ud", "uj", "a"))
FUNCTION_SURNAME_PENALTY = 1.0
WORD_HEAD_PENALTY = 1.5
VERY_COMMON = 300_000  # 有, 不: among the commonest words of all
MINOR_HEAD_FREQ = 10
MINOR_HEAD_PENALTY = 1.3
NAME_HEAD_FREQ = 150  # 玉兰 is tagged a name, but as frequent as a word (玉兰 + 树)
_NAME_TAGS = frozenset(("nr", "nrfg"))
SLOT_FINAL_RATIO = 0.2  # a character that ends names often enough (弟, 启, 生; not 说, 学)


def lexical_score(
    tokens: Sequence[Token], i: int, j: int, name: str, surname: str, addressed: bool, lex: Lexicon
) -> float | None:
    """How name-like tokens[i:j] is by its characters and words alone (None: no name)."""
    given = name[len(surname) :]
    if not 1 <= len(given) <= 2 or not (
        "\u4e00" <= given[0] <= "\u9fff" and "\u4e00" <= given[-1] <= "\u9fff"
    ):
        return None  # 林→, 王。: no given name
    if len(given) == 2 and surname[-1] in given:
        return None  # 以武养武, 蒙蒙亮: a phrase that repeats its first character
    if given in _LANGUAGES:
        return None  # 全 + 英文, 用 + 中文: a language named by a state's short form
    if given in COUNTRIES:
        return None  # 应 + 缅甸总统: a surname-like character before a country's name
    if given in TITLES or given in AFTER or given[0] in "老某":
        return None  # 李老师, 胡老: the surname alone names the person (see _surname_alone)
    first = tokens[i]
    if (
        j - i > 1
        and len(first.word) > len(surname)
        and first.tag not in ("nr", "nrfg", "")
        and not (
            addressed
            and len(name) == len(surname) + 2
            and lex.name_final.get(name[-1], 0.0) >= SLOT_FINAL_RATIO
        )
    ):
        return None  # 谈话 + 中, 方面 + 有: a common word plus a character (not 宋朝 + 弟等)
    whole_name = j - i == 1 and len(name) == 3 and lex.tags.get(name) in ("nr", "nrfg", "nz")
    # A three-character name listed as such by jieba may use any characters (李四光, 陈希同).
    # Before 先生, 同志, 教授 … any characters may form the given name (邵一夫先生).
    g = given_score(given, lex, strict=not (whole_name or addressed))
    if whole_name:
        g = max(0.4, g)
    if g < -5:
        return None
    score = lex.surname_weight.get(surname, 0.7) - 1.3 + 1.5 * g
    if lex.freq.get(surname, 0) > 40000:
        score -= 0.7  # the surname is also a common function word (和, 都, 高)
    if (
        first.word == surname
        and first.tag in _SURNAME_AS_FUNCTION
        and j - i == 2
        and len(tokens[i + 1].word) == 2
    ):
        score -= FUNCTION_SURNAME_PENALTY  # 于 + 明天, 段 + 新建: a preposition or measure
    elif j - i == 2 and len(name) == 2 and _verb_phrase(first.tag, tokens[i + 1].tag):
        score -= FUNCTION_SURNAME_PENALTY  # 于 + 国, 包 + 建, 管 + 起: a phrase, not a name
    elif j - i == 2 and first.word == surname and _verb_object(first, tokens[i + 1], lex):
        score -= FUNCTION_SURNAME_PENALTY  # 包 + 饺子, 管 + 企业: a verb and its object
    if j - i == 2 and len(tokens[i + 1].word) == 2 and _common_verb(tokens[i + 1], lex):
        score -= VERB_GIVEN_PENALTY  # 连 + 离世, 高 + 举起: a surname-like word and a verb
    last = tokens[j - 1]
    if len(given) == 2 and j - i >= 2 and len(last.word) == 1 and last.tag in _PARTICLE_TAGS:
        score -= PARTICLE_END_PENALTY  # 殷红 + 得, 自谦 + 里: a phrase ends in a particle
    elif len(given) == 2 and j - i >= 2 and len(last.word) == 1 and _function_final(last, lex):
        score -= PARTICLE_END_PENALTY  # 毛毛 + 既, 林楠 + 有, 公正 + 不: a name and the next word
    if len(given) == 1:
        score -= 0.2
        if lex.tags.get(given) in _FUNCTION_TAGS:
            score -= FUNCTION_GIVEN_PENALTY  # 都 + 曾, 管 + 起: an adverb or verb ending
    elif j - i == 1 and (
        lex.tags.get(name[:2]) not in _NAME_TAGS or lex.freq.get(name[:2], 0) > NAME_HEAD_FREQ
    ):
        head = lex.freq.get(name[:2], 0)
        if head > 1000:
            score -= WORD_HEAD_PENALTY  # 范围广: a word plus a character, not a name
        elif head >= MINOR_HEAD_FREQ and not (
            lex.tags.get(given) in ("nr", "nrfg") and lex.freq.get(given, 0) >= 20
        ):
            score -= MINOR_HEAD_PENALTY  # 边塞诗, 农家乐: a rarer word plus a character
    score += _dictionary_evidence(tokens, i, j, name, given, lex)
    if j - i == 1:  # the statistic is about jieba's own words (许可证), not loose characters
        score += _final_char_evidence(name, lex)
    return score


COMMON_OBJECT_FREQ = 100
VERB_GIVEN_PENALTY = 1.0
COMMON_VERB_FREQ = 30


def _verb_object(first: Token, second: Token, lex: Lexicon) -> bool:
    """A one-character verb before a common two-character noun (包饺子, 管企业)."""
    return (
        first.tag == "v"
        and len(second.word) == 2
        and second.tag in ("n", "vn")
        and lex.freq.get(second.word, 0) >= COMMON_OBJECT_FREQ
    )


def _common_verb(tok: Token, lex: Lexicon) -> bool:
    """A common verb (离世, 参加) as the given name: names seldom spell one."""
    return tok.tag == "v" and lex.freq.get(tok.word, 0) >= COMMON_VERB_FREQ


def _function_final(last: Token, lex: Lexicon) -> bool:
    """An adverb, conjunction or preposition (既, 不, 还), or 有, that seldom ends a name."""
    if lex.given_chars.get(last.word, 0.0) < 0.15 and last.tag in ("d", "c", "p"):
        return True  # 既, 不, 还 (not 常, a given-name character too)
    return lex.freq.get(last.word, 0) > VERY_COMMON  # 有: in names, but mostly the verb


def _verb_phrase(first: str, second: str) -> bool:
    """Tags of two single characters that read as preposition + noun or verb + verb."""
    return first == "p" or (first in ("v", "vn") and second in ("v", "vn"))


def _dictionary_evidence(
    tokens: Sequence[Token], i: int, j: int, name: str, given: str, lex: Lexicon
) -> float:
    """What jieba's dictionary says about ``name`` = tokens[i:j]."""
    score = 0.0
    tag = lex.tags.get(name)
    if tag in ("nr", "nrfg") or (tag in ("t", "nz") and len(name) == 3):
        score += 0.6 if len(name) == 3 else 0.2  # jieba tags a few famous names t or nz
        if len(name) == 2 and lex.freq.get(name, 0) > 50:  # a frequent one is a word (盛夏)
            score -= 1.0 if lex.freq[name] <= 300 else 2.0
    elif tag:
        # An ordinary word (高峰, 许可证, 国家); jieba mis-tags some names as t or nz.
        if len(name) == 3 and tag in ("nrt", "ns"):
            score -= 0.5 if tag == "nrt" else 1.2  # 罗干, 江建国: jieba lists some as places
        else:
            score -= 2.5
    if j - i == 1:
        if (
            len(given) == 2
            and lex.tags.get(given, "nr") not in ("nr", "nrfg", "nrt", "ns")
            and lex.freq.get(given, 0) > 20
        ):
            score -= 1.0  # one word whose given part is a common word (雷 + 阵雨)
    elif any(len(t.word) > 1 and t.tag not in ("nr", "") for t in tokens[i + 1 : j]):
        # The given name spells a word (胡 + 海军, 杨 + 海波): the commoner the word,
        # the less likely a name (宫 + 国家).
        common = max(lex.freq.get(t.word, 0) for t in tokens[i + 1 : j])
        score -= 0.6 if common < 5000 else 1.2 if common < 20000 else 2.0
        if any(len(t.word) > 1 and t.tag in _FUNCTION_TAGS for t in tokens[i + 1 : j]):
            score -= FUNCTION_WORD_GIVEN_PENALTY  # 连 + 正常, 于 + 是: an adverb, not a name
    elif all(len(t.word) == 1 and t.tag in ("nr", "ag", "g") for t in tokens[i + 1 : j]):
        score += 0.4  # jieba tags name characters (晖, 昕) as nr or g
    return score


def _final_char_evidence(name: str, lex: Lexicon) -> float:
    """Ordinary words end in 性, 证, 期; names almost never do (许可证, 安全性)."""
    ratio = lex.name_final.get(name[-1])
    if ratio is None or lex.given_chars.get(name[-1], 0.0) >= 0.3:
        return 0.0  # no evidence, or a common given-name character anyway (张玉来)
    if ratio < 0.05:
        return -1.5
    return -0.6 if ratio < 0.15 else 0.0
