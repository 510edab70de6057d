"""Names with a character the press could not set: 袁（日希）, where （日希） stands for one
character written as its two parts.

People's Daily style prints a rare given-name character as its components in full-width
brackets. Such a reading is a name only where names are expected: after 记者 or 通讯员,
in a list, or before 报道, 摄 or 说.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate

_PARTS = re.compile(r"（[\u4e00-\u9fff]{2}）")
_BEFORE = ("记者", "通讯员", "、", "摄影", "撰稿")
_AFTER = ("报道", "摄", "说", "、", "和")
COMPOSED_CONFIDENCE = 2.0
_NOT_PARTS = frozenset("左右中前后上下一二三四五六七八九十男女图摄文等")


def composed_name_candidates(text: str, lex: Lexicon) -> Iterator[Candidate]:
    """Surname (+ given character) + （部件）: a name in a byline or list context."""
    surnames = lex.surname_weight
    for m in _PARTS.finditer(text):
        at, end = m.start(), m.end()
        if not _NOT_PARTS.isdisjoint(m.group()):
            continue  # 王昆（左一）, 李明（女）: a caption's position or a note, not a character
        if _common_word(m.group()[1:3], lex):
            continue  # 议程（草案）: a word in brackets is a note, not a character's parts
        followed = text.startswith(_AFTER, end)
        # 记者王明（日希）: surname and a given character before the parts …
        if at >= 2 and text[at - 2] in surnames and text[: at - 2].endswith(_BEFORE):
            yield (at - 2, end, "person", COMPOSED_CONFIDENCE)
        # … or 记者袁（日希）: the parts are the whole given name.
        elif (
            at >= 1 and text[at - 1] in surnames and (text[: at - 1].endswith(_BEFORE) or followed)
        ):
            yield (at - 1, end, "person", COMPOSED_CONFIDENCE)


def _common_word(parts: str, lex: Lexicon) -> bool:
    """草案, 试行, 摘要: a common word, not two components (日希; 金昌 is a city, a name)."""
    return lex.freq.get(parts, 0) >= 20 and lex.tags.get(parts) not in _NAME_TAGS


_NAME_TAGS = frozenset(("ns", "nr", "nrfg", "nrt", "nz"))
