"""Place words jieba lists whole that the news data labels in parts.

图们江口 and 珠江口 are the river (the mouth is no name of its own); 东部非洲 is 非洲 with
a position word before it; 中国澳门 is a country and a city. jieba's dictionary has them
as one ns word, so the whole reading would otherwise win.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parser.entities.place_tokens import STATES
from parser.entities.resources import GENERIC_PLACE_WORDS

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token


_POSITIONS = frozenset(
    ("南部", "北部", "东部", "西部", "中部", "东南部", "西南部", "东北部", "西北部")
)
# Provinces' one-character short forms that combine with a direction (湘西, 皖南, 闽北);
# not the municipalities, whose such words name districts (渝北, 津南).
_PROVINCE_SHORT = frozenset("冀晋辽黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇藏陕甘陇青宁")
SPLIT_CONFIDENCE = 1.2


def split_place_word(tok: Token, lex: Lexicon) -> list[Candidate]:
    """The labelled parts of a place word jieba lists whole, or [] to keep it whole."""
    w = tok.word
    tags = lex.tags
    # 湘西, 皖南, 闽北: a province's short form and a direction is that province
    # (not 陕西, which is a province's own name: 陕西省).
    if w[0] in _PROVINCE_SHORT and w[1] in "东西南北" and w[:2] + "省" not in tags:
        return [(tok.start, tok.start + 1, "place", SPLIT_CONFIDENCE)]
    # 图们江口, 珠江口: a river's mouth is the river.
    if len(w) >= 3 and w[-1] == "口" and w[-2] in "江河" and tags.get(w[:-1]) == "ns":
        return [(tok.start, tok.end - 1, "place", SPLIT_CONFIDENCE)]
    if len(w) < 4:
        return []
    for cut in (2, 3):
        head, rest = w[:cut], w[cut:]
        if len(rest) < 2 or tags.get(rest) != "ns" or rest in GENERIC_PLACE_WORDS:
            continue  # 苏里南 + 共和国 is one state
        if head in _POSITIONS:  # 东部非洲: the continent
            return [(tok.start + cut, tok.end, "place", SPLIT_CONFIDENCE)]
        if head in STATES and w not in STATES:  # 中国澳门, not 沙特阿拉伯
            return [
                (tok.start, tok.start + cut, "place", SPLIT_CONFIDENCE),
                (tok.start + cut, tok.end, "place", SPLIT_CONFIDENCE),
            ]
    return []
