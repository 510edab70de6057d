"""One-line labels cut to a width the way a Chinese reader expects: ``…`` right after a character.

Rich and Textual cut a line of wide characters leaving a blank cell before the ellipsis when a
character does not fit (``应急管理部赴阳高县广灵县 …``), and happily end a cut line on an opening
bracket or a comma (``我家脱了贫（…``). ``fit`` does neither; ``Fitted`` applies it at whatever
width a list gives its rows, so lists show ``…`` instead of wrapping or leaving gaps.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

ELLIPSIS = "…"
# Nothing of these is left just before the ellipsis: an opening bracket or quote waiting for
# its text, a pause mark with nothing after it, or blank space.
NOT_BEFORE_ELLIPSIS = " \u3000\u00a0\t（《「『“‘〈【〔([{、，；：,;:·"


def fit(text: Text, width: int) -> Text:
    """``text`` on one line of at most ``width`` cells, cut with ``…`` when it is longer."""
    text = text.copy()
    text.no_wrap = True
    text.end = ""
    if text.cell_len <= width:
        return text
    if width <= 0:
        return Text("", end="")
    room = width - 1  # cells left for text before the ellipsis
    used = 0
    cut = 0
    for char in text.plain:
        cells = cell_len(char)
        if used + cells > room:
            break
        used += cells
        cut += 1
    kept = text.plain[:cut].rstrip(NOT_BEFORE_ELLIPSIS)
    if not kept:  # nothing but punctuation fits: show what fits rather than a bare ellipsis
        kept = text.plain[:cut]
    result = text[: len(kept)]
    # The ellipsis takes the style of the character it follows (a title stays bold).
    last = len(kept) - 1
    styles = [span.style for span in text.spans if span.start <= last < span.end]
    result.append(ELLIPSIS, style=styles[-1] if styles else "")
    result.no_wrap = True
    result.end = ""
    return result


def fit_padded(text: Text, width: int) -> Text:
    """``fit``, then padded with spaces to exactly ``width`` cells (a column in a table)."""
    fitted = fit(text, width)
    fitted.append(" " * max(width - fitted.cell_len, 0))
    return fitted


class Fitted:
    """A Rich renderable: ``text`` fitted to the width it is rendered at (list rows)."""

    def __init__(self, text: Text, tail: Text | None = None) -> None:
        self.text = text
        self.tail = tail or Text("")  # kept whole after the cut (a count: ×4)

    @property
    def plain(self) -> str:
        return self.text.plain + self.tail.plain

    def __str__(self) -> str:
        return self.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        tail = self.tail if self.tail.cell_len < width // 2 else Text("")
        line = fit(self.text, width - tail.cell_len)
        line.append_text(tail)
        line.end = "\n"  # Textual counts a Rich renderable's height by its newlines
        yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        cells = self.text.cell_len + self.tail.cell_len
        return Measurement(min(cells, 1), cells)
