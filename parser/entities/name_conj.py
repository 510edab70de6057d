"""和 as a surname: 和克俭离开了家乡, ，和克俭还帮助农民.

和 ("and", "with") is a common surname too. As a conjunction it joins two nouns and
cannot open a clause; as the preposition "with" it opens one only before a companion and
a word of togetherness (和同事们一起, 和往年相比). So 和 opening a clause before a name
word of jieba's and then a verb or an adverb is the surname of that name.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token

_CLAUSE_OPEN = frozenset(("，", "。", "；", "：", "“", "！", "？"))
_NAME_TAGS = frozenset(("nr", "nrfg"))
_PREDICATE_TAGS = frozenset(("v", "d", "vn"))
# What follows "with X" rather than a subject X.
_TOGETHER = frozenset(("一起", "一道", "一样", "相比", "共同", "同", "一同", "相同", "比较"))
HE_SURNAME_CONFIDENCE = 1.5
RARE_NAME_FREQ = 50  # given names jieba lists are rare words; famous full names are not


def he_surname_candidates(tokens: Sequence[Token], lex: Lexicon) -> Iterator[Candidate]:
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.word != "和" or i + 2 >= n or (i and tokens[i - 1].word not in _CLAUSE_OPEN):
            continue
        given, nxt = tokens[i + 1], tokens[i + 2]
        if len(given.word) != 2 or given.tag not in _NAME_TAGS:
            continue
        if given.word[0] in "小老阿大":
            continue  # 和小叔, 和老伴: kin and nicknames jieba lists as names
        if lex.freq.get(given.word, 0) >= RARE_NAME_FREQ:
            continue  # ，和李鹏进行会谈: a well-known full name, and 和 is "with"
        if nxt.tag in _PREDICATE_TAGS and nxt.word not in _TOGETHER:
            yield (tok.start, given.end, "person", HE_SURNAME_CONFIDENCE)
