"""Foreign names jieba left as loose characters next to a title.

前总理差瓦立, 素帕猜副总理: two or three single characters between a title and the end of
the phrase; 外 + 长沙 + 雷: the 长 of a title jieba glued to the first character of a name.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.context import AFTER, TITLES
from parser.entities.foreign_words import FOREIGN, STOP_TAGS
from parser.entities.resources import NOT_GIVEN_NAME

if TYPE_CHECKING:
    from parser.entities.lexicon import Lexicon
    from parser.entities.tagger import Candidate, Token


SPLIT_TITLE_CONFIDENCE = 1.5


def after_split_title(tokens: Sequence[Token], i: int) -> Iterator[Candidate]:
    """外 + 长沙 + 雷, 财政部 + 长安 + 雷: jieba took the 长 of a title (外长, 部长) into a
    place name; the transliteration characters after it are a name (沙雷, 安雷)."""
    tok = tokens[i]
    if i == 0 or len(tok.word) < 2 or not FOREIGN.issuperset(tok.word[1:]):
        return
    prev = tokens[i - 1].word
    if prev[-1] + "长" not in TITLES and prev + "长" not in TITLES:
        return
    j = i + 1
    while j < len(tokens) and len(tokens[j].word) == 1 and tokens[j].word in FOREIGN:
        j += 1
    length = tokens[j - 1].end - tok.start - 1
    closed = j == len(tokens) or tokens[j].word in LOOSE_CLOSE or tokens[j].word in AFTER
    if 2 <= length <= 4 and closed:
        yield (tok.start + 1, tokens[j - 1].end, "person", SPLIT_TITLE_CONFIDENCE)


LOOSE_CONFIDENCE = 1.2
LOOSE_CLOSE = frozenset(("、", "，", "。", "；", "：", "等", "和", "与", "说", "表示", "强调"))


def loose_runs(tokens: Sequence[Token], maybe: list[int], lex: Lexicon) -> Iterator[Candidate]:
    """前总理差瓦立、, 素帕猜副总理: two or three loose characters jieba could not join,
    between a title and the end of the phrase, spell a foreign name (Thai names use
    characters the transliteration table lacks: 素, 猜, 差). One of them must be of the
    transliteration kind (so the run holds one of the words in ``maybe``), and the first
    no Chinese surname (those are read elsewhere)."""
    n = len(tokens)
    tried: set[int] = set()
    for k in maybe:
        if len(tokens[k].word) != 1:
            continue
        # A run holds two loose characters at least: one must touch this one.
        if not (k + 1 < n and len(tokens[k + 1].word) == 1) and not (
            k and len(tokens[k - 1].word) == 1
        ):
            continue
        for i in range(max(0, k - 2), k + 1):
            if i in tried:
                continue
            tried.add(i)
            tok = tokens[i]
            if len(tok.word) != 1 or tok.word in lex.surname_weight or not _loose(tok.word):
                continue
            j = i + 1
            while j < n and j - i < 3 and len(tokens[j].word) == 1 and _loose(tokens[j].word):
                j += 1
            if j - i < 2 or not any(t.word in FOREIGN for t in tokens[i:j]):
                continue
            if any(t.tag in STOP_TAGS for t in tokens[i:j]):
                continue  # 当 + 汤局长: a function word and a surname, no foreign name
            prev = tokens[i - 1].word if i else "，"
            before = prev in TITLES or (len(prev) >= 2 and prev[-1] == "长")  # not 冗员 + 过多
            after = j < n and (
                tokens[j].word in TITLES
                or (tokens[j].word in ("副", "前") and j + 1 < n and tokens[j + 1].word in TITLES)
            )
            closed = j == n or tokens[j].word in LOOSE_CLOSE or tokens[j].word in AFTER
            if (before and (closed or after)) or (after and prev in LOOSE_CLOSE):
                yield (tok.start, tokens[j - 1].end, "person", LOOSE_CONFIDENCE)


def _loose(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" and char not in NOT_GIVEN_NAME and char not in AFTER
