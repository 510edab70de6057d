"""What the words around a Chinese name reading say about it: the context evidence.

A surname + given-name reading (see name_chinese.py) scores its own words first; this module
adds what surrounds it: a title before or after, a place or a body's name around it, a list,
a predicate that makes it the subject of its clause, quotation or title marks that make it
a figure of speech, measure words for things. Positive evidence says "a person", negative
"part of something else". loose_char also serves the bare-surname reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from parser.entities.context import (
    AFTER,
    NOUN_AFTER_PENALTY,
    PERSON_NOUN_FINALS,
    TITLES,
    context_after,
    title_before,
)
from parser.entities.foreign import THING_PENALTY, counted_thing
from parser.entities.name_lists import THING_LIST_PENALTY, in_thing_list, zodiac_year
from parser.entities.resources import NOT_GIVEN_NAME, PLACE_FINAL_CHARS, TRANSLIT

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Token


def loose_char(tok: Token, lex: Lexicon) -> bool:
    """A single character that could continue a name (not a function word or surname)."""
    w = tok.word
    return (
        len(w) == 1
        and "\u4e00" <= w <= "\u9fff"
        and w not in NOT_GIVEN_NAME
        and w not in lex.surname_weight
        and w not in AFTER
    )


def context_evidence(tokens: Sequence[Token], i: int, j: int, name: str, lex: Lexicon) -> float:
    """What the words around tokens[i:j] say: titles, places, lists, what follows."""
    score = 0.0
    titled = title_before(tokens, i) and not _adverb_opens(tokens[i], lex)
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
    elif j < len(tokens) and tokens[j].word in _ORG_HEADS:
        score -= ORG_HEAD_PENALTY  # 廉政委员会, 恒拓集团: the name of a body
    after = context_after(tokens, j)
    score += after
    clause_start = i == 0 or tokens[i - 1].word in _CLAUSE_OPEN
    if clause_start and (after > 0.5 or _predicate_follows(tokens, j)):
        score += SUBJECT_BONUS  # 袁步兵本人…, 郑咏是…: a name as the subject of its clause
    elif j < len(tokens) and tokens[j].word == "的" and len(name) >= 2:
        score += POSSESSOR_BONUS  # 柳萍的目光
    if (
        j - i == 2
        and len(name) == 2
        and j < len(tokens)
        and tokens[i + 1].tag in _WORD_TAGS
        and tokens[j].tag == "n"
        and len(tokens[j].word) >= 2
        and tokens[j].word[-1] not in PERSON_NOUN_FINALS
        and tokens[j].word not in TITLES
    ):
        score -= NOUN_AFTER_PENALTY  # 夏 + 播 + 作物, 金 + 鼠 + 新春: a phrase before a noun
    if not titled and _enclosed(tokens, i, j):
        score -= ENCLOSED_PENALTY  # 守着“金凤凰”, 《龙之歌》: a figure of speech or a title
    if i > 0 and counted_thing(tokens, i):
        score -= THING_PENALTY  # 一部桑塔纳, 两辆红旗: a measure word for things, not people
    if zodiac_year(tokens, j, name):
        score -= THING_LIST_PENALTY  # 迎金鼠新春: the year of an animal
    if len(name) == 2 and in_thing_list(tokens, i, j, name, lex):
        score -= THING_LIST_PENALTY  # 苍鹭、白鹭: a list of kinds of one thing
    if j < len(tokens) and loose_char(tokens[j], lex):
        score -= 0.5  # 张金 + 柱案件: a name rarely stops before a stray character
    if i > 0 and tokens[i - 1].word in TRANSLIT and tokens[i - 1].tag in ("nr", "nrt", "ag"):
        score -= 0.8  # 伯奇 + 费尔: the tail of a foreign name, not a Chinese one
    return score


# Marks that enclose a phrase used as a name for something else: a quoted image (“金凤凰”),
# a nickname, or the title of a work (《龙之歌：…》, whose subtitle follows a colon).
_OPEN_MARKS = {"“": "”", "‘": "’", "《": "》：:"}
ENCLOSED_PENALTY = 1.5


def _enclosed(tokens: Sequence[Token], i: int, j: int) -> bool:
    """tokens[i:j] fill a pair of quotation marks, or title marks, alone."""
    if i == 0 or j >= len(tokens):
        return False
    opener = tokens[i - 1].word
    closers = _OPEN_MARKS.get(opener)
    if closers is None or tokens[j].word not in closers:
        return False
    # A work may be named after its hero (《花木兰》), as jieba's dictionary knows: a title
    # counts against a reading only when the reading is pieced together (龙 + 之 + 歌).
    return opener != "《" or j - i > 1


def _adverb_opens(tok: Token, lex: Lexicon) -> bool:
    """A common adverb that doubles as a surname (球员都曾…, 老师都不…): after a title it
    starts the predicate of that noun, not a name."""
    return tok.tag == "d" and len(tok.word) == 1 and lex.freq.get(tok.word, 0) > 40000


# Heads of the names of bodies: a "name" right before one is part of the body's name.
_ORG_HEADS = frozenset(
    ("委员会", "集团", "公司", "有限公司", "总公司", "银行", "俱乐部", "研究所", "研究院", "出版社")
)
ORG_HEAD_PENALTY = 1.0
_PLACE_WORDS_AFTER = frozenset(
    (
        *("大会", "一带", "境内", "地区", "市民", "郊区", "附近", "机场"),
        # 白鹭洲驿站, X湿地公园: places to visit and rest along a route
        *("驿站", "湿地", "公园", "景区", "码头", "广场"),
    )
)
_CLAUSE_OPEN = frozenset(("，", "。", "；", "：", "！", "？", "“", "”", "（", "、"))
SUBJECT_BONUS = 0.6
_WORD_TAGS = frozenset(("n", "v", "vn", "a"))  # 播, 鼠: a word of its own, not a name character
POSSESSOR_BONUS = 0.3


_PREDICATE_TAGS = frozenset(("v", "d", "p", "ad", "vn"))


def _predicate_follows(tokens: Sequence[Token], j: int) -> bool:
    """A verb or adverb right after a clause-initial candidate (郑咏是, 朱力行已经)."""
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    return nxt.tag in _PREDICATE_TAGS and len(nxt.word) >= 1 and nxt.word not in _NOT_PREDICATE


_NOT_PREDICATE = frozenset(("的", "地", "得"))
