"""What one jieba word says about places, for the place and the organisation rules alike.

A word names a place by itself when jieba tags it ns or when it is three characters or
more ending in an administrative suffix (万荣县); one-character function words and
stop tags end a name that grows leftwards (在 + 北京, 的 + 公司).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parser.entities.world import COUNTRIES

if TYPE_CHECKING:
    from parser.entities.tagger import Token

ADMIN_SUFFIX = frozenset("省市县区镇乡村州旗")
FUNCTION_CHARS = frozenset("如至赴经由往驻到在于从向和与及同对把被为以")
# Single-character words that end a name on the left (prepositions, particles, measures).
STOP_TAGS = frozenset(("p", "u", "uj", "ul", "uz", "ud", "ug", "uv", "c", "d", "r", "m", "q", "y"))
# Every state by its usual name: the world's countries and China itself.
STATES = COUNTRIES | {"中国"}
# Last characters that make a word jieba calls a name into a place (槟城坡, 灵隐寺).
FEATURE_FINALS = frozenset("坡郡宫寺庙岛")


def is_place_token(tok: Token) -> bool:
    """A word that names a place by itself (jieba's ns, or 万荣县-like words)."""
    return tok.tag == "ns" or (
        len(tok.word) >= 3
        and tok.word[-1] in ADMIN_SUFFIX
        and tok.tag in ("ns", "n", "nz", "nr", "")
    )
