"""Pinyin matching: a run of Han characters whose readings spell the query.

Readings come from pypinyin's per-character table (``pinyin_dict``: every reading of every
character, i.e. what ``pypinyin.pinyin(ch, heteronym=True)`` returns — a test checks they
agree), with tones removed and ü written ``v``. Each character of a match consumes, from the
query, either one of its full readings (and the last character may consume any prefix of
one, so ``ludongli`` already finds 卢东亮 while typing), or, in a match spelled by initials,
its first letter (or zh/ch/sh): ``ldl``.

Noise rules: a query needs at least two letters; a match of a single character must spell
one of its full readings (``lu`` finds 卢, ``l`` or ``zh`` find nothing); a match never
crosses a space or apostrophe typed in the query (``lu dong liang``, ``xi'an``).
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
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

    def _steps(self, q: str, cuts: frozenset[int]) -> tuple[list[list[_Step]], ...]:
        """For each query offset, what a character may consume there, in the two modes.

        Whole syllables: each character spells one of its readings; the last one may spell
        just the start of one. Initials: each character spells its first letter (or zh, ch,
        sh). Modes are not mixed within a match: mixing lets ``zhong`` match z + hong.
        """
        last = len(q)
        whole: list[list[_Step]] = [[] for _ in range(last)]
        initials: list[list[_Step]] = [[] for _ in range(last)]
        for a in range(last):
            for b in range(min(a + LONGEST_SYLLABLE, last), a, -1):  # longest first
                piece = q[a:b]
                if any(a < c < b for c in cuts) or piece not in self.prefix:
                    continue
                if piece in self.full or b == last:
                    whole[a].append(_Step(b, piece, b == last))  # last: any prefix
                if b - a == 1 or piece in INITIALS_2:
                    initials[a].append(_Step(b, piece, True))
        return whole, initials

    def _candidates(self, q: str, modes: tuple[list[list[_Step]], ...]) -> re.Pattern[str] | None:
        """A regex finding every position where a match could start (a superset).

        The first character must be able to make one of the first steps, and the next one
        must have a reading starting with the letter after it.
        """
        alternatives = set()
        for step in (s for steps in modes for s in steps[0]):
            if step.end == len(q):
                if step.piece in self.full:  # a one-character match spells a whole reading
                    alternatives.add(f"[{self.full[step.piece]}]")
                continue
            chars = self.prefix[step.piece] if step.partial else self.full[step.piece]
            follow = self.prefix.get(q[step.end])
            if follow:
                alternatives.add(f"[{chars}](?=[{follow}])")
        return re.compile("|".join(sorted(alternatives))) if alternatives else None

    def find(self, text: str, parts: tuple[str, ...]) -> list[PinyinMatch]:
        """Non-overlapping matches of the pinyin ``parts`` (typed words) in ``text``."""
        q = "".join(parts)
        if len(q) < 2:
            return []
        modes = self._steps(q, frozenset(_cumulative(parts)))
        pattern = self._candidates(q, modes)
        if pattern is None:
            return []
        out: list[PinyinMatch] = []
        last_end = 0
        walk = self._walker(text, len(q))
        for m in pattern.finditer(text):
            i = m.start()
            if i < last_end:
                continue
            for steps in modes:
                found = walk(i, 0, False, steps)
                if found is not None:
                    last_end, partial = found
                    out.append(PinyinMatch(i, last_end, PARTIAL_WEIGHT if partial else FULL_WEIGHT))
                    break
        return out

    def _walker(
        self, text: str, last: int
    ) -> Callable[[int, int, bool, list[list[_Step]]], tuple[int, bool] | None]:
        """A function spelling query[a:] from text[i:]: (end, used a fragment) or None."""
        n, whole, prefixes = len(text), self.whole, self.prefixes
        # (position, offset, mode) known to fail: failing there does not depend on how the
        # walk got there, so remembering it keeps the scan linear in the text.
        dead: set[tuple[int, int, int]] = set()

        def walk(
            i: int, a: int, partial: bool, steps: list[list[_Step]]
        ) -> tuple[int, bool] | None:
            if a == last:
                return i, partial
            if i >= n or (ch := text[i]) not in whole or (i, a, id(steps)) in dead:
                return None
            for step in steps[a]:
                if step.piece in whole[ch]:
                    result = walk(i + 1, step.end, partial, steps)
                elif step.partial and step.piece in prefixes[ch]:
                    if a == 0 and step.end == last:
                        continue  # one character spelled by a fragment: too noisy
                    result = walk(i + 1, step.end, True, steps)
                else:
                    continue
                if result is not None:
                    return result
            dead.add((i, a, id(steps)))
            return None

        return walk


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
