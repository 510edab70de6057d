"""Names that jieba glued to the word next to them: 龚建 + 明说, 克林顿政府, 尤伯杯, 汤杯."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.resources import NOT_GIVEN_NAME, TRANSLIT

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token

# What jieba glues to a famous name in one word (邓小平理论, 克林顿政府, 叶利钦总统).
NAME_TAILS = frozenset(("主义", "理论", "思想", "政府", "总统", "夫人", "政权", "内阁", "时代"))


# Verbs (说, 笑) and 的 that jieba reads together with the last character of a name.
_SPEECH_FINALS = frozenset("说讲称问答笑道的")


def glued_verb_name(
    cand: Candidate, tokens: Sequence[Token], j: int, surname_length: int, lex: Lexicon
) -> Candidate | None:
    """龚建 + 明说 → 龚建明 + 说: jieba glued the last given character to the verb."""
    start, end, kind, score = cand
    if j >= len(tokens) or end - start != surname_length + 1:
        return None
    nxt = tokens[j].word
    if len(nxt) != 2 or nxt[1] not in _SPEECH_FINALS or nxt[0] in NOT_GIVEN_NAME:
        return None
    if lex.given_chars.get(nxt[0], 0.0) < 0.3:
        return None
    return (start, end + 1, kind, score + 0.6)


def glued_name_candidates(tokens: Sequence[Token], lex: Lexicon) -> Iterator[Candidate]:
    """马克思主义, 克林顿政府: one dictionary word that is a name plus a word after it."""
    for tok in tokens:
        if len(tok.word) >= 4 and tok.word[-2:] in NAME_TAILS:
            head = tok.word[:-2]
            if lex.tags.get(head) in ("nr", "nrt"):
                yield (tok.start, tok.start + len(head), "person", 1.5)
        elif len(tok.word) >= 3 and tok.word[-1] == "杯" and TRANSLIT.issuperset(tok.word[:-1]):
            # 尤伯杯, 戴维斯杯: a cup named after a person (not 世界杯)
            yield (tok.start, tok.end - 1, "person", 1.5)


# What a cup is made of, not whom it is named after (金杯, 玉杯, 木杯).
_CUP_MATERIALS = frozenset("金银玉铜铁木石纸水酒茶")
CUP_CONFIDENCE = 1.5


def surname_cup_candidates(text: str, tokens: Sequence[Token], lex: Lexicon) -> Iterator[Candidate]:
    """汤杯, 尤杯, 汤尤杯赛: a trophy named by the bare surnames of the people it honours.

    People's Daily style shortens 汤姆斯杯 and 尤伯杯 to a surname each; the surnames
    must start jieba words (not 保温杯, 中国汤杯's 国), and X杯 must be no common word (干杯).
    """
    starts = {tok.start for tok in tokens}
    surnames = lex.surname_weight
    at = text.find("杯")
    while at >= 1:
        pair = text[at - 2 : at] if at >= 2 else ""
        if (
            at - 2 in starts
            and len(pair) == 2
            and all(c in surnames and c not in _CUP_MATERIALS for c in pair)
        ):
            yield (at - 2, at - 1, "person", CUP_CONFIDENCE)  # 汤尤杯: two names
            yield (at - 1, at, "person", CUP_CONFIDENCE)
        elif (
            at - 1 in starts
            and text[at - 1] in surnames
            and text[at - 1] not in _CUP_MATERIALS
            and lex.tags.get(text[at - 1 : at + 1], "nz") == "nz"
        ):
            yield (at - 1, at, "person", CUP_CONFIDENCE)
        at = text.find("杯", at + 1)
