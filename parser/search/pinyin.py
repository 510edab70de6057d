"""Pinyin matching: a run of Han characters whose readings spell the query.

Readings come from pypinyin's per-character table (``pinyin_dict``: every reading of every
character, i.e. what ``pypinyin.pinyin(ch, heteronym=True)`` returns — a test checks they
agree), with tones removed and ü written ``v``. Each character of a match consumes, from the
query, one of its full readings or its initial (one letter, or zh/ch/sh); the last character
may also consume any prefix of a reading, so ``ludongli`` already finds 卢东亮 while typing.

Noise rules: a query needs at least two letters; a match of a single character must spell
one of its full readings (``lu`` finds 卢, ``l`` or ``zh`` find nothing); a match never
crosses a space or apostrophe typed in the query (``lu dong liang``, ``xi'an``).
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

INITIALS_2 = frozenset({"zh", "ch", "sh"})
LONGEST_SYLLABLE = 6  # zhuang, chuang, shuang
FULL_WEIGHT, PARTIAL_WEIGHT = 1.0, 0.6  # a match spelled by initials ranks a little lower

_readings: dict[str, tuple[str, ...]] = {}
_by_value: dict[str, tuple[str, ...]] = {}
_table: dict[int, str] | None = None
_tone_table: dict[int, str] = {}
_lock = threading.Lock()


def _pinyin_table() -> dict[int, str]:
    """pypinyin's code point → "zhòng,chóng,tóng" table, imported on first use (~140 ms)."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                from pypinyin.phonetic_symbol import phonetic_symbol
                from pypinyin.pinyin_dict import pinyin_dict

                for marked, plain in phonetic_symbol.items():
                    if len(marked) == 1:  # 'ǘ' → 'v2' → 'v'; combining forms are handled below
                        _tone_table[ord(marked)] = plain.rstrip("1234")
                _table = pinyin_dict
    return _table


def _plain(reading: str) -> str:
    """A toned reading without its tone: lǜ → lv, ê̄ → e, ḿ → m."""
    text = reading.translate(_tone_table).replace("ê", "e").replace("\u0304", "")
    return text.replace("\u0300", "").replace("\u030c", "")


def readings(ch: str) -> tuple[str, ...]:
    """Every toneless reading of one character (``重`` → zhong, chong, tong); () if none."""
    found = _readings.get(ch)
    if found is None:
        raw = _pinyin_table().get(ord(ch), "")
        found = _by_value.get(raw)
        if found is None:  # many characters share a value such as "de,di": strip it once
            plain = _plain(raw).split(",")
            found = tuple(dict.fromkeys(p for p in plain if p.isalpha() and p.isascii()))
            _by_value[raw] = found
        _readings[ch] = found
    return found


def syllables() -> frozenset[str]:
    """Every toneless syllable pypinyin knows (about 420)."""
    values = set(_pinyin_table().values())  # ~1,600 distinct strings for ~42,000 characters
    return frozenset(
        p
        for value in values
        for r in value.split(",")
        if (p := _plain(r)).isascii() and p.isalpha()
    )


class PinyinMatch(NamedTuple):
    start: int
    end: int
    weight: float


_spelling_cache: dict[str, tuple[frozenset[str], frozenset[str], str] | None] = {}


def _spellings(ch: str) -> tuple[frozenset[str], frozenset[str], str] | None:
    """A character's readings, their prefixes, and the character escaped for a regex class."""
    try:
        return _spelling_cache[ch]
    except KeyError:
        pass
    found = readings(ch)
    info = None
    if found:
        prefixes = frozenset(r[:k] for r in found for k in range(1, len(r) + 1))
        info = (frozenset(found), prefixes, re.escape(ch))
    _spelling_cache[ch] = info
    return info


class _Step(NamedTuple):
    """One way a character may consume the query from some offset."""

    end: int  # query offset after it
    piece: str  # the letters consumed
    partial: bool  # may be an initial / unfinished syllable rather than a whole reading


class PinyinTables:
    """Per-edition lookups: which of the edition's characters can spell which letters."""

    def __init__(self, characters: Iterable[str]) -> None:
        full: defaultdict[str, list[str]] = defaultdict(list)
        prefix: defaultdict[str, list[str]] = defaultdict(list)
        # Per character: its whole readings, and every prefix of them (initials included).
        self.whole: dict[str, frozenset[str]] = {}
        self.prefixes: dict[str, frozenset[str]] = {}
        for ch in characters:
            info = _spellings(ch)
            if info is None:
                continue
            whole, prefixes, escaped = info
            self.whole[ch] = whole
            self.prefixes[ch] = prefixes
            for r in whole:
                full[r].append(escaped)
            for p in prefixes:
                prefix[p].append(escaped)
        # Character classes for the candidate regex, joined once here rather than per query.
        self.full = {k: "".join(v) for k, v in full.items()}
        self.prefix = {k: "".join(v) for k, v in prefix.items()}

    def _steps(self, q: str, cuts: frozenset[int]) -> list[list[_Step]]:
        """For each query offset, the consumptions that some character here could make."""
        last = len(q)
        steps: list[list[_Step]] = []
        for a in range(last):
            here = []
            for b in range(min(a + LONGEST_SYLLABLE, last), a, -1):  # longest first
                piece = q[a:b]
                if any(a < c < b for c in cuts) or piece not in self.prefix:
                    continue
                partial = b - a == 1 or piece in INITIALS_2 or b == last
                if partial or piece in self.full:
                    here.append(_Step(b, piece, partial))
            steps.append(here)
        return steps

    def _candidates(self, q: str, steps: list[list[_Step]]) -> re.Pattern[str] | None:
        """A regex finding every position where a match could start (a superset).

        The first character must be able to make one of the first steps, and the next one
        must have a reading starting with the letter after it.
        """
        alternatives = []
        for step in steps[0]:
            if step.end == len(q):
                if step.piece in self.full:  # a one-character match spells a whole reading
                    alternatives.append(f"[{self.full[step.piece]}]")
                continue
            chars = self.prefix[step.piece] if step.partial else self.full[step.piece]
            follow = self.prefix.get(q[step.end])
            if follow:
                alternatives.append(f"[{chars}](?=[{follow}])")
        return re.compile("|".join(alternatives)) if alternatives else None

    def find(self, text: str, parts: tuple[str, ...]) -> list[PinyinMatch]:
        """Non-overlapping matches of the pinyin ``parts`` (typed words) in ``text``."""
        q = "".join(parts)
        if len(q) < 2:
            return []
        steps = self._steps(q, frozenset(_cumulative(parts)))
        pattern = self._candidates(q, steps)
        if pattern is None:
            return []
        out: list[PinyinMatch] = []
        last_end = 0
        for m in pattern.finditer(text):
            i = m.start()
            if i < last_end:
                continue
            found = self._match_at(text, i, len(q), steps)
            if found is not None:
                out.append(found)
                last_end = found.end
        return out

    def _match_at(
        self, text: str, start: int, last: int, steps: list[list[_Step]]
    ) -> PinyinMatch | None:
        """The match starting at ``start``, preferring whole syllables (longest first)."""
        n, whole, prefixes = len(text), self.whole, self.prefixes
        dead: set[tuple[int, int]] = set()  # (position, query offset) known to fail

        def walk(i: int, a: int, partial: bool) -> PinyinMatch | None:
            if a == last:
                return PinyinMatch(start, i, PARTIAL_WEIGHT if partial else FULL_WEIGHT)
            if i >= n or text[i] not in whole or (i, a) in dead:
                return None
            ch = text[i]
            for step in steps[a]:
                if step.piece in whole[ch]:
                    result = walk(i + 1, step.end, partial)
                elif step.partial and step.piece in prefixes[ch]:
                    if a == 0 and step.end == last:
                        continue  # one character spelled by a fragment: too noisy
                    result = walk(i + 1, step.end, True)
                else:
                    continue
                if result is not None:
                    return result
            dead.add((i, a))  # failure does not depend on `partial`: keeps the walk linear
            return None

        return walk(start, 0, False)


def _cumulative(parts: tuple[str, ...]) -> list[int]:
    """Offsets in the joined query where the user typed a separator."""
    offsets, total = [], 0
    for part in parts[:-1]:
        total += len(part)
        offsets.append(total)
    return offsets


def clear_cache() -> None:
    """Forget every character's readings (benchmarks measure a cold index build)."""
    _readings.clear()
    _by_value.clear()
    _spelling_cache.clear()
