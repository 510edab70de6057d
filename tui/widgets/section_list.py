"""The section list: pages as headings, their pieces under them, with marks.

Drawn line by line (Textual's line API) rather than as an OptionList: the list of a whole
edition then costs nothing to measure at start-up, and moving the cursor repaints two lines.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from parser.model import Edition
from tui.fit import fit
from tui.navigation import MARK_READ, SectionRow, section_rows


class SectionList(ScrollView, can_focus=True):
    """Pick a piece with j/k or arrows and enter, or a click."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("pagedown", "move(10)", "Page down", show=False),
        Binding("pageup", "move(-10)", "Page up", show=False),
        Binding("home", "move(-100000)", "First", show=False),
        Binding("end", "move(100000)", "Last", show=False),
        Binding("enter", "choose", "Open", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "section-list--page",
        "section-list--cursor",
        "section-list--marks",
        "section-list--read",
    }

    cursor: reactive[int] = reactive(-1)  # index into rows; always a piece row (or -1)

    class PieceChosen(Message):
        """The user chose piece ``item_id`` in the list."""

        def __init__(self, item_id: str) -> None:
            super().__init__()
            self.item_id = item_id

    def __init__(self, edition: Edition, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[SectionRow] = section_rows(edition)
        self.index = {row.key: n for n, row in enumerate(self.rows)}
        self.read: set[str] = set()
        self._strips: dict[tuple[int, int, bool, bool], Strip] = {}
        self._styles: dict[str, Style] = {}  # component styles, until the theme changes

    def on_mount(self) -> None:
        self.virtual_size = Size(0, len(self.rows))
        self.border_title = "版面"

    # -- what a row shows (also used by tests) -----------------------------------------
    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(f"section-list--{name}")
        return style

    def _base_style(self) -> Style:
        # DOMNode.rich_style walks every ancestor: ~0.5 ms a call, once per line adds up.
        style = self._styles.get("")
        if style is None:
            style = self._styles[""] = self.rich_style
        return style

    def row_text(self, n: int) -> Text:
        """Row ``n`` as Rich Text: the data stays literal (``[bold]`` is not markup)."""
        row = self.rows[n]
        if row.kind == "page":
            return Text(row.label, style=self._style("page"))
        read = row.key in self.read
        marks = row.marks.ljust(2) + (MARK_READ if read else " ")
        text = Text(marks + " ", style=self._style("marks"))
        text.append(row.label, style=self._style("read") if read else "")
        return text

    # -- drawing ------------------------------------------------------------------------
    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()
        self._styles.clear()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        n = y + self.scroll_offset.y
        base = self._base_style()
        if not 0 <= n < len(self.rows):
            return Strip.blank(width, base)
        selected = n == self.cursor
        key = (n, width, selected, self.rows[n].key in self.read)
        strip = self._strips.get(key)
        if strip is None:
            text = fit(self.row_text(n), width)  # no gap before …, no （…
            style = base
            if selected:
                style = base + self._style("cursor")
            segments = Segment.apply_style(text.render(self.app.console), style)
            strip = Strip(segments).extend_cell_length(width, style).crop(0, width)
            if len(self._strips) > 4096:
                self._strips.clear()
            self._strips[key] = strip
        return strip

    def watch_cursor(self, old: int, new: int) -> None:
        for n in (old, new):
            if 0 <= n < len(self.rows):
                self.refresh(Region(0, n - self.scroll_offset.y, self.size.width, 1))
        if 0 <= new < len(self.rows):
            # The first piece of a page brings its page heading into view with it.
            top = new - 1 if new > 0 and self.rows[new - 1].kind == "page" else new
            self.scroll_to_region(Region(0, top, 1, new - top + 1), animate=False, immediate=True)

    # -- moving and choosing ----------------------------------------------------------------
    def action_move(self, delta: int) -> None:
        pieces = [n for n, row in enumerate(self.rows) if row.kind == "piece"]
        if not pieces:
            return
        if self.cursor not in pieces:
            self.cursor = pieces[0]
            return
        at = pieces.index(self.cursor) + delta
        self.cursor = pieces[max(0, min(at, len(pieces) - 1))]

    def action_choose(self) -> None:
        if 0 <= self.cursor < len(self.rows):
            self.post_message(self.PieceChosen(self.rows[self.cursor].key))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:  # on the border
            return
        n = offset.y + self.scroll_offset.y
        # A click on a page heading opens the page's first piece.
        while 0 <= n < len(self.rows) - 1 and self.rows[n].kind == "page":
            n += 1
        if 0 <= n < len(self.rows) and self.rows[n].kind == "piece":
            event.stop()
            self.cursor = n
            self.action_choose()

    def mark_current(self, item_id: str) -> None:
        """Put the cursor on ``item_id`` and mark it read."""
        n = self.index.get(item_id)
        if n is None:
            return
        if item_id not in self.read:
            self.read.add(item_id)
            self.refresh(Region(0, n - self.scroll_offset.y, self.size.width, 1))
        self.cursor = n
