"""jieba's dictionary, loaded lazily: word frequencies, part-of-speech tags, name statistics.

We share jieba's default tokenizer's frequency table (the loader uses it too, so the
dictionary is in memory once) and never add words to it, so nothing leaks between
editions. Its cache file goes to a per-user cache folder, not the shared temp folder.
Part-of-speech tags come from jieba's ``dict.txt``; segmentation is ``Segmenter``,
jieba's algorithm over the same table. Importing this module does not import jieba.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from parser.entities.resources import COMMON_SURNAMES, LESS_COMMON_SURNAMES, RARE_SURNAMES
from parser.entities.segment import Segmenter
from parser.entities.world import COUNTRIES, INTERNATIONAL_BODIES

_lock = threading.Lock()
_lexicon: Lexicon | None = None


@dataclass
class Lexicon:
    """Everything the tagger needs from jieba's dictionary."""

    segmenter: Segmenter
    tags: dict[str, str]  # word -> part of speech (nr, ns, nt, n, v, ...)
    freq: dict[str, int]  # word -> frequency in jieba's dictionary
    given_chars: dict[str, float]  # char -> how typical it is inside given names (0..1)
    name_final: dict[str, float]  # char -> share of its word endings that are names (0..1)
    surname_weight: dict[str, float]  # surname -> prior that it starts a name here
    # given_score answers, by (given name, strict): 1-2 characters, so it stays small.
    given_cache: dict[tuple[str, bool], float] = field(default_factory=dict)
    # Lexical scores of surname + given-name readings, by (name, words, first word, addressed).
    name_cache: dict[tuple[str, int, int, bool], float | None] = field(default_factory=dict)

    def cut(self, text: str) -> list[str]:
        """Dictionary-only segmentation: names stay as single characters for our rules."""
        return self.segmenter.cut(text)


def cache_dir() -> Path:
    """$XDG_CACHE_HOME/kanbao or ~/.cache/kanbao, created on demand."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    path = Path(base) / "kanbao"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _read_tags(path: str) -> dict[str, str]:
    tags: dict[str, str] = {}
    intern = sys.intern  # a few dozen distinct tags: share one string object for each
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 3:
                tags[parts[0]] = intern(parts[2])
    return tags


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


def _name_final_statistics(tags: dict[str, str]) -> dict[str, float]:
    """For each character, how much more often it ends a name than an ordinary word.

    Names end in 华, 杰, 斌; ordinary words end in 性, 证, 期. jieba lists many ordinary
    words as names (许可证, 安全性), and this ratio tells them apart: it is about 0.01 for
    性 and 证 and above 0.3 for most given-name characters.
    """
    name_end: dict[str, int] = {}
    word_end: dict[str, int] = {}
    for word, tag in tags.items():
        if len(word) < 2:
            continue
        if tag in ("nr", "nrfg") and len(word) == 3 and word[0] in COMMON_SURNAMES:
            name_end[word[-1]] = name_end.get(word[-1], 0) + 1
        elif tag not in ("nr", "nrfg", "nrt", "ns", "nt", "nz"):
            word_end[word[-1]] = word_end.get(word[-1], 0) + 1
    chars = set(name_end) | set(word_end)
    return {c: name_end.get(c, 0) / (name_end.get(c, 0) + word_end.get(c, 0) + 5) for c in chars}


# Tag for two-character words jieba calls places with no other evidence: places only
# where the context says so (在向阳, 向阳一带).
WEAK_PLACE = "ns?"
_NAMED_FINALS = frozenset("县市省州岛山海湖江河峰")
_PLACE_TAILS = ("市", "州", "省", "县", "区", "岛", "港", "共和国", "王国", "湾", "城", "镇", "村")


def _retag_places(tags: dict[str, str]) -> None:
    """Fix jieba's place tags from the dictionary itself.

    A word X tagged as a name (莫斯科, 石家庄, 阿根廷 are ``nr``) is a place when the
    dictionary also lists X市, X州, X共和国 … as places, or when several places and
    organisations start with X (莫斯科大学, 莫斯科红场); a word tagged as a common word
    (大连 is ``d``) is a place when X市, X省 or X县 is listed. A two-character ``ns``
    word that nothing in the dictionary builds on (开园, 惠及) becomes a weak place.
    """
    starts: dict[str, int] = {}  # how many place or org entries (4+ chars) start with a word
    longer: dict[str, int] = {}  # how many place or org entries (3+ chars) extend a 2-char word
    stems: set[str] = set()  # X for every place X市, X州, X共和国 …
    city_stems: set[str] = set()  # X for every place X市, X省, X县
    for word, tag in tags.items():
        if tag not in ("ns", "nt"):
            continue
        if len(word) >= 3:
            longer[word[:2]] = longer.get(word[:2], 0) + 1
        if len(word) >= 4:
            for cut in (2, 3, 4):
                if len(word) > cut:
                    starts[word[:cut]] = starts.get(word[:cut], 0) + 1
        if tag == "ns":
            for tail in _PLACE_TAILS:
                if word.endswith(tail) and len(word) > len(tail):
                    stems.add(word[: -len(tail)])
                    if tail in ("市", "省", "县"):
                        city_stems.add(word[: -len(tail)])
    for word, tag in list(tags.items()):
        if not 2 <= len(word) <= 5:
            continue
        if tag == "ns":
            if (
                len(word) == 2
                and longer.get(word, 0) < 2
                and word not in stems
                and word[-1] not in _NAMED_FINALS  # 莒县, 华山, 黄海 name themselves
            ):
                tags[word] = WEAK_PLACE  # 开园, 惠及, 远古: jieba's ns, but nothing builds on it
        elif tag in ("nr", "nrt", "nz"):
            if word in stems or starts.get(word, 0) >= 3:
                tags[word] = "ns"
        elif tag in ("d", "n", "a", "j") and word in city_stems:
            tags[word] = "ns"  # 大连 (d), 大同: a city whose name is also a word
    for word in COUNTRIES:
        if word in tags:
            tags[word] = "ns"  # 阿富汗, 乌克兰: jieba's nr
    for word in INTERNATIONAL_BODIES:
        if word in tags:
            tags[word] = "nt"  # 欧佩克: jieba's nr


def _surname_weights() -> dict[str, float]:
    weights = {s: 1.0 for s in COMMON_SURNAMES}
    for s in LESS_COMMON_SURNAMES:
        weights.setdefault(s, 0.6)
    for s in RARE_SURNAMES:
        weights.setdefault(s, RARE_SURNAME_WEIGHT)
    return weights


RARE_SURNAME_WEIGHT = 0.5


def lexicon() -> Lexicon:
    """The process-wide lexicon, loaded on first use (about a second)."""
    global _lexicon
    with _lock:
        if _lexicon is None:
            import jieba

            jieba.setLogLevel(60)  # no "Building prefix dict" chatter on stderr
            if not jieba.dt.initialized:
                jieba.dt.tmp_dir = str(cache_dir())
                jieba.dt.check_initialized()
            freq: dict[str, int] = jieba.dt.FREQ
            with jieba.dt.get_dict_file() as handle:
                tags = _read_tags(handle.name)
            _retag_places(tags)
            _lexicon = Lexicon(
                segmenter=Segmenter(freq, jieba.dt.total),
                tags=tags,
                freq=freq,
                given_chars=_given_name_statistics(tags),
                name_final=_name_final_statistics(tags),
                surname_weight=_surname_weights(),
            )
        return _lexicon
