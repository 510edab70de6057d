"""Chinese names read as surname + given name: which token runs are one, and how sure.

Every token that opens with a surname (or a compound surname) starts readings of up to
three characters after the surname. Each reading is scored by its own words (name_lexical,
cached per reading), corrected where the slot or jieba's cut says more (a person slot, an
HMM join, a dictionary name plus a stray character), then by its context (name_context).
A reading after a numeral, 方 as the side of a state and 于 after its verb are no names.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.context import TITLES, title_before
from parser.entities.name_context import context_evidence
from parser.entities.name_glue import glued_verb_name
from parser.entities.name_hmm import HMM_BONUS, hmm_joins
from parser.entities.name_lexical import SLOT_FINAL_RATIO, lexical_score
from parser.entities.name_runs import given_score
from parser.entities.name_slot import STRONG, slot_strength
from parser.entities.place_abbrev import CORE_SHORT_FORMS
from parser.entities.resources import COMPOUND_SURNAMES

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token

# A numeral before a surname makes it a measure word or a count (3000余人, 五任县长).
NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两几数余多．.·")
_COMPOUND = frozenset(COMPOUND_SURNAMES)
# One-character forms of states and parties that take 方 "side" (中方, 缅方, 外方, 我方).
_SIDE_OF = CORE_SHORT_FORMS | frozenset("外我双各军警校厂资劳买卖")


def chinese_candidates(
    text: str, tokens: Sequence[Token], lex: Lexicon, opening: list[int]
) -> Iterator[Candidate]:
    """Surname + given-name readings from each token in ``opening`` (those starting with a
    surname character), plus the verb-glued variant of each (name_glue)."""
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


def _chinese_name(
    text: str, tokens: Sequence[Token], i: int, j: int, surname: str, lex: Lexicon
) -> Candidate | None:
    """Score tokens[i:j] as surname + given name: its words, then its context."""
    start, end = tokens[i].start, tokens[j - 1].end
    if start > 0 and text[start - 1] in NUMERALS:
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
    return (start, end, "person", lexical + context_evidence(tokens, i, j, name, lex))


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
