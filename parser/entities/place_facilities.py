"""Named works of engineering as places: 泸定大桥, 濑户内海大桥, 长江二桥, 川藏公路.

People's Daily NER data labels a bridge, railway, tunnel, road or airport together with
the name before it as one place. jieba leaves the facility word apart (内海 + 大桥) or
glues the whole into one word it does not always call a place (宝成铁路 nz); the name
is proper (a place, a name, a short form) or a pair of province short forms (川藏).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.place_tokens import STATES
from parser.entities.resources import GENERIC_PLACE_WORDS, PROVINCE_ABBREVIATIONS

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token


# Not 大道: 康庄大道 and 阳关大道 are idioms jieba calls names.
FACILITIES = ("大桥", "铁路", "隧道", "公路", "机场", "运河", "大坝")
# Towns built around one trade, named after their place (酒泉航天城).
TRADE_TOWNS = ("航天城", "科技城", "科学城", "大学城", "影视城", "汽车城")
FACILITY_LAST = frozenset(f[-1] for f in (*FACILITIES, *TRADE_TOWNS)) | {"桥"}
_NUMBERED_BRIDGE = re.compile(r"[一二三四五六七八九十]桥$")  # 长江二桥
# Tags of words that name what the facility is named after (a place, a name, a short form).
_NAME_TAGS = frozenset(("ns", "ns?", "nr", "nrt", "nz", "j"))
# Geographic words that are part of such a name (濑户 + 内海 + 大桥).
_FEATURE_WORDS = frozenset(("海峡", "海湾", "江", "河", "湖", "山"))
_STATES = STATES | {"我国"}  # 中国铁路: a country's railways, not a railway
FACILITY_CONFIDENCE = 1.4  # beats the name alone and the short forms in it


def facility_places(tokens: Sequence[Token], k: int, lex: Lexicon) -> Iterator[Candidate]:
    """The place named by the facility word in token ``k`` and the name before it."""
    tok = tokens[k]
    w = tok.word
    if w in FACILITIES or w in TRADE_TOWNS or _NUMBERED_BRIDGE.fullmatch(w):
        start = _name_start(tokens, k) if k > 0 else None
        if start is not None:
            yield (start, tok.end, "place", FACILITY_CONFIDENCE)
        return
    # One word: 川藏公路, 宝成铁路.
    for fac in FACILITIES:
        if len(w) > len(fac) + 1 and w.endswith(fac):
            head = w[: -len(fac)]
            pair = len(head) == 2 and all(c in PROVINCE_ABBREVIATIONS for c in head)
            named = lex.tags.get(head) in _NAME_TAGS and head not in GENERIC_PLACE_WORDS
            if tok.tag in ("i", "l") or head in _STATES or _destination(tokens, k):
                return  # 康庄大道 is an idiom, 中国铁路 a country's railways
            if pair or named:
                yield (tok.start, tok.end, "place", FACILITY_CONFIDENCE)
            return


def _name_start(tokens: Sequence[Token], k: int) -> int | None:
    """Where the name before the facility word starts: up to three proper words, not a
    country in front (日本 + 濑户大桥 is two places)."""
    i = k
    named = False  # a word of the name proper seen (长江 in 长江二桥): 芜湖 before it is apart
    while i > 0 and k - i < 3:
        prev = tokens[i - 1]
        proper = prev.tag in _NAME_TAGS and prev.word not in GENERIC_PLACE_WORDS
        if not (proper or prev.word in _FEATURE_WORDS):
            break
        if (prev.word in _STATES and i < k) or (named and prev.tag == "ns"):
            break
        named = named or (proper and len(prev.word) >= 2)
        i -= 1
    if i == k or (i == k - 1 and tokens[i].word in _STATES):
        return None  # no name, or only a country (中国铁路 is no railway's name)
    if tokens[i].word in _FEATURE_WORDS or _destination(tokens, i):
        return None
    return tokens[i].start


def _destination(tokens: Sequence[Token], i: int) -> bool:
    """兰州至西宁铁路: the railway from one place to another, not one named 西宁铁路."""
    return i > 0 and tokens[i - 1].word in ("至", "到", "—", "－", "-")
