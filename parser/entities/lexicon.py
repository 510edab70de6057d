"""jieba's dictionary, loaded lazily: word frequencies, part-of-speech tags, name statistics.

jieba's global tokenizer is never initialised or changed (so nothing leaks between editions
and no cache file is written to the shared temp folder): we read jieba's ``dict.txt``
ourselves and segment with ``Segmenter``, jieba's algorithm over the same dictionary.
Importing this module does not import jieba.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from parser.entities.resources import COMMON_SURNAMES, LESS_COMMON_SURNAMES
from parser.entities.segment import Segmenter

_lock = threading.Lock()
_lexicon: Lexicon | None = None


@dataclass
class Lexicon:
    """Everything the tagger needs from jieba's dictionary."""

    segmenter: Segmenter
    tags: dict[str, str]  # word -> part of speech (nr, ns, nt, n, v, ...)
    freq: dict[str, int]  # word -> frequency in jieba's dictionary
    given_chars: dict[str, float]  # char -> how typical it is inside given names (0..1)
    surname_weight: dict[str, float]  # surname -> prior that it starts a name here

    def cut(self, text: str) -> list[str]:
        """Dictionary-only segmentation: names stay as single characters for our rules."""
        return self.segmenter.cut(text)


def _read_dictionary(path: str) -> tuple[dict[str, str], dict[str, int]]:
    tags: dict[str, str] = {}
    freq: dict[str, int] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 3:
                tags[parts[0]] = parts[2]
                freq[parts[0]] = int(parts[1])
    return tags, freq


def _given_name_statistics(tags: dict[str, str]) -> dict[str, float]:
    """How often each character appears in the given part of 3-character personal names.

    jieba's ``nr`` words are noisy (保健, 西红柿), but those that start with a common
    surname and have three characters are nearly all real names, so their second and
    third characters give a fair table of given-name characters.
    """
    counts: dict[str, int] = {}
    for word, tag in tags.items():
        if tag == "nr" and len(word) == 3 and word[0] in COMMON_SURNAMES:
            for char in word[1:]:
                counts[char] = counts.get(char, 0) + 1
    if not counts:
        return {}
    top = sorted(counts.values())[-40]  # saturate: the 40 commonest count as fully typical
    return {char: min(1.0, n / top) for char, n in counts.items()}


_PLACE_TAILS = ("市", "州", "省", "县", "区", "岛", "港", "共和国", "王国", "湾", "城", "镇", "村")


def _retag_places(tags: dict[str, str]) -> None:
    """Fix jieba's ``nr`` on places (莫斯科, 石家庄, 阿根廷) from the dictionary itself.

    A word X is a place when the dictionary also lists X市, X州, X共和国 … as places, or
    when several places and organisations start with X (莫斯科大学, 莫斯科红场).
    """
    starts: dict[str, int] = {}
    for word, tag in tags.items():
        if tag in ("ns", "nt") and len(word) >= 4:
            for cut in (2, 3, 4):
                if len(word) > cut:
                    starts[word[:cut]] = starts.get(word[:cut], 0) + 1
    for word, tag in list(tags.items()):
        if tag not in ("nr", "nrt", "nz") or not 2 <= len(word) <= 5:
            continue
        if any(tags.get(word + tail) == "ns" for tail in _PLACE_TAILS) or starts.get(word, 0) >= 3:
            tags[word] = "ns"


def _surname_weights() -> dict[str, float]:
    weights = {s: 1.0 for s in COMMON_SURNAMES}
    for s in LESS_COMMON_SURNAMES:
        weights.setdefault(s, 0.6)
    return weights


def lexicon() -> Lexicon:
    """The process-wide lexicon, loaded on first use (about a second)."""
    global _lexicon
    with _lock:
        if _lexicon is None:
            import jieba

            with jieba.dt.get_dict_file() as handle:  # jieba's own dict.txt, not its cache
                path = handle.name
            tags, freq = _read_dictionary(path)
            _retag_places(tags)
            _lexicon = Lexicon(
                segmenter=Segmenter(freq),
                tags=tags,
                freq=freq,
                given_chars=_given_name_statistics(tags),
                surname_weight=_surname_weights(),
            )
        return _lexicon
