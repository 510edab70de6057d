"""Villages named by a common word: 石桥村, 葡萄村, “果园村”.

Many villages take the name of a thing or a position, and jieba, knowing the word, leaves
村 apart (石桥 + 村). The suffix rules grow names only over name material, so such a
village is found where the word stands right after a boundary (the start of the text, a
punctuation mark or a quotation mark), as the subject or a quoted name; after a verb
(建设生态村) the same words make a kind of village, not one village.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.resources import GENERIC_PLACE_WORDS

if TYPE_CHECKING:
    from parser.entities.tagger import Candidate, Token


VILLAGE_SUFFIXES = frozenset("村庄屯寨")
# Common-word tags a village name may carry: nouns, positions, places jieba doubts.
_WORD_TAGS = frozenset(("n", "s", "ns?", "nz", "ng"))
VILLAGE_CONFIDENCE = 1.1


def village_after_boundary(tokens: Sequence[Token], k: int) -> Iterator[Candidate]:
    """The village ending with the suffix token ``k``, named by the one word before it."""
    if k == 0:
        return
    name = tokens[k - 1]
    if not (2 <= len(name.word) <= 3) or name.tag not in _WORD_TAGS:
        return
    if name.word in GENERIC_PLACE_WORDS:
        return
    if k >= 2:
        before = tokens[k - 2].word
        if "\u4e00" <= before[0] <= "\u9fff" or before.isalnum():
            return  # a word before it: 建设 + 生态村 is a kind of village
    yield (name.start, tokens[k].end, "place", VILLAGE_CONFIDENCE)
