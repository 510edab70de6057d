"""Folding: the one normalisation applied to both the edition text and the query.

Every character folds to exactly ONE character, so an offset into the folded text is the
same offset into the original text (highlighting needs that). Folds:

- traditional → simplified (OpenCC ``t2s``, one character at a time; a phrase-level
  conversion may change lengths, and a character that would not convert to a single
  character is kept as it is);
- full-width ASCII → half-width (``２０２２`` → ``2022``, ``ＡＢ`` → ``ab``), then lower case;
- every kind of whitespace (NBSP, ideographic space, newlines) → one ASCII space.

The table is filled lazily per code point and shared by the whole process, so the cost of
OpenCC is paid once per distinct character ever seen.
"""

from __future__ import annotations

import threading
from typing import Any

# Separates fields in the index's concatenated text; it folds to itself and is stripped from
# queries, so no match can run from one field into the next.
FIELD_SEPARATOR = "\x00"

_FULLWIDTH_FIRST, _FULLWIDTH_LAST, _FULLWIDTH_SHIFT = 0xFF01, 0xFF5E, 0xFEE0

_converter: Any = None
_converter_lock = threading.Lock()


def _t2s() -> Any:
    """The OpenCC converter, created on first use (import + config load cost ~20 ms)."""
    global _converter
    if _converter is None:
        with _converter_lock:
            if _converter is None:
                import opencc

                _converter = opencc.OpenCC("t2s")
    return _converter


def fold_char(ch: str) -> str:
    """The folded form of one character: always exactly one character."""
    if ch == FIELD_SEPARATOR:
        return ch
    if ch.isspace():
        return " "
    cp = ord(ch)
    if _FULLWIDTH_FIRST <= cp <= _FULLWIDTH_LAST:
        ch = chr(cp - _FULLWIDTH_SHIFT)
    lower = ch.lower()
    if len(lower) == 1:  # 'İ'.lower() is two characters: keep such letters unchanged
        ch = lower
    if ord(ch) >= 0x2E80:  # CJK and beyond; no traditional form lives below this
        for _ in range(3):  # a few chain (薴 → 苧 → 苎): fold to the end so folding is stable
            simple = _t2s().convert(ch)
            if len(simple) != 1 or simple == ch:
                break
            ch = simple
    return ch


class _FoldTable(dict[int, int]):
    """A ``str.translate`` table that computes and remembers each code point on first sight."""

    def __missing__(self, cp: int) -> int:
        folded = ord(fold_char(chr(cp)))
        self[cp] = folded
        return folded


_TABLE = _FoldTable()
for _cp in range(128):  # warm the ASCII range so plain Latin text never calls fold_char
    _TABLE[_cp] = ord(fold_char(chr(_cp)))


def fold(text: str) -> str:
    """``text`` folded character by character; ``len(fold(t)) == len(t)`` always."""
    return text.translate(_TABLE)


def clear_cache() -> None:
    """Forget every folded character but ASCII (benchmarks measure a cold index build)."""
    for cp in [cp for cp in _TABLE if cp >= 128]:
        del _TABLE[cp]
