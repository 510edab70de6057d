"""The article pane: a piece (or a whole continued story) with its jump links."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from parser.model import Edition, Entity, Item
from tui.article_layout import BlockKey
from tui.history import Place
from tui.navigation import jump_label
from tui.widgets.jump_link import JumpLink
from tui.widgets.piece_block import PieceBlock

ENTITY_CLASSES = {"person": "piece--person", "place": "piece--place", "org": "piece--org"}


def mention_marks(
    entities: Sequence[Entity], item_id: str
) -> dict[BlockKey, list[tuple[int, int, str]]]:
    """Entity mentions in one piece as highlight spans per block."""
    marks: dict[BlockKey, list[tuple[int, int, str]]] = {}
    for entity in entities:
        for m in entity.mentions:
            if m.item == item_id:
                key = ("title", -1) if m.paragraph < 0 else ("paragraph", m.paragraph)
                marks.setdefault(key, []).append((m.start, m.end, ENTITY_CLASSES[entity.type]))
    return marks


class ArticleView(VerticalScroll, can_focus=True):
    """Scrollable pane; ``show`` replaces what it displays."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]

    def __init__(self, edition: Edition, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.edition = edition
        self.item_id: str | None = None
        self.story_mode = False
        self.show_entities = False
        self.entities: Sequence[Entity] = ()
        self.target: Place | None = None

    def _pieces(self, item: Item) -> list[Item]:
        return self.edition.story(item.id) if self.story_mode else [item]

    def _widgets(self, pieces: list[Item]) -> list[Widget]:
        widgets: list[Widget] = []
        first, last = pieces[0], pieces[-1]
        if first.continued_from is not None:
            label = jump_label(self.edition, first.continued_from, "from")
            widgets.append(JumpLink(label, "from", id="link-from"))
        for number, piece in enumerate(pieces):
            if number:
                divider = Text(f"续 · 第{piece.page}版", justify="center")
                widgets.append(Static(divider, classes="story-divider"))
            widgets.append(PieceBlock(piece, id=f"piece-{piece.id}"))
        if last.continued_to is not None:
            label = jump_label(self.edition, last.continued_to, "to")
            widgets.append(JumpLink(label, "to", id="link-to"))
        return widgets

    async def show(self, item_id: str, target: Place | None = None) -> None:
        """Display piece ``item_id`` (its whole story in story mode), scrolled to ``target``."""
        item = self.edition.item(item_id)
        if item is None:
            return
        pieces = self._pieces(item)
        same = self.item_id is not None and [p.id for p in pieces] == [
            b.item.id for b in self.query(PieceBlock)
        ]
        self.item_id = item_id
        self.target = target
        if not same:
            with self.app.batch_update():
                await self.remove_children()
                await self.mount_all(self._widgets(pieces))
        self.refresh_marks()
        self.call_after_refresh(self._scroll_into_place)

    def refresh_marks(self) -> None:
        """Re-apply the search hit and (with ``e``) entity mentions to every piece shown."""
        for block in self.query(PieceBlock):
            marks = mention_marks(self.entities, block.item.id) if self.show_entities else {}
            target = self.target
            if target is not None and target.field and target.item == block.item.id:
                key = (target.field, target.index)
                marks.setdefault(key, []).append((target.start, target.end, "piece--hit"))
            block.set_marks(marks)

    def _scroll_into_place(self) -> None:
        target = self.target
        block_id = f"#piece-{target.item if target else self.item_id}"
        blocks = self.query(block_id)
        if not blocks:
            return
        block = blocks.first(PieceBlock)
        y = block.virtual_region.y
        if target is not None and target.field:
            line = block.line_for(target.field, target.index, target.start)
            y += max((line or 0) - 3, 0)
        elif len(self.query(PieceBlock)) == 1:
            y = 0
        self.scroll_to(y=y, animate=False, immediate=True)

    def set_story_mode(self, on: bool) -> None:
        self.story_mode = on

    @property
    def link_to(self) -> JumpLink | None:
        links = self.query("#link-to")
        return links.first(JumpLink) if links else None

    @property
    def link_from(self) -> JumpLink | None:
        links = self.query("#link-from")
        return links.first(JumpLink) if links else None
