"""Headlines: stray spaces, and which line or part is kicker (引题), title (主题), subtitle (副题).

The separator-or-stray rule for a space between two Chinese characters, decided per pair of
neighbouring chunks without a dictionary (jieba costs ~0.5 s to load):

* a chunk of three characters or fewer is a word, not a headline phrase (``广灵县``): stray;
* a chunk that starts with a character that cannot open a phrase — a suffix such as 部, 局,
  们, 的 (``应急管理 部赴阳高县``) — or one that ends with a preposition or conjunction that
  needs its object (赴, 和, 对): stray;
* otherwise the space separates phrases (``莫道君行早 是处有亲朋``) and is kept as one space.
"""

from __future__ import annotations

import re

from parser.structure.text import WS, is_han

# Characters that attach to what precedes them and never open a headline phrase.
_NO_START = set("部局厅委办处署院所队会们的地得了着过性化者员家长界方区县市省镇乡村")
# Characters that need what follows and never close a headline phrase.
_NO_END = set("的和与及或并而把被对向从在赴于将为让给是同跟经")
_KICKER_END = ("——", "—", "：", ":", "强调", "指出", "表示", "要求")
_KICKER_START = ("就", "为了", "围绕", "聚焦", "经")
_SUBTITLE_START = ("——", "—", "－－", "--", "包括", "其中", "附")


def _stray(left: str, right: str) -> bool:
    """True when the space between chunks ``left`` and ``right`` is an extraction artefact."""
    if not (is_han(left[-1]) and is_han(right[0])):
        return False
    return len(left) <= 3 or len(right) <= 3 or right[0] in _NO_START or left[-1] in _NO_END


def chunks(line: str) -> list[str]:
    """The line's phrases: stray spaces removed, separator spaces splitting phrases."""
    pieces = WS.split(line.strip())
    merged: list[str] = []
    previous = ""
    for piece in pieces:
        if not piece:
            continue
        if merged and _stray(previous, piece):
            merged[-1] += piece
        else:
            merged.append(piece)
        previous = piece
    return merged


def clean_headline(line: str) -> str:
    """One headline line for display: stray spaces gone, separators as one space."""
    return " ".join(chunks(line))


def _couplets(parts: list[str]) -> list[str]:
    """Join parallel phrases of equal length (对标对表学思谋动 争先进位狠抓突破) into one part."""
    out: list[str] = []
    for part in parts:
        if out and len(part) == len(out[-1].split(" ")[-1]) and len(part) <= 10:
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def _looks_like_kicker(part: str) -> bool:
    return part.endswith(_KICKER_END) or part.startswith(_KICKER_START) or " " in part


def _looks_like_subtitle(part: str) -> bool:
    return part.startswith(_SUBTITLE_START)


def assign_parts(parts: list[str]) -> tuple[str | None, str | None, str | None]:
    """(kicker, title, subtitle) for headline parts in reading order."""
    if not parts:
        return None, None, None
    if len(parts) == 1:
        return None, parts[0], None
    if len(parts) == 2:
        first, second = parts
        if _looks_like_subtitle(second):
            return None, first, second
        if _looks_like_kicker(first):
            return first, second, None
        return None, first, second
    return " ".join(parts[:-2]), parts[-2], parts[-1]


def split_headline(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    """Kicker, title, subtitle from the headline lines of one piece.

    Several lines: each line is one part. One line: its separator spaces split the parts,
    parallel phrases of equal length staying together as one part.
    """
    if len(lines) == 1:
        return assign_parts(_couplets(chunks(lines[0])))
    return assign_parts([clean_headline(line) for line in lines])


_PARALLEL_BANNER = re.compile(r"^[^\s，。、；：！？]{2,8}(?: [^\s，。、；：！？]{2,8}){2,4}$")
_BANNER_WORDS = ("专栏", "系列报道", "特别报道", "主题宣传", "新时代", "进行时", "特刊", "专版")


def looks_like_banner(line: str) -> bool:
    """Three or more short parallel phrases, or a known column-banner word."""
    text = clean_headline(line)
    if len(text) > 30:
        return False
    return bool(_PARALLEL_BANNER.match(text)) or any(w in text for w in _BANNER_WORDS)
