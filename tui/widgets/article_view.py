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
from tui.navigation import JumpLabel, jump_label
from tui.widgets.jump_link import JumpLink
from tui.widgets.piece_block import PieceBlock

ENTITY_CLASSES = {"person": "piece--person", "place": "piece--place", "org": "piece--org"}


Marks = dict[BlockKey, list[tuple[int, int, str]]]


def mention_marks(entities: Sequence[Entity]) -> dict[str, Marks]:
    """Every entity mention as highlight spans, by piece and block (built once)."""
    marks: dict[str, Marks] = {}
    for entity in entities:
        style = ENTITY_CLASSES.get(entity.type)
        if style is None:  # a type this reader does not know: not highlighted
            continue
        for m in entity.mentions:
            key = ("title", -1) if m.paragraph < 0 else ("paragraph", m.paragraph)
            marks.setdefault(m.item, {}).setdefault(key, []).append((m.start, m.end, style))
    return marks


class ArticleView(VerticalScroll, can_focus=True):
    """Scrollable pane; ``show`` replaces what it displays."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]

    def __init__(
        self, edition: Edition, first: str | None = None, *, id: str | None = None
    ) -> None:
        first_item = edition.item(first) if first else None
        # The first piece is composed with the pane, so the first frame already shows it.
        super().__init__(*(self._widgets_for(edition, [first_item]) if first_item else ()), id=id)
        self.edition = edition
        self.item_id: str | None = first_item.id if first_item else None
        self.story_mode = False
        self.show_entities = False
        self.entities: Sequence[Entity] = ()
        self._mentions: dict[str, Marks] = {}
        self.target: Place | None = None

    def _pieces(self, item: Item) -> list[Item]:
        return self.edition.story(item.id) if self.story_mode else [item]

    @staticmethod
    def _labels_for(
        edition: Edition, pieces: list[Item]
    ) -> tuple[JumpLabel | None, JumpLabel | None]:
        """The 上接 link before the first piece and the 下转 link after the last."""
        first, last = pieces[0], pieces[-1]
        before = after = None
        if first.continued_from is not None:
            before = jump_label(edition, first.continued_from, "from")
        if last.continued_to is not None:
            after = jump_label(edition, last.continued_to, "to")
        return before, after

    def _labels(self, pieces: list[Item]) -> tuple[JumpLabel | None, JumpLabel | None]:
        return self._labels_for(self.edition, pieces)

    def _widgets(self, pieces: list[Item]) -> list[Widget]:
        return self._widgets_for(self.edition, pieces)

    @classmethod
    def _widgets_for(cls, edition: Edition, pieces: list[Item]) -> list[Widget]:
        before, after = cls._labels_for(edition, pieces)
        widgets: list[Widget] = [JumpLink(before, "from", id="link-from")]
        for number, piece in enumerate(pieces):
            if number:
                divider = Text(f"续 · 第{piece.page}版", justify="center")
                widgets.append(Static(divider, classes="story-divider"))
            # Read straight through, a continuation does not repeat the opening's headline.
            repeated = number > 0 and piece.title is not None and piece.title == pieces[0].title
            widgets.append(PieceBlock(piece, headline=not repeated))
        widgets.append(JumpLink(after, "to", id="link-to"))
        return widgets

    def _reuse(self, pieces: list[Item]) -> bool:
        """Show one piece in the widgets already mounted (no DOM change: fast)."""
        blocks = list(self.query(PieceBlock))
        if len(pieces) != 1 or len(blocks) != 1 or self.query(".story-divider"):
            return False
        before, after = self._labels(pieces)
        self.query_one("#link-from", JumpLink).set_label(before)
        blocks[0].set_item(pieces[0])
        self.query_one("#link-to", JumpLink).set_label(after)
        return True

    def block_for(self, item_id: str) -> PieceBlock | None:
        """The widget showing piece ``item_id``, if it is shown."""
        return next((b for b in self.query(PieceBlock) if b.item.id == item_id), None)

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
        if not same and not self._reuse(pieces):
            with self.app.batch_update():
                await self.remove_children()
                await self.mount_all(self._widgets(pieces))
        self.refresh_marks()
        self.call_after_refresh(self._scroll_into_place)

    def set_entities(self, entities: Sequence[Entity]) -> None:
        """The edition's entities are known: index their mentions, redraw the marks."""
        self.entities = entities
        self._mentions = mention_marks(entities)
        self.refresh_marks()

    def refresh_marks(self) -> None:
        """Re-apply the search hit and (with ``e``) entity mentions to every piece shown."""
        for block in self.query(PieceBlock):
            marks: Marks = {}
            if self.show_entities:
                marks = {k: list(v) for k, v in self._mentions.get(block.item.id, {}).items()}
            target = self.target
            if target is not None and target.field and target.item == block.item.id:
                key = (target.field, target.index)
                marks.setdefault(key, []).append((target.start, target.end, "piece--hit"))
            block.set_marks(marks)

    def _scroll_into_place(self) -> None:
        target = self.target
        block = self.block_for(target.item if target else self.item_id or "")
        if block is None:
            return
        y = block.virtual_region.y
        if target is not None and target.field:
            line = block.line_for(target.field, target.index, target.start)
            y += max((line or 0) - 3, 0)
        elif len(self.query(PieceBlock)) == 1:
            y = 0
        self.scroll_to(y=y, animate=False, immediate=True)

    def set_story_mode(self, on: bool) -> None:
        self.story_mode = on
