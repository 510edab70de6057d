"""Married women's names of Hong Kong, Macao and Taiwan: husband's + own surname + given name.

陈方安生, 范徐丽泰, 叶刘淑仪: two common surnames and a two-character given name, four
characters that the surname + given-name rule (three at most) cannot read. jieba cuts them
into a surname and a word (陈 + 方 + 安生) or lists a few whole. Read only where the slot
is clear on both sides: a title or a list mark before, a list mark, 等 or a verb of saying
after, so that two surnames side by side in ordinary prose (高明, 于是) stay out.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.context import AFTER, TITLES, context_after, title_before
from parser.entities.name_runs import given_score
from parser.entities.resources import NOT_GIVEN_NAME

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token

MARRIED_CONFIDENCE = 1.3  # 4 x 1.3 beats 陈方 read as a name and 安生 left out
_OPEN = frozenset(("、", "，", "。", "：", "；", "（", "“"))
_CLOSE = frozenset(("、", "，", "。", "；", "）", "”", "等", "和", "及", "与"))
_NAME_TAGS = frozenset(("nr", "nrfg"))
_PREDICATE_TAGS = frozenset(("v", "vn", "l", "t", "d", "p"))
COMMON_GIVEN_FREQ = 1000  # 明天, 书记: a frequent word is no given name here


def _given_ok(given: str, lex: Lexicon) -> bool:
    if not all("\u4e00" <= c <= "\u9fff" and c not in NOT_GIVEN_NAME for c in given):
        return False
    if given in TITLES or given in AFTER:
        return False
    if lex.freq.get(given, 0) >= COMMON_GIVEN_FREQ and lex.tags.get(given) not in _NAME_TAGS:
        return False
    return given_score(given, lex) > -1.0


def married_candidates(
    text: str, tokens: Sequence[Token], lex: Lexicon, opening: list[int]
) -> Iterator[Candidate]:
    """Four-character names opening with two common surnames, in a clear person slot."""
    strong = lex.surname_weight
    starts: dict[int, int] | None = None
    for i in opening:
        s = tokens[i].start
        e = s + 4
        if e > len(text) or strong.get(text[s], 0.0) < 1.0 or strong.get(text[s + 1], 0.0) < 1.0:
            continue
        if starts is None:  # rare: two common surnames side by side
            starts = {tok.start: k for k, tok in enumerate(tokens)}
        if e not in starts and e != len(text):
            continue  # the name must end where a word ends
        pair = text[s : s + 2]
        if pair in lex.tags and lex.tags[pair] not in _NAME_TAGS:
            continue  # 高明, 于是: two surnames that spell a word
        if not _given_ok(text[s + 2 : e], lex):
            continue
        prev = tokens[i - 1].word if i else "。"
        nxt = tokens[starts[e]] if e < len(text) else None
        titled = title_before(tokens, i)
        opened = titled or prev in _OPEN
        closed = nxt is None or nxt.word in _CLOSE or nxt.word in AFTER or nxt.word in TITLES
        if titled and nxt is not None and nxt.tag in _PREDICATE_TAGS:
            closed = True  # 司长陈方安生今天表示, 主席范徐丽泰出席
        if opened and closed:
            # What follows counts as it does for the three-character reading inside.
            after = context_after(tokens, starts[e]) if e < len(text) else 0.0
            yield (s, e, "person", MARRIED_CONFIDENCE + after)
