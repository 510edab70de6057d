"""Myanmar names after the honorific 吴 (U): 吴昂貌敏, 吴哥哥莱, 吴登盛.

A Myanmar man's name is written in transliteration syllables after 吴 "U", and the
honorific is part of how Chinese news writes it. jieba cuts such a run anywhere (吴昂 +
貌敏, 吴 + 哥哥 + 莱), so the surname rules read only a piece of it. Where the text speaks
of Myanmar (缅), 吴 followed by two to four of these syllables is one name.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token


# Syllables that spell Burmese names in Chinese (Aung 昂, Maung 貌, Min 敏, Win 温, Tin 丁,
# Kyaw 觉, Thein 登, Sein 盛, Ko 哥, Lay 莱, Nyunt 纽, …). No function words among them.
BURMESE_SYLLABLES = frozenset(
    "昂貌敏温丁觉梭妙吞登盛佐莱哥纽瑞埃漂钦敦伦奈翁丹迪耶旺瑙腊谬蒙坎茂基严拉巴努泰索佩"
)
MIN_SYLLABLES = 2
MAX_SYLLABLES = 4
BURMESE_CONFIDENCE = 2.6  # above the Chinese reading of a piece of it (吴昂貌 ≈ 2.3)


def burmese_candidates(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Candidate]:
    """吴 + two to four Burmese syllables, where the text is about Myanmar."""
    if "缅" not in text:
        return
    starts = {tok.start for tok in tokens}
    for tok in tokens:
        if tok.word[0] != "吴":
            continue
        start = tok.start
        end = start + 1
        while end < len(text) and text[end] in BURMESE_SYLLABLES:
            end += 1
        if end not in starts and end < len(text):
            continue  # the run stops inside a word: not the whole name
        if MIN_SYLLABLES <= end - start - 1 <= MAX_SYLLABLES:
            yield (start, end, "person", BURMESE_CONFIDENCE)
