"""Chinese line breaking for the terminal: the article pane sets every paragraph through here.

Rich and Textual wrap at spaces, which is wrong for Chinese: a line may break between any two
Han characters, and a run like ``本报讯（记者 李雪峰 韩云峰）`` must not push a gap to the line's
end. ``break_lines`` measures in terminal cells (CJK and full-width take two) and follows the
Chinese rules (禁则, kinsoku):

* a break is allowed between two Han / CJK characters, around CJK punctuation, and at spaces;
  a run of Latin letters, digits and ASCII punctuation (a word, a number) stays whole when it
  fits on a line; one wider than a line, or wider than ``LONG_WORD`` cells (a URL), is cut
  where the line ends instead of leaving a gap;
* no line starts with a closing mark (``，。、；：？！）》」』”’…—·%`` …) and none ends with an
  opening one (``（《「『“‘`` …): a closing mark is bound to the character before it, an
  opening mark to the one after, so the pair moves to the next line together ("pulling the
  previous character down"). We pull down rather than let the mark hang in the margin
  because a terminal pane has no margin: a line may never be wider than the pane;
* whitespace at a break is dropped, so no line starts with a space;
* the first line is indented by ``indent`` cells (two full-width cells = 4).

Short lines: every line but a paragraph's last is filled greedily, so a line ends short only
by less than the width of the unit that did not fit (plus the space before it). That unit is
one Han character with the closing marks glued to it, or opening marks with the character they
open on: a line of ordinary prose is at most 5 cells short (`字）。` moved down whole; in the
corpus at widths 40–100, 99.8% of lines are at most 3 short, none of prose more than 4), and
less than ``LONG_WORD`` cells before a Latin word or number. A paragraph that itself begins
with a closing mark (a subtitle's ``——``) keeps it at the start: there is nothing to pull down.
Widths too small for the indent drop it; below 2 cells lines are 2 wide (a Han character).

Control characters never reach the terminal: ``typeset`` shows them as visible symbols (␛ for
ESC), and ``break_lines`` measures them at that symbol's width.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rich.cells import get_character_cell_size
from rich.style import Style
from rich.text import Text

# Marks that may not begin a line (closing brackets and quotes, pause and stop marks, the
# ellipsis and dash, small kana that belong to the syllable before).
NO_START = frozenset(
    "，。、；：？！）》」』”’〉】〕〗〙〛］｝〞…‥—–·・％‰℃°′″,.;:?!)]}%"
    "～〜ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)
# Marks that may not end a line (opening brackets and quotes, currency before its amount).
# The middle dot joins the two halves of a foreign name (阿卜杜拉·阿齐兹): glue both sides.
NO_END = frozenset("（《「『“‘〈【〔〖〘〚［｛〝([{￥＄·・")

# What control characters and odd whitespace look like on screen: the same number of
# characters, so offsets into the text stay offsets into the shown line.
_DISPLAY: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}  # ␀ … ␟, ␛
_DISPLAY[0x7F] = "␡"
_DISPLAY.update({code: "�" for code in range(0x80, 0xA0)})
# Whitespace for layout (a break opportunity, dropped at a break). The other characters Python
# calls whitespace (\x0b, \x1c …, \x85) are controls and shown as symbols like the rest.
_LAYOUT_SPACES = frozenset("\t\n\r \xa0\u1680\u2028\u2029\u202f\u205f\u3000") | frozenset(
    map(chr, range(0x2000, 0x200B))
)
# Shown as one plain space, except the full-width space, which keeps its 2 cells.
_DISPLAY.update({ord(ch): " " for ch in _LAYOUT_SPACES if ch != "\u3000"})

# Character classes, packed with the cell width into one int: width << 5 | class bits.
_SPACE = 1  # a break opportunity, dropped at a break
_NO_START = 2
_NO_END = 4
_WORD = 8  # part of a Latin word / number / URL: no break between two of these
_GLUE = 16  # zero-width (combining mark, variation selector): never separated from the base

# A Latin run wider than this (a URL, a file path) is cut at the line's end rather than moved
# whole to the next line, which would leave up to this many cells empty behind it.
LONG_WORD = 20

_INFO: dict[str, int] = {}


def _char_info(ch: str) -> int:
    """Width and class bits of one character, computed once per character."""
    shown = _DISPLAY.get(ord(ch), ch)
    if ch in _LAYOUT_SPACES:
        info = _SPACE
    else:
        info = 0
        if ch in NO_START:
            info |= _NO_START
        if ch in NO_END:
            info |= _NO_END
    width = get_character_cell_size(shown)
    if ch == "\ufe0f":
        # Emoji presentation can widen the character before it: count one cell so our sum
        # never undercounts what Rich's grapheme-aware cell_len will measure.
        width = 1
    if width == 0 or ch == "\ufe0f":
        info |= _GLUE
    elif width == 1 and not info & _SPACE and (ord(ch) < 0x2000 or ch.isalnum() or shown != ch):
        info |= _WORD
    elif "\uff10" <= ch <= "\uff5a" and ch.isalnum():
        info |= _WORD  # full-width digits and letters: ２０２４ stays whole like 2024
    info |= width << 5
    _INFO[ch] = info
    return info


@dataclass(frozen=True)
class Line:
    """One screen line of a paragraph: ``text[start:end]`` drawn after ``indent`` cells."""

    start: int
    end: int
    indent: int


# A cluster is the smallest unit a line may end after: (start, end, cell width, cell width of
# the breakable whitespace before it).
_Cluster = tuple[int, int, int, int]


def _clusters(text: str) -> list[_Cluster]:
    """Split ``text`` at every allowed break; spaces at a break go between clusters."""
    info = _INFO
    out: list[_Cluster] = []
    n = len(text)
    start = -1  # start of the open cluster, -1 before the first
    width = 0
    gap = 0  # width of the breakable whitespace before the open cluster
    prev = 0  # class bits of the last non-space character
    glue_next = False  # a non-breaking space was just absorbed: no break before the next char
    i = 0
    while i < n:
        ch = text[i]
        bits = info.get(ch) or _char_info(ch)
        if bits & _SPACE:
            j = i
            space_w = 0
            while j < n:
                b = info.get(text[j]) or _char_info(text[j])
                if not b & _SPACE:
                    break
                space_w += b >> 5
                j += 1
            if j == n:
                break  # trailing whitespace: dropped
            if start < 0:
                i = j  # leading whitespace: dropped (the indent replaces it)
                continue
            nxt = info.get(text[j]) or _char_info(text[j])
            if prev & _NO_END or nxt & (_NO_START | _GLUE):
                width += space_w  # e.g. `记者 ）`: the space stays inside the cluster
                glue_next = True
            else:
                out.append((start, i, width, gap))
                # text[j] opens the new cluster; glue_next keeps the next step from splitting it.
                start, width, gap, glue_next = j, 0, space_w, True
            i = j
            continue
        if start < 0:
            start = i
        elif not glue_next and not (
            prev & _NO_END or bits & (_NO_START | _GLUE) or (prev & bits & _WORD)
        ):
            out.append((start, i, width, gap))
            start, width, gap = i, 0, 0
        glue_next = False
        width += bits >> 5
        prev = bits
        i += 1
    if start >= 0:
        out.append((start, i, width, gap))  # i: the end, or where trailing whitespace began
    return out


def _rstrip(text: str, end: int) -> int:
    """``end`` moved left past layout whitespace."""
    while end > 0 and text[end - 1] in _LAYOUT_SPACES:
        end -= 1
    return end


def _width(text: str, start: int, end: int) -> int:
    info = _INFO
    return sum((info.get(ch) or _char_info(ch)) >> 5 for ch in text[start:end])


def _may_break_at(text: str, pos: int) -> bool:
    """Kinsoku alone (words aside): may a forced cut fall between text[pos-1] and text[pos]?"""
    before = _INFO.get(text[pos - 1]) or _char_info(text[pos - 1])
    after = _INFO.get(text[pos]) or _char_info(text[pos])
    return not (before & _NO_END or after & (_NO_START | _GLUE))


@lru_cache(maxsize=8192)
def _break(text: str, width: int, indent: int) -> tuple[Line, ...]:
    width = max(width, 2)  # one wide character must fit; narrower than that cannot be honoured
    # Indent only while at least half the line (and one wide character) is left after it.
    indent = indent if indent > 0 and width >= max(2 * indent, indent + 2) else 0
    lines: list[Line] = []
    line_start = -1  # -1: the current line is empty
    line_end = 0
    used = 0
    room = width - indent
    current_indent = indent

    def new_line() -> None:
        nonlocal line_start, used, room, current_indent
        lines.append(Line(line_start, _rstrip(text, line_end), current_indent))
        line_start, used, room, current_indent = -1, 0, width, 0

    for start, end, w, gap in _clusters(text):
        if line_start >= 0 and used + gap + w <= room:
            used += gap + w
            line_end = end
            continue
        if line_start >= 0 and w <= width and w <= LONG_WORD:
            new_line()
            line_start, line_end, used = start, end, w
            continue
        if line_start < 0 and w <= width:
            if w > room:  # only at tiny widths: a first unit that fits only without the indent
                room, current_indent = width, 0
            line_start, line_end, used = start, end, w
            continue
        # Wider than a whole line (tiny widths), or a long URL that would leave a gap behind:
        # cut it, filling the current line first so it is not left short.
        pos = start
        while pos < end:
            if line_start >= 0:
                used += gap
            gap = 0
            cut, cut_w = pos, 0
            while cut < end:
                cw = (_INFO.get(text[cut]) or _char_info(text[cut])) >> 5
                if used + cut_w + cw > room:
                    break
                cut_w += cw
                cut += 1
            if cut < end:
                back = cut
                while back > pos and not _may_break_at(text, back):
                    back -= 1
                if back > pos:
                    cut = back
                elif line_start >= 0:
                    new_line()
                    continue
                elif cut == pos:
                    cut = pos + 1  # not even one character fits: take it anyway
            if line_start < 0:
                line_start = pos
            used += _width(text, pos, cut)
            line_end = cut
            if cut < end:
                new_line()
            pos = cut
            while pos < end and text[pos] in _LAYOUT_SPACES:
                pos += 1
    if line_start >= 0:
        lines.append(Line(line_start, _rstrip(text, line_end), current_indent))
    return tuple(lines)


def _phrases(text: str) -> list[tuple[int, int]]:
    """The runs of ``text`` between layout spaces, a run glued to its neighbour where the
    space stands before a closing mark or after an opening one (kinsoku holds there too)."""
    runs: list[tuple[int, int]] = []
    start = -1
    for pos, ch in enumerate(text):
        if ch in _LAYOUT_SPACES:
            if start >= 0:
                runs.append((start, pos))
                start = -1
        elif start < 0:
            start = pos
    if start >= 0:
        runs.append((start, len(text)))
    glued: list[tuple[int, int]] = []
    for start, end in runs:
        if glued and (text[start] in NO_START or text[glued[-1][1] - 1] in NO_END):
            glued[-1] = (glued[-1][0], end)
        else:
            glued.append((start, end))
    return glued


@lru_cache(maxsize=2048)
def _break_phrases(text: str, width: int, indent: int) -> tuple[Line, ...]:
    """Headline breaking: a line ends at a space between phrases whenever the next phrase fits
    whole on a line of its own (``李卫东陈`` / ``立新等出席`` cuts a name in two); a phrase wider
    than a line is broken the Chinese way."""
    width = max(width, 2)
    phrases = _phrases(text)
    if len(phrases) <= 1:
        return _break(text, width, indent)
    lines: list[Line] = []
    start = end = -1

    def room() -> int:
        return width - (0 if lines else indent)

    for p_start, p_end in phrases:
        if start >= 0 and _width(text, start, p_end) <= room():
            end = p_end
            continue
        if start >= 0:
            lines.append(Line(start, end, 0 if lines else indent))
            start = -1
        if _width(text, p_start, p_end) <= room():
            start, end = p_start, p_end
            continue
        pieces = _break(text[p_start:p_end], width, 0 if lines else indent)
        lines.extend(Line(ln.start + p_start, ln.end + p_start, ln.indent) for ln in pieces[:-1])
        last = pieces[-1]
        start, end = last.start + p_start, last.end + p_start
        if not lines:  # the phrase's one line keeps the first line's indent
            lines.append(Line(start, end, last.indent))
            start = -1
    if start >= 0:
        lines.append(Line(start, end, 0 if lines else indent))
    return tuple(lines)


def break_lines(text: str, width: int, *, indent: int = 4, phrases: bool = False) -> list[Line]:
    """Chinese line breaking of one paragraph at ``width`` cells (see the module doc).

    Every character stays, in order: the lines' slices joined, with the whitespace between
    them, is the text minus leading and trailing whitespace. Empty or blank text: no lines.
    Widths below 2 are treated as 2 (one wide character must fit somewhere). ``phrases``
    (headlines, bylines): prefer the spaces between phrases as break points.
    """
    return list((_break_phrases if phrases else _break)(text, width, indent))


def display_text(text: str) -> str:
    """``text`` as shown: controls as visible symbols, odd whitespace as a space; same length."""
    return text.translate(_DISPLAY)


def typeset(
    text: str,
    width: int,
    *,
    indent: int = 4,
    spans: Sequence[tuple[int, int, str | Style]] = (),
    style: str | Style = "",
    phrases: bool = False,
) -> list[Text]:
    """The lines of ``break_lines`` as Rich Text, with ``style`` on the text (not the indent)
    and each highlight span ``(start, end, style)`` — offsets into ``text`` — applied where it
    falls, across line breaks too. Built from plain strings, never from markup.

    The Text objects are ``no_wrap``: they already fit, and letting Rich re-wrap them at spaces
    would undo the Chinese breaking. ``phrases``: as in ``break_lines``.
    """
    shown = display_text(text)
    out: list[Text] = []
    for line in (_break_phrases if phrases else _break)(text, width, indent):
        pad = line.indent
        rendered = Text(" " * pad + shown[line.start : line.end], no_wrap=True, end="")
        if style:
            rendered.stylize(style, pad)
        for start, end, span_style in spans:
            lo = max(start, line.start)
            hi = min(end, line.end)
            if lo < hi:
                rendered.stylize(span_style, lo - line.start + pad, hi - line.start + pad)
        out.append(rendered)
    return out
