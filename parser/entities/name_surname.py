"""Bare surnames used as names: 李老师, 汤局长, 老于, 刘家, 一位姓王的老师.

A lone surname names a person only in a few frames: an address word or a title after it
(also glued into one word, 李先生), 老/小 before it, 家 "family" after it, or 姓 before it.
Numerals before it (五任县长), surnames that are verbs (任县长) and 家 opening a place
(傅家峻, X家村) keep it out.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.context import TITLES
from parser.entities.name_chinese import NUMERALS
from parser.entities.name_context import loose_char

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token

# Surnames that are also verbs taking a title as object (任县长 = serve as county head).
_VERB_SURNAMES = frozenset("任兼代")
_HOME_PLACES = frozenset(("村", "庄", "湾", "堡", "寨", "沟", "镇", "峪", "店", "营"))
_ADDRESS_AFTER = frozenset(
    ("老师", "先生", "女士", "老", "某", "总", "师傅", "大夫", "大爷", "大娘")
)


# After 姓 ("surnamed") a lone surname names its bearer: 一位姓王的老师, 他姓李，….
_NAMED_SURNAME_AFTER = frozenset(("的", "，", "。", "、", "；", "”"))
NAMED_SURNAME_CONFIDENCE = 1.5


def surname_alone(tokens: Sequence[Token], lex: Lexicon, opening: list[int]) -> Iterator[Candidate]:
    """李老师, 汤局长, 李先生, 老于: a bare surname used as a name."""
    for i in opening:
        tok = tokens[i]
        w = tok.word
        if w[0] not in lex.surname_weight:
            continue
        if len(w) >= 3 and (w[1:] in _ADDRESS_AFTER or w[1:] in TITLES):
            if tok.tag not in ("ns", "nt") and not (i and tokens[i - 1].word[-1:].isdigit()):
                yield (tok.start, tok.start + 1, "person", 1.2)  # 李先生, 毛主席 as one word
            continue
        if len(w) == 2 and w[1] == "家" and tok.tag in ("nr", "nrfg"):
            yield (tok.start, tok.start + 1, "person", 1.0)  # 刘家 as one word
        if len(w) != 1:
            continue
        after = tokens[i + 1].word if i + 1 < len(tokens) else ""
        before = tokens[i - 1].word if i > 0 else ""
        if before[-1:] in NUMERALS or after[:1] == w:
            continue  # 4位老师, 五任县长 (measure words), 培训司司长 (an office's own title)
        if before == "姓" and (after in _NAMED_SURNAME_AFTER or not after):
            yield (tok.start, tok.end, "person", NAMED_SURNAME_CONFIDENCE)  # 一位姓王的老师
            continue
        if w in _VERB_SURNAMES:
            continue  # 任警官: 任 here is "serve as"
        given_follows = (  # 小徐婷; not 老于 + 还住在, whose 还 is an adverb
            i + 1 < len(tokens)
            and loose_char(tokens[i + 1], lex)
            and tokens[i + 1].tag not in ("d", "p", "c")
        )
        if before in ("老", "小") and lex.surname_weight[w] == 1.0 and not given_follows:
            yield (tok.start, tok.end, "person", 1.0)
        elif lex.freq.get(w, 0) <= 40000 and (after in _ADDRESS_AFTER or after in TITLES):
            yield (tok.start, tok.end, "person", 1.0)  # 汤 + 局长, 项 + 市长
        elif after == "家" and (
            i + 2 >= len(tokens)
            or (tokens[i + 2].word not in _HOME_PLACES and not loose_char(tokens[i + 2], lex))
        ):  # not 傅家峻, whose 家 is part of the given name
            yield (tok.start, tok.end, "person", 1.0)  # 刘家: the Liu family
