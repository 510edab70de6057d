"""Dotted names (鲍里斯·贝克尔, 拉·甘地): the words on both sides of a · are one name.

The name is a person's unless the word after it makes it a town (尼·伯尔切斯库镇) or a
body (乔治·梅森大学); a dot between two common words is a slogan's (基层·脱贫).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.context import AFTER, TITLES, title_before
from parser.entities.foreign_context import BODY_AFTER_NAME, PLACE_KIND_SUFFIX
from parser.entities.foreign_words import (
    FOREIGN,
    JOINERS,
    STOP_TAGS,
    is_demonym,
    regnal_at,
)
from parser.entities.resources import PLACE_CONTEXT_AFTER
from parser.entities.world import COUNTRIES
from parser.model import EntityType

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token


_COMMON_TAGS = frozenset(("a", "ad", "an", "v", "vn", "d", "r", "l", "i"))
COMMON_NOUN_FREQ = 500


def _common_word(tok: Token, lex: Lexicon) -> bool:
    """An ordinary word (基层, 精粹, 环境), not a name jieba lists as a noun (甘地)."""
    w = tok.word
    if len(w) < 2 or FOREIGN.issuperset(w):
        return False
    freq = lex.freq.get(w, 0)
    return (tok.tag in _COMMON_TAGS and freq >= 30) or (tok.tag == "n" and freq >= COMMON_NOUN_FREQ)


DOTTED_CONFIDENCE = 2.0  # 鲍里斯·贝克尔 as a whole beats the readings of its halves


def _dotted_part(tok: Token) -> bool:
    """A word that can be part of a dotted name beyond the words touching the dot."""
    w = tok.word
    if not "\u4e00" <= w[0] <= "\u9fff" or w in TITLES or w in AFTER or is_demonym(w):
        return False
    if FOREIGN.issuperset(w):
        return True
    return tok.tag in ("nr", "nrt", "nz", "x", "zg", "") and len(w) <= 3


def dotted_candidates(tokens: Sequence[Token], lex: Lexicon) -> Iterator[Candidate]:
    """鲍里斯·贝克尔, 拉·甘地, 差猜·春哈旺: the words on both sides of a · are one name.

    The word touching the dot on either side belongs to the name whatever jieba calls it
    (拉 is a verb, 甘地 a noun to it); farther words only when they look foreign. A
    demonym or title before the name (荷兰人, 会长) stays outside.
    """
    n = len(tokens)
    for d, tok in enumerate(tokens):
        if tok.word not in JOINERS or tok.word in "－-—" or d == 0 or d + 1 >= n:
            continue
        left, right = tokens[d - 1], tokens[d + 1]
        if not ("\u4e00" <= left.word[-1] <= "\u9fff" and "\u4e00" <= right.word[0] <= "\u9fff"):
            continue
        if left.word in TITLES or left.word.endswith("人") or left.tag in STOP_TAGS:
            continue
        if _common_word(left, lex) or _common_word(right, lex) or right.word in COUNTRIES:
            continue  # 基层·脱贫, 精神·中国梦: a dot between words of a slogan or a title
        i = d - 1
        while i > 0 and tokens[i].start - tokens[i - 1].end == 0 and _dotted_part(tokens[i - 1]):
            if title_before(tokens, i) or tokens[d - 1].end - tokens[i - 1].start > 5:
                break
            i -= 1
        j = d + 2
        while j < n and _dotted_part(tokens[j]) and tokens[j].end - right.start <= 7:
            j += 1
        if j < n and tokens[j].word in JOINERS and j + 1 < n:
            continue  # a longer chain (科菲·阿塔·安南): its last dot yields it
        end = tokens[j - 1].end
        if regnal_at(tokens, j):
            end, j = tokens[j].end, j + 1  # 胡安·卡洛斯一世
        after = tokens[j].word if j < n else ""
        kind: EntityType = "place" if after in PLACE_CONTEXT_AFTER else "person"
        if after in PLACE_KIND_SUFFIX:
            kind, end = "place", tokens[j].end  # 尼·伯尔切斯库镇: a town, its kind included
        elif after in BODY_AFTER_NAME:
            # 乔治·梅森大学, 葛兰素·威康公司: a name lent to a body is the body's name
            kind, end = "org", tokens[j].end
        elif tokens[j - 1].tag == "nt" or tokens[j - 1].word.endswith(tuple(BODY_AFTER_NAME)):
            kind = "org"  # 约翰·霍普金斯大学, where jieba knows the second half as a body
        start = tokens[i].start
        # Back over earlier dots of the same chain (玛丽·伊丽莎白·布朗).
        k = i
        while k >= 2 and tokens[k - 1].word == "·" and _dotted_part(tokens[k - 2]):
            k -= 2
            start = tokens[k].start
        yield (start, end, kind, DOTTED_CONFIDENCE)
