"""Query parsing: words separated by spaces (all required), "quoted phrases" kept whole.

A word made only of Latin letters may also be pinyin. Consecutive words that are each a
pinyin syllable or the start of one (``lu dong liang``, ``l d l``) form ONE pinyin term,
because a user spacing out syllables means one name, not three separate words; the spaces
then mark where characters must start. Words such as ``zhitongche jingqu`` stay separate.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from parser.search.fold import FIELD_SEPARATOR, fold
from parser.search.pinyin import syllables

_PINYIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz'")


@dataclass(frozen=True)
class Term:
    """One required part of a query."""

    text: str  # folded; matched as a literal substring
    pinyin: tuple[str, ...] | None = None  # typed words to match as pinyin, or None


@lru_cache(maxsize=1)
def _syllable_prefixes() -> frozenset[str]:
    return frozenset(s[:k] for s in syllables() for k in range(1, len(s) + 1))


def _pinyin_parts(word: str) -> tuple[str, ...] | None:
    """The pinyin words of a Latin-letter word (apostrophes split syllables), else None."""
    word = word.replace("ü", "v")  # lü is typed lv; both are accepted
    if not word or not set(word) <= _PINYIN_LETTERS:
        return None
    parts = tuple(p for p in word.split("'") if p)
    return parts or None


def _split(query: str) -> list[tuple[str, bool]]:
    """(word, quoted) pairs; an unclosed quote runs to the end of the query."""
    out: list[tuple[str, bool]] = []
    for n, chunk in enumerate(query.split('"')):
        if n % 2:
            phrase = " ".join(chunk.split())
            if phrase:
                out.append((phrase, True))
        else:
            out.extend((w, False) for w in chunk.split())
    return out


def parse_query(query: str) -> list[Term]:
    """The terms of ``query`` in order, without duplicates; [] for an empty query."""
    words = _split(fold(query.replace(FIELD_SEPARATOR, " ")))
    terms: list[Term] = []
    run: list[str] = []  # consecutive unquoted syllable-like words

    def flush() -> None:
        if len(run) > 1:
            terms.append(Term(" ".join(run), tuple(w.replace("ü", "v") for w in run)))
        elif run:
            terms.append(Term(run[0], _pinyin_parts(run[0])))
        run.clear()

    for word, quoted in words:
        plain = word.replace("ü", "v")
        if not quoted and plain.isalpha() and plain.isascii() and plain in _syllable_prefixes():
            run.append(word)
            continue
        flush()
        if quoted:
            parts = tuple(p for w in word.split() for p in (_pinyin_parts(w) or ("",)))
            pinyin = parts if all(parts) else None
        else:
            pinyin = _pinyin_parts(word)
        terms.append(Term(word, pinyin))
    flush()
    return list(dict.fromkeys(terms))
