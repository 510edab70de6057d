"""Stray spaces: a dictionary word crossing a space left by the extraction (集中开 工).

The dictionary is jieba's ``dict.txt`` (word, frequency, tag per line, sorted by word),
searched in place: memory-mapped and bisected, a few microseconds a lookup and nothing to
load. Loading jieba itself would cost ~0.5 s, too much for a reader that must show its
first frame at once.
"""

from __future__ import annotations

import importlib.util
import mmap
import re
from functools import lru_cache
from pathlib import Path

from parser.structure.text import HAN

# A word must be this frequent in the dictionary to glue two chunks (rare entries such as
# 水绵 "spirogyra" must not).
_MIN_FREQ = 3


@lru_cache(maxsize=1)
def _dictionary() -> mmap.mmap | None:
    """jieba's dict.txt, mapped read-only; None when jieba is not installed."""
    spec = importlib.util.find_spec("jieba")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    try:
        with path.open("rb") as handle:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None


@lru_cache(maxsize=65536)
def frequency(word: str) -> int:
    """The word's frequency in the dictionary, 0 when it is not a word."""
    data = _dictionary()
    if data is None:
        return 0
    key = word.encode("utf-8")  # UTF-8 byte order is code point order: the file's order
    lo, hi = 0, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", 0, mid) + 1
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        entry, _, rest = data[start:end].partition(b" ")
        if entry == key:
            count = rest.split(b" ", 1)[0]
            return int(count) if count.isdigit() else 0
        if entry < key:
            lo = end + 1
        else:
            hi = start
    return 0


@lru_cache(maxsize=4096)
def word_spans(left: str, right: str) -> bool:
    """True when a dictionary word crosses the gap and beats the words it would break.

    The crossing word has one or two characters before the gap and one after (开工, 管理部,
    生产线); it must be more frequent than the word it cuts on either side, so that
    ``举行 市领导`` (行市 loses to 举行) keeps its space. Words reaching further right are not
    tried: the dictionary holds many names, and a surname ending one phrase plus the start of
    the next (张 / 青松) would glue phrases that a space rightly separates.
    """
    right_word = frequency(right[:2])
    for i in (1, 2):
        crossing = frequency(left[-i:] + right[0])
        if crossing < _MIN_FREQ:
            continue
        left_word = frequency(left[-2:]) if i == 1 else 0
        if crossing > max(right_word, left_word):
            return True
    return False


# One run of layout spaces (ASCII, NBSP, full-width) between two Chinese characters.
_GAP = re.compile(f"(?<={HAN})[ \u00a0\u3000]+(?={HAN})")


def repair_body_spaces(text: str) -> str:
    """Remove the spaces inside body text that split a word (应急管理 部 → 应急管理部).

    Spaces between words stay: in running text they separate names (沈亦伶  张丹峰) or the
    halves of a quoted title, and only whitespace may change, never a character.
    """
    if _GAP.search(text) is None:
        return text
    return _GAP.sub(
        lambda m: (
            ""
            if word_spans(text[max(0, m.start() - 3) : m.start()], text[m.end() :][:3])
            else m.group(0)
        ),
        text,
    )
