"""Foreign names: transliterations (克林顿, 科菲·安南) and Japanese names (桥本龙太郎).

This module finds the runs of transliteration characters (基里延科, 鲁 + 西亚 + 努) and
where they end; ``foreign_score`` decides whether a run is a person, a place or a thing
(在哈瓦那, 瑞士达沃斯, 温哥华市), ``foreign_dotted`` reads names joined by ·,
``foreign_loose`` the names jieba left as single characters, ``name_asian`` Japanese and
Korean names. The readers people.py uses are importable from here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.context import title_before
from parser.entities.foreign_context import THING_PENALTY, counted_thing
from parser.entities.foreign_dotted import dotted_candidates
from parser.entities.foreign_loose import after_split_title, loose_runs
from parser.entities.foreign_score import score_translit
from parser.entities.foreign_words import (
    FOREIGN,
    JOINERS,
    REGNAL,
    REGNAL_CONFIDENCE,
    head_of_state_after,
    mostly_foreign,
    regnal_at,
    translit_word,
)
from parser.entities.lexicon import WEAK_PLACE
from parser.entities.name_asian import japanese_candidates, korean_candidates
from parser.entities.resources import PLACE_CONTEXT_AFTER

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token

__all__ = [
    "THING_PENALTY",
    "counted_thing",
    "dotted_candidates",
    "japanese_candidates",
    "korean_candidates",
    "translit_candidates",
]


# The first characters a run may open on; 长 is a title's last character jieba glued to a
# name (外 + 长沙雷).
_OPENING = FOREIGN | {"长"}
# Words jieba calls places that open a run only after a title (总理科尔) or before one.
_TITLED_TAGS = frozenset(("ns", WEAK_PLACE, "z"))
# A preposition or a conjunction ends no name (齐达内 + 因伤).
_FUNCTION_TAGS = frozenset(("p", "c", "uj", "ul"))


def _opens(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """A run opens only on a word that can be part of a transliteration, or on any
    foreign-looking word next to a title or before a regnal number."""
    t = tokens[k]
    return (
        translit_word(t)
        or (
            t.tag in _TITLED_TAGS
            and (
                ((translit_word(t, True) or mostly_foreign(t, lex)) and title_before(tokens, k))
                or head_of_state_after(tokens, k, lex)
            )
        )
        or (regnal_at(tokens, k + 1) and t.tag in _TITLED_TAGS and len(t.word) >= 2)
    )


def translit_candidates(tokens: Sequence[Token], lex: Lexicon) -> Iterator[Candidate]:
    """Runs like 基里延科 or 科菲·安南: transliteration characters, maybe joined by ·."""
    n = len(tokens)
    # Every reading needs jieba's nrt or a first character of the kind: one cheap pass
    # finds the few words where a run may open.
    maybe = [k for k, t in enumerate(tokens) if t.word[0] in _OPENING or t.tag == "nrt"]
    done = 0  # the words before this one belong to a run already read
    for i in maybe:
        if tokens[i].word[0] == "长":
            yield from after_split_title(tokens, i)
            continue
        if i < done or not _opens(tokens, i, lex):
            continue
        if i > 0 and tokens[i - 1].word[-1:].isdigit():
            continue  # 7日: a date, not the start of a name
        j = i + 1
        while j < n and (
            (
                translit_word(tokens[j], j > i and tokens[j - 1].word in JOINERS)
                and tokens[j].word not in REGNAL
            )
            or (
                tokens[j].word in JOINERS
                and j > i
                and j + 1 < n
                and translit_word(tokens[j + 1], True)
            )
        ):
            j += 1
        while j - i > 1 and len(tokens[j - 1].word) == 1 and tokens[j - 1].tag in _FUNCTION_TAGS:
            j -= 1  # 齐达内 + 因伤: a preposition or conjunction ends no name
        if regnal_at(tokens, j):
            yield (tokens[i].start, tokens[j].end, "person", REGNAL_CONFIDENCE)
            done = j + 1
            continue
        if j > i:
            yield from score_translit(tokens, i, j, lex)
            k = _glued_end(tokens, i, j)
            if k > j:
                yield from score_translit(tokens, i, k, lex, glued=True)
                j = k
        done = max(j, i + 1)
    yield from loose_runs(tokens, maybe, lex)


# Place words jieba may cut out of a transliteration (鲁 + 西亚 + 努).
_GLUE_TAGS = frozenset(("ns", WEAK_PLACE, "j", "nr", "nrt", "nz", ""))


def _glue_part(tok: Token) -> bool:
    """A short word of transliteration characters that jieba may have cut out of a name."""
    return len(tok.word) <= 2 and tok.tag in _GLUE_TAGS and FOREIGN.issuperset(tok.word)


def _glued_end(tokens: Sequence[Token], i: int, j: int) -> int:
    """Where a run stopped by a short place word spelled with the same characters ends.

    jieba cuts 鲁西亚努 as 鲁 + 西亚 + 努 and 奥登西亚 as 奥登 + 西亚: a place word glued
    inside a transliteration (a loose character after it), or after a whole foreign name
    jieba knows, belongs to the name. A place suffix after the run (格朗德州) stops it.
    """
    n = len(tokens)
    if j >= n or tokens[j].tag not in ("ns", WEAK_PLACE) or not _glue_part(tokens[j]):
        return j
    k = j + 1
    while k < n and k - i < 6 and translit_word(tokens[k]):
        k += 1
    if k == j + 1 and not (j - i == 1 and tokens[i].tag == "nrt"):
        return j  # nothing foreign after the place word, nor a known name before it
    if k < n and tokens[k].word in PLACE_CONTEXT_AFTER:
        return j
    return k
