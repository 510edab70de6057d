"""Given-name-only mentions: 俊平开通了…, 欣嘉拿着…, 哲夫的创作.

Features and stories call a person by the given name alone after the first mention, and
the sentence that does so may stand without the full name. jieba, knowing no such word,
leaves two loose characters. Read them as a name only where everything agrees: both are
content characters that names use often, neither is a surname (those are read as surname
+ given name elsewhere), they open a clause, and a verb or 的 follows, as after a subject.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.context import AFTER
from parser.entities.name_runs import given_score
from parser.entities.resources import NOT_GIVEN_NAME

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token

_CLAUSE_OPEN = frozenset(("，", "。", "；", "：", "“", "！", "？"))
_CONTENT_TAGS = frozenset(("a", "n", "nr", "ng", "ag", "g", "zg", "t", "tg", "v", "vg", ""))
_SUBJECT_NEXT = frozenset(("v", "uj"))
MIN_GIVEN_SCORE = 0.4
COMMON_CHAR_FREQ = 10_000  # 大, 见: words in their own right, rarely a name's start
GIVEN_ONLY_CONFIDENCE = 0.5


def given_only_candidates(tokens: Sequence[Token], lex: Lexicon) -> Iterator[Candidate]:
    n = len(tokens)
    surnames = lex.surname_weight
    opens = [0, *(k + 1 for k, t in enumerate(tokens) if t.word in _CLAUSE_OPEN)]
    for i in opens:
        if i >= n - 2:
            continue
        a, b = tokens[i], tokens[i + 1]
        if len(a.word) != 1 or len(b.word) != 1:
            continue
        name = a.word + b.word
        if a.word in surnames or name in lex.tags or a.word == b.word:
            continue
        if any(c in NOT_GIVEN_NAME or not "\u4e00" <= c <= "\u9fff" for c in name):
            continue
        if a.tag not in _CONTENT_TAGS or b.tag not in _CONTENT_TAGS:
            continue
        if lex.freq.get(a.word, 0) >= COMMON_CHAR_FREQ:
            continue  # 大 + 受启发, 见 + 贤: a common word opens the clause
        nxt = tokens[i + 2]
        if not (nxt.tag in _SUBJECT_NEXT or nxt.word in AFTER) or len(nxt.word) < 1:
            continue
        if given_score(name, lex) < MIN_GIVEN_SCORE:
            continue
        yield (a.start, b.end, "person", GIVEN_ONLY_CONFIDENCE)
