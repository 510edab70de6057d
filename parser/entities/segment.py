"""Word segmentation with jieba's dictionary and jieba's algorithm, made faster for our use.

jieba's ``cut(text, HMM=False)`` builds a DAG of dictionary words and takes the route of
highest probability. We do the same in one backward pass, sharing jieba's own ``FREQ``
table (no second copy of the dictionary in memory) and caching ``log(freq)`` per distinct
frequency instead of recomputing it for every edge: about twice as fast, same words.
Unknown characters stay single and runs of ASCII letters and digits stay whole, as in jieba.
"""

from __future__ import annotations

import math
import re
from operator import add

_ASCII_RUNS = re.compile(r"[0-9A-Za-z]{2,}")


class _LogTable(dict[int, float]):
    """log(count) - log(total) per distinct count, computed on first use."""

    def __init__(self, log_total: float) -> None:
        super().__init__()
        self.log_total = log_total

    def __missing__(self, count: int) -> float:
        value = self[count] = math.log(count or 1) - self.log_total
        return value


class _CharTable(dict[str, float]):
    """The score of each character as a one-character word, computed on first use: the
    log of its count, or jieba's score for an unknown character when it has no count of
    its own (a mere prefix) or is not in the dictionary at all. A few thousand entries
    that stay in the processor's cache, where the dictionary does not."""

    def __init__(self, freq: dict[str, int], logs: _LogTable) -> None:
        super().__init__()
        self.freq = freq
        self.logs = logs

    def __missing__(self, char: str) -> float:
        count = self.freq.get(char)
        value = self[char] = self.logs[count] if count else -self.logs.log_total
        return value


class Segmenter:
    """Maximum-probability segmentation over a frequency dictionary with prefix entries.

    ``freq`` maps every word to its count and every proper prefix of a word to 0, which
    is how jieba's ``Tokenizer.FREQ`` is built (``add_word`` keeps it so): a string that
    is not a key starts no word, and a character that starts no word is not a key.
    """

    def __init__(self, freq: dict[str, int], total: int) -> None:
        self.freq = freq
        self.log_total = math.log(total or 1)
        self._logs = _LogTable(self.log_total)
        self._chars = _CharTable(freq, self._logs)

    def route(self, text: str) -> list[int]:
        """For each position, where the best word starting there ends."""
        n = len(text)
        get = self.freq.get
        logs = self._logs
        score = [0.0] * (n + 1)
        route = list(range(1, n + 2))  # by default every character is a word of its own
        # Looked up for all positions at once (the loops run in C): the one-character
        # scores, and the two-character prefixes, absent (None) at most positions.
        singles = list(map(self._chars.__getitem__, text))
        pairs: list[int | None] = list(map(get, map(add, text, text[1:])))
        pairs.append(None)
        after = 0.0  # score[idx + 1]
        for idx in range(n - 1, -1, -1):
            count = pairs[idx]
            if count is None:  # only the character itself: the common case
                after = score[idx] = singles[idx] + after
                continue
            best = singles[idx] + after
            best_end = idx + 1
            if count:
                total = logs[count] + score[idx + 2]
                if total >= best:  # ties go to the longer word, as in jieba
                    best, best_end = total, idx + 2
            end = idx + 3
            while end <= n:
                count = get(text[idx:end])
                if count is None:
                    break
                if count:
                    total = logs[count] + score[end]
                    if total >= best:
                        best, best_end = total, end
                end += 1
            after = score[idx] = best
            route[idx] = best_end
        return route

    def words_route(self, text: str) -> list[int]:
        """``route``, with runs of ASCII letters and digits kept whole, as jieba keeps
        them (the route splits them into single characters): from any position of such a
        run that the route leaves single, the word runs on over the single positions
        after it, up to the end of the run or a dictionary word (B超) inside it."""
        route = self.route(text)
        for match in _ASCII_RUNS.finditer(text):
            start, stop = match.span()
            for idx in range(stop - 1, start - 1, -1):
                if route[idx] == idx + 1:
                    route[idx] = stop
                else:
                    stop = idx
        return route

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each word of ``text``, in order, covering all of it."""
        route = self.words_route(text)
        spans: list[tuple[int, int]] = []
        n = len(text)
        idx = 0
        while idx < n:
            end = route[idx]
            spans.append((idx, end))
            idx = end
        return spans

    def cut(self, text: str) -> list[str]:
        """The words of ``text``, in order; their concatenation is ``text``."""
        return [text[a:b] for a, b in self.spans(text)]
