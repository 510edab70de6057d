"""Stray spaces: a dictionary word crossing a space left by the extraction (集中开 工).

jieba's dictionary is loaded only when a text has a space between two Chinese characters;
it costs ~0.5 s once, and the entity extractor loads the same dictionary anyway.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from parser.structure.text import HAN

# A word must be this frequent in jieba's dictionary to glue two chunks (rare entries such
# as 水绵 "spirogyra" must not).
_MIN_FREQ = 3


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, int]:
    import jieba

    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" chatter on stderr
    jieba.dt.check_initialized()
    return jieba.dt.FREQ  # type: ignore[no-any-return]


@lru_cache(maxsize=4096)
def word_spans(left: str, right: str) -> bool:
    """True when a dictionary word crosses the gap and beats the words it would break.

    The crossing word has one or two characters before the gap and one after (开工, 管理部,
    生产线); it must be more frequent than the word it cuts on either side, so that
    ``举行 市领导`` (行市 loses to 举行) keeps its space. Words reaching further right are not
    tried: the dictionary holds many names, and a surname ending one phrase plus the start of
    the next (张 / 青松) would glue phrases that a space rightly separates.
    """
    freq = _dictionary()
    right_word = freq.get(right[:2], 0)
    for i in (1, 2):
        crossing = freq.get(left[-i:] + right[0], 0)
        if crossing < _MIN_FREQ:
            continue
        left_word = freq.get(left[-2:], 0) if i == 1 else 0
        if crossing > max(right_word, left_word):
            return True
    return False


# One run of layout spaces (ASCII, NBSP, full-width) between two Chinese characters.
_GAP = re.compile(f"(?<=[{HAN}])[ \u00a0\u3000]+(?=[{HAN}])")


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
