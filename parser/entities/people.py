"""Person candidates: Chinese names (surname + given name), bare surnames, name runs.

Scores are log-odds-like: above 0 means "more likely a name than not". jieba's own ``nr``
tag is noisy (保健, 盛夏 and 西红柿 are ``nr`` in its dictionary), so it is only one piece
of evidence next to surname frequency, given-name character statistics and context.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.context import (
    AFTER,
    NOUN_AFTER_PENALTY,
    PERSON_NOUN_FINALS,
    TITLES,
    context_after,
    title_before,
)
from parser.entities.foreign import (
    THING_PENALTY,
    counted_thing,
    dotted_candidates,
    japanese_candidates,
    korean_candidates,
    translit_candidates,
)
from parser.entities.name_burmese import burmese_candidates
from parser.entities.name_composed import composed_name_candidates
from parser.entities.name_conj import he_surname_candidates
from parser.entities.name_given import given_only_candidates
from parser.entities.name_glue import (
    NAME_TAILS,
    glued_name_candidates,
    glued_verb_name,
    surname_cup_candidates,
)
from parser.entities.name_hmm import HMM_BONUS, hmm_joins
from parser.entities.name_lexical import SLOT_FINAL_RATIO, lexical_score
from parser.entities.name_lists import THING_LIST_PENALTY, in_thing_list, zodiac_year
from parser.entities.name_married import married_candidates
from parser.entities.name_runs import given_score, name_runs
from parser.entities.name_slot import STRONG, slot_strength
from parser.entities.place_abbrev import CORE_SHORT_FORMS
from parser.entities.resources import (
    COMPOUND_SURNAMES,
    NOT_GIVEN_NAME,
    PLACE_FINAL_CHARS,
    TRANSLIT,
)
from parser.model import EntityType

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Token

Raw = tuple[int, int, EntityType, float]
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两几数余多．.·")
_COMPOUND = frozenset(COMPOUND_SURNAMES)
# One-character forms of states and parties that take 方 "side" (中方, 缅方, 外方, 我方).
_SIDE_OF = CORE_SHORT_FORMS | frozenset("外我双各军警校厂资劳买卖")
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


def _context_evidence(tokens: Sequence[Token], i: int, j: int, name: str, lex: Lexicon) -> float:
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
    if j < len(tokens) and _loose_char(tokens[j], lex):
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


def _chinese_name(
    text: str, tokens: Sequence[Token], i: int, j: int, surname: str, lex: Lexicon
) -> Raw | None:
    """Score tokens[i:j] as surname + given name: its words, then its context."""
    start, end = tokens[i].start, tokens[j - 1].end
    if start > 0 and text[start - 1] in _NUMERALS:
        return None  # 3000余人, 1.5万人
    if surname == "方" and start > 0 and text[start - 1] in _SIDE_OF:
        return None  # 缅方宝贵的支持, 越方代表: 方 is the side of a state, not a surname
    if surname == "于" and i > 0 and _verb_before_yu(tokens, i):
        return None  # 生长于淡水, 致力于科研: the preposition after its verb
    name = text[start:end]
    addressed = j < len(tokens) and tokens[j].word in _ADDRESS_WORDS
    lexical = _lexical(tokens, i, j, name, surname, addressed, lex)
    if (
        lexical is None
        and not addressed
        and end - start == len(surname) + 2
        and lex.name_final.get(name[-1], 0.0) >= SLOT_FINAL_RATIO  # not 赵敏 + 说, 王某 + 都
        and not tokens[j - 1].tag.startswith("u")  # not 阴阳 + 之说: a particle
        and slot_strength(tokens, i, j) == STRONG
    ):
        # 副书记赵名扬参加, 总裁唐朝明等: a strong person slot admits a given name of odd
        # characters, or one that jieba glued to the surname as a word, as 先生 after does.
        lexical = _lexical(tokens, i, j, name, surname, True, lex)
    if lexical is None:
        return None
    if j - i == 3 and end - start == 3 and hmm_joins(tokens, i, j):
        # 卜 + 凡 + 舟: jieba's HMM for unknown words joins them. Two characters it joins
        # too readily (包建, 于国) to count as evidence.
        lexical += HMM_BONUS
    if (
        j - i == 2
        and len(tokens[i].word) == 2
        and tokens[i].tag in ("nr", "nrfg")
        and len(tokens[i + 1].word) == 1
        and not slot_strength(tokens, i, j)
        and not (j < len(tokens) and tokens[j].word in TITLES)
    ):
        # 祖先 + 曾, 莫道 + 君: a word jieba lists as a name plus one character is a name
        # only where a title or a verb of saying frames it (政委高云江说).
        lexical -= NAME_PLUS_CHAR_PENALTY
    if lexical < 0 and j - i == 1 and _word_may_be_name(name, surname, lex):
        # 杜甫, 于洋: jieba lists the name as a word; a person slot says which.
        slot = slot_strength(tokens, i, j)
        if slot:
            lexical = (
                max(lexical + SLOT_WORD_BONUS, SLOT_FLOOR)
                if slot == STRONG
                else lexical + SLOT_WORD_BONUS / 2
            )
    return (start, end, "person", lexical + _context_evidence(tokens, i, j, name, lex))


_BEFORE_YU_TAGS = frozenset(("v", "vn", "n", "a", "ad", "d"))


def _verb_before_yu(tokens: Sequence[Token], i: int) -> bool:
    """A content word glued before 于 (生长于, 出生于): 于 is the preposition it takes.
    A title before 于 (署长于某) leaves it a surname."""
    prev = tokens[i - 1]
    return len(prev.word) >= 2 and prev.tag in _BEFORE_YU_TAGS and not title_before(tokens, i)


_WORD_NAME_TAGS = frozenset(("nr", "nrfg", "ns?"))


def _word_may_be_name(name: str, surname: str, lex: Lexicon) -> bool:
    """A dictionary word that could still be a name: jieba tags it a name or a dubious
    place (杜甫, 于洋), or a noun whose given part is typical of names."""
    tag = lex.tags.get(name)
    if len(name) - len(surname) == 1:
        return tag in _WORD_NAME_TAGS
    return tag in ("n", "nz", "nr", "nrfg") and given_score(name[len(surname) :], lex) > 0.3


SLOT_WORD_BONUS = 2.0
SLOT_FLOOR = -0.5
NAME_PLUS_CHAR_PENALTY = 1.0


NAME_CACHE_LIMIT = 100_000


def _lexical(
    tokens: Sequence[Token], i: int, j: int, name: str, surname: str, addressed: bool, lex: Lexicon
) -> float | None:
    """``lexical_score``, kept per reading: the words alone decide it (the name, how jieba
    cut it, whether an address word follows)."""
    key = (name, j - i, len(tokens[i].word), addressed)
    cache = lex.name_cache
    if key in cache:
        return cache[key]
    if len(cache) > NAME_CACHE_LIMIT:
        cache.clear()  # a long session of many editions: start afresh
    found = cache[key] = lexical_score(tokens, i, j, name, surname, addressed, lex)
    return found


# Words after a name that address the person; the given name may then use any characters.
_ADDRESS_WORDS = frozenset(("先生", "女士", "同志", "教授", "主席", "老师", "夫人", "院士", "博士"))
# Surnames that are also verbs taking a title as object (任县长 = serve as county head).
_VERB_SURNAMES = frozenset("任兼代")
_HOME_PLACES = frozenset(("村", "庄", "湾", "堡", "寨", "沟", "镇", "峪", "店", "营"))
_ADDRESS_AFTER = frozenset(
    ("老师", "先生", "女士", "老", "某", "总", "师傅", "大夫", "大爷", "大娘")
)


# After 姓 ("surnamed") a lone surname names its bearer: 一位姓王的老师, 他姓李，….
_NAMED_SURNAME_AFTER = frozenset(("的", "，", "。", "、", "；", "”"))
NAMED_SURNAME_CONFIDENCE = 1.5


def _surname_alone(tokens: Sequence[Token], lex: Lexicon, opening: list[int]) -> Iterator[Raw]:
    """李老师, 汤局长, 李先生, 老于: a bare surname used as a name."""
    for i in opening:
        tok = tokens[i]
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
        if before == "姓" and (after in _NAMED_SURNAME_AFTER or not after):
            yield (tok.start, tok.end, "person", NAMED_SURNAME_CONFIDENCE)  # 一位姓王的老师
            continue
        if w in _VERB_SURNAMES:
            continue  # 任警官: 任 here is "serve as"
        given_follows = (  # 小徐婷; not 老于 + 还住在, whose 还 is an adverb
            i + 1 < len(tokens)
            and _loose_char(tokens[i + 1], lex)
            and tokens[i + 1].tag not in ("d", "p", "c")
        )
        if before in ("老", "小") and lex.surname_weight[w] == 1.0 and not given_follows:
            yield (tok.start, tok.end, "person", 1.0)
        elif lex.freq.get(w, 0) <= 40000 and (after in _ADDRESS_AFTER or after in TITLES):
            yield (tok.start, tok.end, "person", 1.0)  # 汤 + 局长, 项 + 市长
        elif after == "家" and (
            i + 2 >= len(tokens)
            or (tokens[i + 2].word not in _HOME_PLACES and not _loose_char(tokens[i + 2], lex))
        ):  # not 傅家峻, whose 家 is part of the given name
            yield (tok.start, tok.end, "person", 1.0)  # 刘家: the Liu family


def _chinese_candidates(
    text: str, tokens: Sequence[Token], lex: Lexicon, opening: list[int]
) -> Iterator[Raw]:
    n = len(tokens)
    surnames = lex.surname_weight
    for i in opening:
        w = tokens[i].word
        if len(w) > 3:
            continue
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


_starters: dict[int, frozenset[str]] = {}


def person_candidates(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Raw]:
    starters = _starters.get(id(lex))
    if starters is None:
        starters = _starters[id(lex)] = frozenset(lex.surname_weight) | _COMPOUND_FIRST
    # Most words start with no surname: pick the few that do in one pass, for both rules.
    opening = [i for i, tok in enumerate(tokens) if tok.word[0] in starters]
    yield from _chinese_candidates(text, tokens, lex, opening)
    if "杯" in text or any(tail in text for tail in NAME_TAILS):  # rare: skip the loop
        yield from glued_name_candidates(tokens, lex)
        if "杯" in text:
            yield from surname_cup_candidates(text, tokens, lex)
    yield from _surname_alone(tokens, lex, opening)
    yield from married_candidates(text, tokens, lex, opening)
    yield from given_only_candidates(tokens, lex)
    if "和" in text and (text[0] == "和" or any(p + "和" in text for p in "，。；：“！？")):
        yield from he_surname_candidates(tokens, lex)  # 和 opening a clause: rare
    if "（" in text:
        yield from composed_name_candidates(text, lex)
    yield from japanese_candidates(text, tokens, lex)
    yield from korean_candidates(text, tokens, lex)
    yield from name_runs(text, tokens, lex)
    foreign = _whole_dotted(tokens, lex) if "·" in text else translit_candidates(tokens, lex)
    yield from _no_events(text, foreign, lex)
    if "缅" in text:
        yield from burmese_candidates(text, tokens, lex)


def _whole_dotted(tokens: Sequence[Token], lex: Lexicon) -> Iterator[Raw]:
    """Transliteration and dotted readings, without a transliteration reading that cuts
    the first part of a dotted name (里西奥·佩尔卡拉 inside 毛里西奥·佩尔卡拉): a dotted
    chain is written whole, and its first syllable may be a surname (毛, 马, 安)."""
    dotted = list(dotted_candidates(tokens, lex))
    cut = {(end, start) for start, end, kind, _ in dotted if kind == "person"}
    for cand in translit_candidates(tokens, lex):
        a, b = cand[0], cand[1]
        if not any(e == b and s < a for e, s in cut):
            yield cand
    yield from dotted


# Heads that make a dictionary word the name of a contest (马拉松赛, 拉力赛, 斯诺克赛).
_EVENT_HEADS = frozenset("赛")


def _no_events(text: str, cands: Iterable[Raw], lex: Lexicon) -> Iterator[Raw]:
    """Foreign readings, without a known word plus a contest's head: jieba lists loan
    words (马拉松, 巧克力) as names, but 马拉松 + 赛 is a race, not a person."""
    for cand in cands:
        a, b = cand[0], cand[1]
        if not (
            cand[2] == "person"
            and b - a >= 3
            and text[b - 1] in _EVENT_HEADS
            and text[a : b - 1] in lex.tags
        ):
            yield cand
