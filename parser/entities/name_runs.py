"""Given-name statistics and runs of names written back to back (卢东亮张强胡海军等).

``given_score`` says how typical a string is as a given name, from jieba's own name
list; ``name_runs`` cuts an unsegmented run before 等, 陪同 … into likely names.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.resources import NOT_GIVEN_NAME, TRANSLIT

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token


GIVEN_CACHE_LIMIT = 100_000


def given_score(given: str, lex: Lexicon, strict: bool = True) -> float:
    """How typical ``given`` is as a given name (about 0..1; -9 when it cannot be one).

    A pure function of the dictionary, asked for the same few thousand strings over and
    over, so the lexicon keeps the answers.
    """
    key = (given, strict)
    cached = lex.given_cache.get(key)
    if cached is None:
        if len(lex.given_cache) > GIVEN_CACHE_LIMIT:
            lex.given_cache.clear()  # a long session of many editions: start afresh
        cached = lex.given_cache[key] = _given_score(given, lex, strict)
    return cached


def _given_score(given: str, lex: Lexicon, strict: bool) -> float:
    if any(not "\u4e00" <= c <= "\u9fff" for c in given):
        return -9.0  # 林→: symbols and Latin letters are never part of a Chinese name
    if strict and any(c in NOT_GIVEN_NAME for c in given):
        return -9.0
    # A character rare in running text (峻, 昕, 晖) is typical of given names even when
    # jieba's name list has few examples of it.
    scores = [
        max(lex.given_chars.get(c, 0.0), 0.35 if lex.freq.get(c, 0) < 1000 else 0.0) for c in given
    ]
    mean = sum(scores) / len(scores)
    return mean - 0.5 if min(scores) < 0.02 else mean


_RUN_ENDS = ("等", "陪同", "出席", "参加", "带队")
_RUN_OPEN = frozenset("，。；：、（）“”《》 　\n")


def _run_of_loose_characters(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Names unknown to jieba fall apart into single characters; ordinary prose does not
    (全国田径业余锻炼 is all common words)."""
    covered = sum(
        t.end - t.start
        for t in tokens
        if start <= t.start
        and t.end <= end
        and len(t.word) > 1
        and t.tag not in ("nr", "nrfg", "ns", "")
    )
    return covered * 5 <= (end - start) * 2


def name_runs(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Candidate]:
    """卢东亮张强胡海军等陪同: names written back to back before 等 (or 陪同, 出席 …).

    The run is cut into chunks of two or three characters, each opening with a surname;
    of the possible cuts the one with the likeliest surnames and given names wins.
    """
    for end_word in _RUN_ENDS:
        at = text.find(end_word)
        while at > 0:
            start = at
            while start > 0 and text[start - 1] not in _RUN_OPEN and at - start < 15:
                start -= 1
            if at - start >= 4 and _run_of_loose_characters(tokens, start, at):
                cut = _best_cut(text[start:at], lex)
                if cut is not None and len(cut) >= 2:
                    pos = start
                    for length in cut:
                        yield (pos, pos + length, "person", 1.6)
                        pos += length
            at = text.find(end_word, at + 1)


def _best_cut(run: str, lex: Lexicon) -> list[int] | None:
    """Chunk lengths (2 or 3) that split ``run`` into names, or None when none fits."""
    best: list[tuple[float, list[int]] | None] = [None] * (len(run) + 1)
    best[len(run)] = (0.0, [])
    for i in range(len(run) - 2, -1, -1):
        weight = lex.surname_weight.get(run[i])
        if weight is None:
            continue
        for length in (3, 2):
            rest = best[i + length] if i + length <= len(run) else None
            given = run[i + 1 : i + length]
            if rest is None or any(c in NOT_GIVEN_NAME for c in given):
                continue
            g_score = given_score(given, lex)
            if g_score <= 0 or TRANSLIT.issuperset(run[i : i + length]):
                continue  # not a given name, or a transliteration (雷西斯滕西亚)
            score = rest[0] + weight + g_score - (0.3 if length == 2 else 0.0)
            if best[i] is None or score > best[i][0]:  # type: ignore[index]
                best[i] = (score, [length, *rest[1]])
    found = best[0]
    return found[1] if found is not None else None
