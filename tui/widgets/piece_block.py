"""One piece of the paper drawn line by line from Chinese-typeset text (never re-wrapped)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget

from parser.model import Item
from tui.article_layout import Block, BlockKey, Layout, Span, lay_out, line_of, piece_blocks

# Field name -> component class; the look lives in kanbao.tcss, with theme variables.
FIELD_CLASSES = {
    "column": "piece--column",
    "kicker": "piece--kicker",
    "title": "piece--title",
    "subtitle": "piece--subtitle",
    "byline": "piece--byline",
    "caption": "piece--caption",
    "credit": "piece--credit",
    "bar": "piece--bar",
}


class PieceBlock(Widget):
    """A piece laid out by ``tui.article_layout`` at the widget's width; reflows on resize."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *FIELD_CLASSES.values(),
        "piece--hit",
        "piece--person",
        "piece--place",
        "piece--org",
    }
    DEFAULT_CSS = "PieceBlock { height: auto; }"

    def __init__(self, item: Item, *, headline: bool = True, id: str | None = None) -> None:
        super().__init__(id=id)
        self.item = item
        self.blocks: list[Block] = piece_blocks(item, headline=headline)
        # (field, index) -> spans as (start, end, component class)
        self._marks: dict[BlockKey, list[tuple[int, int, str]]] = {}
        self._layout: Layout | None = None
        self._strips: dict[int, Strip] = {}
        self._base: Style | None = None

    def set_item(self, item: Item) -> None:
        """Show another piece in this widget (cheaper than mounting a new one)."""
        self.item = item
        self.blocks = piece_blocks(item)
        self._marks = {}
        self._layout = None
        self._strips.clear()
        self.refresh(layout=True)

    # -- highlights -------------------------------------------------------------------
    def set_marks(self, marks: Mapping[BlockKey, Sequence[tuple[int, int, str]]]) -> None:
        """Replace the highlight spans (offsets into a block's text, style = component class)."""
        new = {key: list(spans) for key, spans in marks.items() if spans}
        if new != self._marks:  # unchanged marks keep the layout (and the first frame cheap)
            self._marks = new
            self._forget()

    def line_for(self, field: str, index: int, offset: int) -> int | None:
        """The y of the line (inside this widget) that shows ``offset`` of a block."""
        layout = self._lay_out(self.content_size.width or 80)
        start = layout.starts.get((field, index))
        if start is None:
            return None
        block = next(b for b in self.blocks if b.key == (field, index))
        return start + line_of(block, layout.width, offset)

    # -- layout -------------------------------------------------------------------------
    def _forget(self) -> None:
        self._base = None
        self._layout = None
        self._strips.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._forget()  # theme changed: styles of the component classes changed

    def _lay_out(self, width: int) -> Layout:
        width = max(width, 2)
        if self._layout is None or self._layout.width != width:
            styles = {f: self.get_component_rich_style(c) for f, c in FIELD_CLASSES.items()}
            spans: dict[BlockKey, list[Span]] = {
                key: [(s, e, self.get_component_rich_style(c)) for s, e, c in marks]
                for key, marks in self._marks.items()
            }
            self._layout = lay_out(self.blocks, width, styles, spans)
            self._strips.clear()
        return self._layout

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lay_out(width).lines)

    def render_line(self, y: int) -> Strip:
        width = self.content_size.width
        layout = self._lay_out(width)
        if self._base is None:  # DOMNode.rich_style walks every ancestor: once per layout
            self._base = self.rich_style
        base = self._base
        if y >= len(layout.lines):
            return Strip.blank(width, base)
        strip = self._strips.get(y)
        if strip is None:
            segments = list(layout.lines[y].render(self.app.console))
            segments = list(Segment.apply_style(segments, base))
            strip = Strip(segments).crop_extend(0, width, base)
            self._strips[y] = strip
        return strip
