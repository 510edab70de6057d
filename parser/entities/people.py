"""Person candidates: Chinese names (surname + given name), bare surnames, name runs.

Scores are log-odds-like: above 0 means "more likely a name than not". jieba's own ``nr``
tag is noisy (保健, 盛夏 and 西红柿 are ``nr`` in its dictionary), so it is only one piece
of evidence next to surname frequency, given-name character statistics and context.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.context import AFTER, TITLES, context_after, title_before
from parser.entities.foreign import (
    dotted_candidates,
    japanese_candidates,
    translit_candidates,
)
from parser.entities.name_glue import NAME_TAILS, glued_name_candidates, glued_verb_name
from parser.entities.name_runs import given_score, name_runs
from parser.entities.resources import (
    COMPOUND_SURNAMES,
    NOT_GIVEN_NAME,
    PLACE_FINAL_CHARS,
    TRANSLIT_CHARS,
)
from parser.model import EntityType

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Token

Raw = tuple[int, int, EntityType, float]
_TRANSLIT = frozenset(TRANSLIT_CHARS) - {"·"}
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两几数余多．.·")
_COMPOUND = frozenset(COMPOUND_SURNAMES)
_COMPOUND_FIRST = frozenset(s[0] for s in COMPOUND_SURNAMES)


def _loose_char(tok: Token, lex: Lexicon) -> bool:
    """A single character that could continue a name (not a function word or surname)."""
    w = tok.word
    return (
        len(w) == 1
        and "\u4e00" <= w <= "\u9fff"
        and w not in NOT_GIVEN_NAME
        and w not in lex.surname_weight
        and w not in AFTER
    )


def _dictionary_evidence(
    tokens: Sequence[Token], i: int, j: int, name: str, given: str, lex: Lexicon
) -> float:
    """What jieba's dictionary says about ``name`` = tokens[i:j]."""
    score = 0.0
    tag = lex.tags.get(name)
    if tag in ("nr", "nrfg") or (tag in ("t", "nz") and len(name) == 3):
        score += 0.6 if len(name) == 3 else 0.2  # jieba tags a few famous names t or nz
        if len(name) == 2 and lex.freq.get(name, 0) > 50:  # a frequent one is a word (盛夏)
            score -= 1.0 if lex.freq[name] <= 300 else 1.5
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


def _context_evidence(tokens: Sequence[Token], i: int, j: int, name: str, lex: Lexicon) -> float:
    """What the words around tokens[i:j] say: titles, places, lists, what follows."""
    score = 0.0
    titled = title_before(tokens, i)
    if titled:
        score += 2.0
    elif name[-1] in PLACE_FINAL_CHARS:
        score -= 1.5  # 石家庄, 高升镇, 白羊峪: a place
    if i > 0 and not titled:
        prev = tokens[i - 1]
        if prev.tag == "ns" or (len(prev.word) >= 3 and prev.word[-1] in "省市县区镇乡村"):
            score -= 1.0  # 浑源县凌云口: what follows a county is a place in it
        elif len(name) == 2 and prev.tag == "n" and len(prev.word) >= 2:
            score -= 0.5  # a bare noun right before a short "name" (汉白玉石林)
        elif prev.word == "、":
            score += 0.4  # one of a list
    if j < len(tokens) and tokens[j].word in TITLES:
        score += 1.2  # 叶某某院士, 某某总理
    elif j < len(tokens) and tokens[j].word in _PLACE_WORDS_AFTER:
        score -= 1.5  # 温哥华大会, 王府井一带: what follows names a place
    after = context_after(tokens, j)
    score += after
    clause_start = i == 0 or tokens[i - 1].word in _CLAUSE_OPEN
    if clause_start and (after > 0.5 or _predicate_follows(tokens, j)):
        score += SUBJECT_BONUS  # 袁步兵本人…, 郑咏是…: a name as the subject of its clause
    elif j < len(tokens) and tokens[j].word == "的" and len(name) >= 2:
        score += POSSESSOR_BONUS  # 柳萍的目光
    if j < len(tokens) and _loose_char(tokens[j], lex):
        score -= 0.5  # 张金 + 柱案件: a name rarely stops before a stray character
    if i > 0 and tokens[i - 1].word in _TRANSLIT and tokens[i - 1].tag in ("nr", "nrt", "ag"):
        score -= 0.8  # 伯奇 + 费尔: the tail of a foreign name, not a Chinese one
    return score


_PLACE_WORDS_AFTER = frozenset(("大会", "一带", "境内", "地区", "市民", "郊区", "附近", "机场"))
_CLAUSE_OPEN = frozenset(("，", "。", "；", "：", "！", "？", "“", "”", "（", "、"))
SUBJECT_BONUS = 0.6
# Parts of speech of characters that end a phrase rather than a given name.
_FUNCTION_TAGS = frozenset(("d", "p", "c", "u", "uj", "ul", "uz", "r", "f", "q", "m", "y"))
FUNCTION_GIVEN_PENALTY = 1.0
_SURNAME_AS_FUNCTION = frozenset(("p", "d", "c", "q", "r", "u", "ud", "uj", "a"))
FUNCTION_SURNAME_PENALTY = 1.0
WORD_HEAD_PENALTY = 1.5
POSSESSOR_BONUS = 0.3


_PREDICATE_TAGS = frozenset(("v", "d", "p", "ad", "vn"))


def _predicate_follows(tokens: Sequence[Token], j: int) -> bool:
    """A verb or adverb right after a clause-initial candidate (郑咏是, 朱力行已经)."""
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    return nxt.tag in _PREDICATE_TAGS and len(nxt.word) >= 1 and nxt.word not in _NOT_PREDICATE


_NOT_PREDICATE = frozenset(("的", "地", "得"))


def _chinese_name(
    text: str, tokens: Sequence[Token], i: int, j: int, surname: str, lex: Lexicon
) -> Raw | None:
    """Score tokens[i:j] as surname + given name."""
    start, end = tokens[i].start, tokens[j - 1].end
    name = text[start:end]
    given = name[len(surname) :]
    if not 1 <= len(given) <= 2 or not (
        "\u4e00" <= given[0] <= "\u9fff" and "\u4e00" <= given[-1] <= "\u9fff"
    ):
        return None  # 林→, 王。: no given name
    if given in TITLES or given in AFTER or given[0] in "老某":
        return None  # 李老师, 胡老: the surname alone names the person (see _surname_alone)
    if start > 0 and text[start - 1] in _NUMERALS:
        return None  # 3000余人, 1.5万人
    first = tokens[i]
    if j - i > 1 and len(first.word) > len(surname) and first.tag not in ("nr", "nrfg", ""):
        return None  # 谈话 + 中, 方面 + 有: a common word plus a character
    whole_name = j - i == 1 and len(name) == 3 and lex.tags.get(name) in ("nr", "nrfg", "nz")
    # A three-character name listed as such by jieba may use any characters (李四光, 陈希同).
    # Before 先生, 同志, 教授 … any characters may form the given name (邵一夫先生).
    addressed = j < len(tokens) and tokens[j].word in _ADDRESS_WORDS
    strict = not (whole_name or addressed)
    g = given_score(given, lex, strict=strict)
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
    if len(given) == 1:
        score -= 0.2
        if lex.tags.get(given) in _FUNCTION_TAGS:
            score -= FUNCTION_GIVEN_PENALTY  # 都 + 曾, 管 + 起: an adverb or verb ending
    elif j - i == 1 and lex.freq.get(name[:2], 0) > 1000 and lex.tags.get(name[:2]) != "nr":
        score -= WORD_HEAD_PENALTY  # 范围广, 玉兰树: a word plus a character, not a name
    score += _dictionary_evidence(tokens, i, j, name, given, lex)
    if j - i == 1:  # the statistic is about jieba's own words (许可证), not loose characters
        score += _final_char_evidence(name, lex)
    score += _context_evidence(tokens, i, j, name, lex)
    return (start, end, "person", score)


# Surnames that are also verbs taking a title as object (任县长 = serve as county head).
# Words after a name that address the person; the given name may then use any characters.
_ADDRESS_WORDS = frozenset(("先生", "女士", "同志", "教授", "主席", "老师", "夫人", "院士", "博士"))
_VERB_SURNAMES = frozenset("任兼代")
_HOME_PLACES = frozenset(("村", "庄", "湾", "堡", "寨", "沟", "镇", "峪", "店", "营"))
_ADDRESS_AFTER = frozenset(
    ("老师", "先生", "女士", "老", "某", "总", "师傅", "大夫", "大爷", "大娘")
)


def _surname_alone(tokens: Sequence[Token], lex: Lexicon) -> Iterator[Raw]:
    """李老师, 汤局长, 李先生, 老于: a bare surname used as a name."""
    for i, tok in enumerate(tokens):
        w = tok.word
        if w[0] not in lex.surname_weight:
            continue
        if len(w) >= 3 and (w[1:] in _ADDRESS_AFTER or w[1:] in TITLES):
            if tok.tag not in ("ns", "nt") and not (i and tokens[i - 1].word[-1:].isdigit()):
                yield (tok.start, tok.start + 1, "person", 1.2)  # 李先生, 毛主席 as one word
            continue
        if len(w) == 2 and w[1] == "家" and tok.tag in ("nr", "nrfg"):
            yield (tok.start, tok.start + 1, "person", 1.0)  # 刘家 as one word
        if len(w) != 1:
            continue
        after = tokens[i + 1].word if i + 1 < len(tokens) else ""
        before = tokens[i - 1].word if i > 0 else ""
        if before[-1:] in _NUMERALS or after[:1] == w:
            continue  # 4位老师, 五任县长 (measure words), 培训司司长 (an office's own title)
        if w in _VERB_SURNAMES:
            continue  # 任警官: 任 here is "serve as"
        given_follows = i + 1 < len(tokens) and _loose_char(tokens[i + 1], lex)  # 小徐婷
        if before in ("老", "小") and lex.surname_weight[w] == 1.0 and not given_follows:
            yield (tok.start, tok.end, "person", 1.0)
        elif lex.freq.get(w, 0) <= 40000 and (after in _ADDRESS_AFTER or after in TITLES):
            yield (tok.start, tok.end, "person", 1.0)  # 汤 + 局长, 项 + 市长
        elif after == "家" and (
            i + 2 >= len(tokens)
            or (tokens[i + 2].word not in _HOME_PLACES and not _loose_char(tokens[i + 2], lex))
        ):  # not 傅家峻, whose 家 is part of the given name
            yield (tok.start, tok.end, "person", 1.0)  # 刘家: the Liu family


def _chinese_candidates(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Raw]:
    n = len(tokens)
    surnames = lex.surname_weight
    # Most words start with no surname: pick the few that do in one fast pass.
    opening = [
        i
        for i, tok in enumerate(tokens)
        if (tok.word[0] in surnames or tok.word[0] in _COMPOUND_FIRST) and len(tok.word) <= 3
    ]
    for i in opening:
        w = tokens[i].word
        if w[:2] in _COMPOUND:
            surname = w[:2]
        elif w[0] in surnames:
            surname = w[0]
        else:
            continue
        # The name is tokens[i:j] for every j whose total length stays within 4 characters.
        length = 0
        for j in range(i + 1, min(n, i + 4) + 1):
            length += len(tokens[j - 1].word)
            if length > len(surname) + 2:
                break
            cand = _chinese_name(text, tokens, i, j, surname, lex)
            if cand is not None:
                yield cand
                glued = glued_verb_name(cand, tokens, j, len(surname), lex)
                if glued is not None:
                    yield glued


def person_candidates(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Raw]:
    yield from _chinese_candidates(text, tokens, lex)
    if "杯" in text or any(tail in text for tail in NAME_TAILS):  # rare: skip the loop
        yield from glued_name_candidates(tokens, lex)
    yield from _surname_alone(tokens, lex)
    yield from japanese_candidates(text, tokens)
    yield from name_runs(text, tokens, lex)
    yield from translit_candidates(tokens, lex)
    if "·" in text:
        yield from dotted_candidates(tokens)
