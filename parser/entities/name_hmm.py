"""jieba's HMM for unknown words (``jieba.finalseg``) as evidence for names.

jieba's dictionary does not know most people (卜凡舟, 展淑萍): its route leaves them as
single characters. The HMM jieba trained on news joins such runs into words, and a word
it forms that starts with a surname is usually a name. We ask it only about runs of
single characters that start a name reading, and remember its answers per run.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parser.entities.tagger import Token

HMM_BONUS = 0.6
_CACHE_LIMIT = 50_000
_REACH = 3
_cache: dict[str, frozenset[tuple[int, int]]] = {}


def _is_han(word: str) -> bool:
    return len(word) == 1 and "\u4e00" <= word <= "\u9fff"


def hmm_words(run: str) -> frozenset[tuple[int, int]]:
    """(start, end) of the multi-character words jieba's HMM finds in ``run``."""
    found = _cache.get(run)
    if found is not None:
        return found
    from jieba import finalseg  # loaded with jieba's dictionary already; no import cost here

    _, states = finalseg.viterbi(run, "BMES", finalseg.start_P, finalseg.trans_P, finalseg.emit_P)
    spans = set()
    begin = 0
    for idx, state in enumerate(states):
        if state == "B":
            begin = idx
        elif state == "E":
            spans.add((begin, idx + 1))
    if len(_cache) > _CACHE_LIMIT:
        _cache.clear()  # a long session: start afresh
    found = _cache[run] = frozenset(spans)
    return found


def hmm_joins(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether jieba's HMM reads the single characters tokens[i:j] as one word.

    The HMM sees the run of single characters around them, as jieba would, up to a few
    characters either side (what lies further hardly changes its reading, and costs).
    """
    if not all(_is_han(tokens[k].word) for k in range(i, j)):
        return False
    lo = i
    while lo > max(0, i - _REACH) and _is_han(tokens[lo - 1].word):
        lo -= 1
    hi = j
    while hi < min(len(tokens), j + _REACH) and _is_han(tokens[hi].word):
        hi += 1
    run = "".join(tokens[k].word for k in range(lo, hi))
    return (i - lo, j - lo) in hmm_words(run)


def clear_cache() -> None:
    """Forget the HMM's answers (benchmarks time a first extraction)."""
    _cache.clear()
