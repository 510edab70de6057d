"""Tag one text: person, place and organisation spans from jieba words plus rules.

Candidates come from several generators (dictionary tags, surname + given-name statistics,
titles before names, transliteration runs, place and organisation suffixes); each gets a
score, and the best set of non-overlapping candidates wins (weighted interval scheduling),
so a run like 卢东亮张强胡海军 resolves into three names rather than 卢东亮 + 张强胡.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter

from parser.entities.datelines import dateline_candidates
from parser.entities.lexicon import Lexicon, lexicon
from parser.entities.orgs import org_candidates
from parser.entities.people import person_candidates
from parser.entities.places import place_candidates
from parser.model import EntityType

Span = tuple[int, int, EntityType]


@dataclass(slots=True)
class Token:
    """One jieba word with its offsets and dictionary tag ('' when not in the dictionary)."""

    word: str
    start: int
    end: int
    tag: str


Candidate = tuple[int, int, EntityType, float]  # start, end, type, confidence per character


def tokenize(text: str, lex: Lexicon) -> list[Token]:
    get = lex.tags.get
    route = lex.segmenter.words_route(text)
    tokens: list[Token] = []
    append = tokens.append
    n = len(text)
    idx = 0
    while idx < n:
        end = route[idx]
        word = text[idx:end]
        append(Token(word, idx, end, get(word, "")))
        idx = end
    return tokens


_BY_END_START = itemgetter(1, 0)  # (end, start): the same order as a lambda, in C


def best_spans(candidates: list[Candidate]) -> list[Span]:
    """The non-overlapping subset with the highest total score (confidence x length)."""
    cands = sorted([c for c in candidates if c[3] > 0], key=_BY_END_START)
    if not cands:
        return []
    ends = [c[1] for c in cands]
    best = [0.0] * (len(cands) + 1)
    take: list[bool] = [False] * len(cands)
    for i, (start, end, _, conf) in enumerate(cands):
        j = bisect_right(ends, start, 0, i)  # candidates ending at or before this one starts
        with_c = best[j] + conf * (end - start)
        take[i] = with_c > best[i]
        best[i + 1] = with_c if take[i] else best[i]
    spans: list[Span] = []
    i = len(cands) - 1
    while i >= 0:
        if take[i]:
            start, end, kind, _ = cands[i]
            spans.append((start, end, kind))
            i = bisect_right(ends, start, 0, i) - 1
        else:
            i -= 1
    spans.reverse()
    return spans


def _datelines(text: str, tokens: list[Token], lex: Lexicon) -> Iterator[Candidate]:
    return dateline_candidates(text)


# Every candidate generator, in the order their candidates are listed (ties in best_spans
# keep that order). A new generator goes here, so that both functions below run it.
_STAGES: tuple[Callable[[str, list[Token], Lexicon], Iterable[Candidate]], ...] = (
    person_candidates,
    place_candidates,
    org_candidates,
    _datelines,
)


def candidates(text: str) -> list[Candidate]:
    """Every scored candidate span in ``text`` (before choosing among overlaps)."""
    return candidates_of([text])[0]


def candidates_of(texts: Sequence[str]) -> list[list[Candidate]]:
    """``candidates`` of each text, the same lists, faster for many texts (an edition).

    Each stage runs over all texts before the next one starts: tokenising, then each
    rule set, keeps its part of jieba's large tables in the processor's caches, where
    alternating stages text by text evicts them (about 15% faster on the samples). A text
    that occurs twice (an article printed on two pages, a repeated title) is tagged once.
    """
    distinct = list(dict.fromkeys(text for text in texts if text.strip()))
    if not distinct:
        return [[] for _ in texts]
    lex = lexicon()
    tokens = [tokenize(text, lex) for text in distinct]
    found: dict[str, list[Candidate]] = {text: [] for text in distinct}
    for stage in _STAGES:
        for text, words in zip(distinct, tokens, strict=True):
            found[text].extend(stage(text, words, lex))
    return [list(found[text]) if text in found else [] for text in texts]


KNOWN_CONFIDENCE = 4.0  # a name from a byline: beats any rule
LEARNED_CONFIDENCE = 1.6  # a name tagged elsewhere in the edition: beats weak readings here


def resolve(
    text: str,
    cands: list[Candidate],
    known: dict[str, EntityType] | None = None,
    learned: dict[str, EntityType] | None = None,
) -> list[Span]:
    """Choose spans among ``cands``, with every occurrence of a known name as a candidate.

    ``known`` and ``learned`` map names established elsewhere to their type: ``known``
    ones (bylines) are certain, ``learned`` ones (found by the rules in another piece of
    the same edition) are strong evidence that can still lose to a longer reading.
    """
    extra: list[Candidate] = []
    for names, conf in ((known, KNOWN_CONFIDENCE), (learned, LEARNED_CONFIDENCE)):
        for name, kind in (names or {}).items():
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                # A learned 吴昂 must not cut a longer reading 吴昂貌 found here.
                if conf == KNOWN_CONFIDENCE or not any(
                    c[0] == at and c[1] > end and c[2] == "person" and c[3] > 0 for c in cands
                ):
                    extra.append((at, end, kind, conf))
                at = text.find(name, end)
    pool = [*cands, *extra] if extra else cands
    spans = best_spans(pool)
    listed = _list_neighbours(text, spans, pool)
    return best_spans([*pool, *listed]) if listed else spans


LIST_CONFIDENCE = 1.5  # a weak name reading next to a sure one in a 、 list
LIST_FLOOR = -1.0  # readings below this stay rejected even in a list
SANDWICH_FLOOR = -4.0  # … unless a chosen name stands on either side
_ITEM_OPEN = frozenset("、，。；：（ 　")
_ITEM_CLOSE = frozenset("、，。；：）及等和与 　")


def _list_neighbours(text: str, spans: list[Span], pool: list[Candidate]) -> list[Candidate]:
    """Person readings that sit in a 、 list next to a person already chosen.

    In 市领导周鹏、任希杰、龚孟建 one confident name makes its neighbours names too, even
    when their own evidence is weak (龚孟建 spells no common surname-given pattern).
    """
    people = {(a, b) for a, b, kind in spans if kind == "person"}
    if not people or "、" not in text:
        return []
    starts = {a for a, _ in people}
    ends = {b for _, b in people}
    boosted: list[Candidate] = []
    for a, b, kind, conf in pool:
        if kind != "person" or conf <= SANDWICH_FLOOR:
            continue
        # A whole list item: 、 on one side, 、 or the end of the list on the other.
        after_person = a >= 1 and text[a - 1] == "、" and (a - 1) in ends
        before_person = b < len(text) and text[b] == "、" and (b + 1) in starts
        if conf <= LIST_FLOOR and not (after_person and before_person):
            continue  # only a name between two names may be this unlikely (、卓不凡、)
        # 由王明、李强: a preposition may open the list.
        opens = a == 0 or text[a - 1] in _ITEM_OPEN or (before_person and text[a - 1] in "由被对向")
        closes = b == len(text) or text[b] in _ITEM_CLOSE
        if opens and closes and (after_person or before_person):
            boosted.append((a, b, kind, max(conf, LIST_CONFIDENCE)))
    return boosted


def tag_text(text: str, known: dict[str, EntityType] | None = None) -> list[Span]:
    """(start, end, type) spans of people, places and organisations in ``text``.

    As across an edition, a person found confidently once is evidence for the other
    mentions of the same name in the text (副县长高潮说 … 高潮的话).
    """
    cands = candidates(text)
    spans = resolve(text, cands, known)
    learned: dict[str, EntityType] = {
        text[a:b]: "person" for a, b, kind in spans if kind == "person" and b - a >= 2
    }
    if any(text.count(name) > 1 for name in learned):
        spans = resolve(text, cands, known, learned)
    return spans
