"""Headlines: stray spaces, and which line or part is kicker (引题), title (主题), subtitle (副题).

Separator or stray, for a space between two Chinese characters: it is stray (an extraction
artefact) when a chunk beside it is three characters or fewer (``广灵县``), when the next
chunk opens with a character that only ever closes a word (们, 的), or when a dictionary
word spans the space and beats the words it would break (``集中开 工`` → 开工,
``应急管理 部`` → 管理部; see ``spaces``: jieba's dictionary, searched in place without
loading jieba). Otherwise the space separates phrases (``莫道君行早 是处有亲朋``) and is kept
as one space.
"""

from __future__ import annotations

import re

from parser.structure.spaces import word_spans
from parser.structure.text import WS, is_han

# Characters that close a word and never open a headline phrase.
_NO_START = set("们的得了着过性化者")
# Characters that need what follows and never close a headline phrase.
_NO_END = set("的和与及或并把被对向从在赴于将为让给是")
_KICKER_END = ("——", "—", "：", ":", "强调", "指出", "表示", "要求")
_KICKER_START = ("就", "为了", "围绕", "聚焦", "经")
_SUBTITLE_START = ("——", "—", "－－", "--", "包括", "其中", "附")


def _stray(left: str, right: str) -> bool:
    """True when the space between chunks ``left`` and ``right`` is an extraction artefact."""
    if not (is_han(left[-1]) and is_han(right[0])):
        return False
    if len(left) <= 3 or len(right) <= 3 or right[0] in _NO_START or left[-1] in _NO_END:
        return True
    return word_spans(left[-3:], right[:3])


def _latin(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in "%.,'")


def _short_latin(chunk: str) -> bool:
    return len(chunk) <= 6 and chunk.isascii()


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
        elif merged and (
            (_latin(previous[-1]) and _latin(piece[0]))
            or _short_latin(previous)
            or _short_latin(piece)
        ):
            # Library opens late, GDP 5.2%, 5G 基站: words set apart, not phrases.
            merged[-1] += " " + piece
        else:
            merged.append(piece)
        previous = piece
    return merged


def clean_headline(line: str) -> str:
    """One headline line for display: stray spaces gone, separators as one space."""
    return " ".join(chunks(line))


def _couplets(parts: list[str]) -> list[str]:
    """Join parallel phrases of equal length (对标对表学思谋动 争先进位狠抓突破) into one part;
    a line of just two short phrases (夜市重启 烟火气回来了) is one title as well."""
    if len(parts) == 2 and max(map(len, parts)) <= 7:
        return [" ".join(parts)]
    out: list[str] = []
    for part in parts:
        if out and len(part) == len(out[-1].split(" ")[-1]) and len(part) <= 10:
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def assign_parts(parts: list[str]) -> tuple[str | None, str | None, str | None]:
    """(kicker, title, subtitle) for headline parts in reading order.

    Two parts: a dash-led second part, or one listing several facts with spaces, is the
    subtitle; a first part ending in a dash or colon, or itself a pair of phrases, is the
    kicker; otherwise the longer, more specific part is the title (kickers are short).
    """
    if not parts:
        return None, None, None
    if len(parts) == 1:
        return None, parts[0], None
    if len(parts) > 2:
        return " ".join(parts[:-2]), parts[-2], parts[-1]
    first, second = parts
    if second.startswith(_SUBTITLE_START):
        return None, first, second
    if first.endswith(_KICKER_END) or first.startswith(_KICKER_START) or " " in first:
        return first, second, None
    if " " in second:
        return None, first, second
    # A kicker is clearly the shorter line: 破解“停车难” / 中心城区今年将新增…
    return (first, second, None) if len(first) <= 0.7 * len(second) else (None, first, second)


def split_headline(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    """Kicker, title, subtitle from the headline lines of one piece.

    Several lines: each line is one part. One line: its separator spaces split the parts,
    parallel phrases of equal length staying together as one part.
    """
    if len(lines) == 1:
        return assign_parts(_couplets(chunks(lines[0])))
    parts: list[str] = []
    for line in lines:
        clean = clean_headline(line)
        # A long title set on two lines, broken inside a word (…碳纤维生产 / 线实现…): one part.
        left, right = (parts[-1].split(" ")[-1], clean.split(" ")[0]) if parts else ("", "")
        if left and is_han(left[-1]) and is_han(right[0]) and word_spans(left[-3:], right[:3]):
            parts[-1] += clean
        else:
            parts.append(clean)
    return assign_parts(parts)


_PARALLEL_BANNER = re.compile(r"^[^\s，。、；：！？]{2,8}(?: [^\s，。、；：！？]{2,8}){2,4}$")
_BANNER_WORDS = ("专栏", "系列报道", "特别报道", "主题宣传", "新时代", "进行时", "特刊", "专版")
# Column banners over a run of short news items: the pieces under them are briefs.
BRIEF_COLUMN = re.compile(r"(?:简讯|快讯|简报|速递|速览|短讯|集锦|动态|提示|一句话新闻|新闻速览)$")
# A line that is nothing but such a banner (简讯, 城事快讯): a banner even alone.
BRIEF_BANNER = re.compile(r"[^\s，。、；：！？]{0,6}(?:简讯|快讯|短讯|一句话新闻|新闻速览)")


# Labels of a column that heads a single piece: 短评 / 让烟火气更可持续, 图片新闻 / a photo.
COLUMN_LABEL = re.compile(
    r"^(?:短评|时评|快评|热评|评论|社论|编者按|图片新闻|新闻图片|今日关注|新闻眼|观察|特写|专访|"
    r"综述|一线|链接|延伸阅读|相关新闻|背景链接|新闻背景|记者手记|记者观察|人物|访谈)$"
)


def _has_han(text: str) -> bool:
    return any(is_han(c) for c in text)


def looks_like_banner(line: str) -> bool:
    """Three or more short parallel phrases, or a known column-banner word."""
    text = clean_headline(line)
    if len(text) > 30:
        return False
    # Parallel phrases are Chinese: an English headline has short words too.
    parallel = _PARALLEL_BANNER.match(text) and all(map(_has_han, text.split(" ")))
    return (
        bool(parallel) or any(w in text for w in _BANNER_WORDS) or bool(BRIEF_COLUMN.search(text))
    )
