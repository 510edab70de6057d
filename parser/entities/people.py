"""Person candidates: every reader of personal names, gathered in one generator.

Scores are log-odds-like: above 0 means "more likely a name than not". jieba's own ``nr``
tag is noisy (保健, 盛夏 and 西红柿 are ``nr`` in its dictionary), so it is only one piece
of evidence next to surname frequency, given-name character statistics and context.
person_candidates runs the Chinese readers (surname + given name in name_chinese.py, bare
surnames in name_surname.py, and the name_* readers), then the Japanese, Korean,
transliterated, dotted and Burmese ones; rare readers run only when their mark is in the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.foreign import (
    dotted_candidates,
    japanese_candidates,
    korean_candidates,
    translit_candidates,
)
from parser.entities.name_burmese import burmese_candidates
from parser.entities.name_chinese import chinese_candidates
from parser.entities.name_composed import composed_name_candidates
from parser.entities.name_conj import he_surname_candidates
from parser.entities.name_given import given_only_candidates
from parser.entities.name_glue import NAME_TAILS, glued_name_candidates, surname_cup_candidates
from parser.entities.name_married import married_candidates
from parser.entities.name_runs import name_runs
from parser.entities.name_surname import surname_alone
from parser.entities.resources import COMPOUND_SURNAMES

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token

_COMPOUND_FIRST = frozenset(s[0] for s in COMPOUND_SURNAMES)


_starters: dict[int, frozenset[str]] = {}


def person_candidates(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Candidate]:
    starters = _starters.get(id(lex))
    if starters is None:
        starters = _starters[id(lex)] = frozenset(lex.surname_weight) | _COMPOUND_FIRST
    # Most words start with no surname: pick the few that do in one pass, for both rules.
    opening = [i for i, tok in enumerate(tokens) if tok.word[0] in starters]
    yield from chinese_candidates(text, tokens, lex, opening)
    if "杯" in text or any(tail in text for tail in NAME_TAILS):  # rare: skip the loop
        yield from glued_name_candidates(tokens, lex)
        if "杯" in text:
            yield from surname_cup_candidates(text, tokens, lex)
    yield from surname_alone(tokens, lex, opening)
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


def _whole_dotted(tokens: Sequence[Token], lex: Lexicon) -> Iterator[Candidate]:
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


def _no_events(text: str, cands: Iterable[Candidate], lex: Lexicon) -> Iterator[Candidate]:
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
