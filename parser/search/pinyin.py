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
        plain = (_plain(r) for r in raw.split(",") if r)
        found = tuple(dict.fromkeys(p for p in plain if p.isascii() and p.isalpha()))
        _readings[ch] = found
    return found


def syllables() -> frozenset[str]:
    """Every toneless syllable pypinyin knows (about 420)."""
    table = _pinyin_table()
    return frozenset(
        p for value in table.values() for r in value.split(",") if (p := _plain(r)).isalpha()
    )


class PinyinMatch(NamedTuple):
    start: int
    end: int
    weight: float


class PinyinTables:
    """Per-edition lookups: which of the edition's characters can spell which letters."""

    def __init__(self, characters: Iterable[str]) -> None:
        full: defaultdict[str, list[str]] = defaultdict(list)
        prefix: defaultdict[str, list[str]] = defaultdict(list)
        self.readings: dict[str, tuple[str, ...]] = {}
        for ch in characters:
            found = readings(ch)
            if not found:
                continue
            self.readings[ch] = found
            prefixes: set[str] = set()
            for r in found:
                full[r].append(ch)
                prefixes.update(r[:k] for k in range(1, len(r) + 1))
            for p in prefixes:
                prefix[p].append(ch)
        # Character classes for the candidate regex, escaped once here rather than per query.
        self.full = {k: re.escape("".join(v)) for k, v in full.items()}
        self.prefix = {k: re.escape("".join(v)) for k, v in prefix.items()}

    def _candidates(self, q: str, cuts: frozenset[int]) -> re.Pattern[str] | None:
        """A regex finding every position where a match could start (a superset).

        For each way the first character can consume the start of the query, the first
        character must belong to that consumption's class and the next one must have a
        reading starting with the following letter.
        """
        alternatives = []
        for b in range(1, min(LONGEST_SYLLABLE, len(q)) + 1):
            if any(0 < c < b for c in cuts):
                break
            head = q[:b]
            if b == len(q):
                if head in self.full:  # a one-character match spells a whole reading
                    alternatives.append(f"[{self.full[head]}]")
                continue
            chars = self.prefix.get(head) if b == 1 or head in INITIALS_2 else None
            chars = chars or self.full.get(head)
            follow = self.prefix.get(q[b])
            if chars and follow:
                alternatives.append(f"[{chars}](?=[{follow}])")
        if not alternatives:
            return None
        return re.compile("|".join(alternatives))

    def find(self, text: str, parts: tuple[str, ...]) -> list[PinyinMatch]:
        """Non-overlapping matches of the pinyin ``parts`` (typed words) in ``text``."""
        q = "".join(parts)
        if len(q) < 2:
            return []
        cuts = frozenset(_cumulative(parts))
        pattern = self._candidates(q, cuts)
        if pattern is None:
            return []
        out: list[PinyinMatch] = []
        last_end = 0
        for m in pattern.finditer(text):
            i = m.start()
            if i < last_end:
                continue
            found = self._match_at(text, i, q, cuts)
            if found is not None:
                out.append(found)
                last_end = found.end
        return out

    def _match_at(self, text: str, start: int, q: str, cuts: frozenset[int]) -> PinyinMatch | None:
        """The match starting at ``start``, preferring whole syllables (longest first)."""
        n, last = len(text), len(q)
        table = self.readings

        def walk(i: int, a: int, partial: bool) -> PinyinMatch | None:
            if a == last:
                return PinyinMatch(start, i, PARTIAL_WEIGHT if partial else FULL_WEIGHT)
            if i >= n:
                return None
            found = table.get(text[i])
            if not found:
                return None
            for b in range(min(a + LONGEST_SYLLABLE, last), a, -1):
                if any(a < c < b for c in cuts):
                    continue
                piece = q[a:b]
                if piece in found:
                    kind_partial = False
                elif (b - a == 1 or piece in INITIALS_2 or b == last) and any(
                    r.startswith(piece) for r in found
                ):
                    # an initial, or (last character only) a syllable still being typed
                    if a == 0 and b == last:
                        continue  # one character spelled by a fragment: too noisy
                    kind_partial = True
                else:
                    continue
                result = walk(i + 1, b, partial or kind_partial)
                if result is not None:
                    return result
            return None

        return walk(start, 0, False)


def _cumulative(parts: tuple[str, ...]) -> list[int]:
    """Offsets in the joined query where the user typed a separator."""
    offsets, total = [], 0
    for part in parts[:-1]:
        total += len(part)
        offsets.append(total)
    return offsets
