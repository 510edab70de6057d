"""Newspapers and periodicals as organisations: 《费加罗报》, 美国《时代》周刊, 香港文汇报.

People's Daily NER data labels a paper or magazine an organisation, with the country or
region before its title marks and the kind word after them (美国《时代》周刊), and a paper
named without marks where press words follow it (文汇报发表社论).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from parser.entities.org_words import NOT_ORG_ENDINGS
from parser.entities.place_tokens import is_place_token

if TYPE_CHECKING:
    from parser.entities.tagger import Candidate, Token


def enclosed(text: str, opening: str, closing: str) -> Iterator[tuple[int, int]]:
    """(start, end) of what stands between each ``opening`` mark and the next ``closing``."""
    at = text.find(opening)
    while at >= 0:
        close = text.find(closing, at)
        if close < 0:
            return
        yield at + 1, close
        at = text.find(opening, close)


def titled_publications(text: str) -> Iterator[Candidate]:
    """《费加罗报》, 《中国足球报》: a newspaper named in title marks is an organisation."""
    for start, end in enclosed(text, "《", "》"):
        name = text[start:end]
        if 2 <= len(name) <= 12 and name.endswith(("报", "周刊", "杂志", "新闻")):
            yield (start, end, "org", 1.5)


# What a periodical is called after its title (《时代》周刊, 《科学》杂志); not 报, which
# would read 《…》报道 as a paper.
_PERIODICAL_KINDS = ("半月刊", "杂志", "周刊", "月刊", "季刊", "画报")
# Title endings that make the title a periodical by itself (《今晚报》, 《朝日新闻》).
_PERIODICAL_ENDINGS = ("报", "周刊", "杂志", "新闻", "月刊", "画报")
FRAMED_CONFIDENCE = 1.7


def framed_publications(text: str, tokens: Sequence[Token]) -> Iterator[Candidate]:
    """美国《时代》周刊, 华北《人民日报》, 《时代潮》杂志: a periodical with its frame.

    A country or region right before the title marks and a kind word right after them
    belong to the periodical's name, marks included.
    """
    ends = {tok.end: i for i, tok in enumerate(tokens)}
    at = text.find("《")
    while at >= 0:
        close = text.find("》", at)
        if close < 0:
            return
        name = text[at + 1 : close]
        end = close + 1
        kind = next((k for k in _PERIODICAL_KINDS if text.startswith(k, end)), "")
        if (
            1 <= len(name) <= 12
            and "《" not in name
            and (kind or name.endswith(_PERIODICAL_ENDINGS))
        ):
            start = region_before(tokens, ends.get(at))
            if kind or start is not None:
                yield (at if start is None else start, end + len(kind), "org", FRAMED_CONFIDENCE)
        at = text.find("《", end)


def region_before(tokens: Sequence[Token], i: int | None) -> int | None:
    """Start of the place (美国, 华北) or region (晋察冀 + 区) ending with token ``i``."""
    if i is None:
        return None
    tok = tokens[i]
    if is_place_token(tok):
        return tok.start
    if tok.word == "区" and i and tokens[i - 1].tag in ("j", "ns"):
        return tokens[i - 1].start  # 晋冀鲁豫 + 区: a wartime region
    return None


# What follows a newspaper's name in news prose (中国足球报记者, 文汇报发表社论).
_PRESS_CONTEXT = frozenset(("记者", "发表", "报道", "载文", "社论", "等", "评论", "刊登", "称"))
NEWSPAPER_CONFIDENCE = 1.7


def newspapers(tokens: Sequence[Token]) -> Iterator[Candidate]:
    """香港文汇报, 埃及金字塔报: a paper named without title marks, known by what follows.

    The name runs back over at most two words to a place; a document word (公报, 简报)
    is no paper.
    """
    for k, tok in enumerate(tokens):
        w = tok.word
        if w[-1] != "报" or w.endswith(NOT_ORG_ENDINGS) or k + 1 >= len(tokens):
            continue
        if tokens[k + 1].word not in _PRESS_CONTEXT or tok.tag not in ("n", "nz", "nt", "j"):
            continue
        i = k
        while (
            len(w) <= 3  # 华盛顿邮报 names itself; 足球报 needs 中国 before it
            and i > 0
            and k - i < 2
            and tokens[i - 1].tag in ("ns", "nz", "nr", "n", "nt")
        ):
            i -= 1
            if tokens[i].tag == "ns":
                break
        if tokens[i].end - tokens[i].start + tok.end - tokens[i].end >= 3 and (
            i < k or len(w) >= 3
        ):
            yield (tokens[i].start, tok.end, "org", NEWSPAPER_CONFIDENCE)
