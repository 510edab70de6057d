"""A piece under construction: mutable while the page is read, frozen into an Item at the end."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parser.model import Item, ItemKind, Link, Photo

if TYPE_CHECKING:
    from parser.structure.jumps import Marker


@dataclass(slots=True)
class Draft:
    """Everything known about one piece so far."""

    kind: ItemKind = "article"
    column: str | None = None
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    dateline: str | None = None
    reporters: tuple[str, ...] = ()
    paragraphs: list[str] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    jump_to: Marker | None = None
    jump_from: Marker | None = None
    brief: bool = False  # sits under a 简讯/快讯 column banner
    # The last paragraph stopped mid-sentence and may continue after a caption or blank line.
    open_paragraph: bool = False
    id: str = ""
    target_id: str | None = None  # resolved continued_to item
    source_id: str | None = None  # resolved continued_from item

    def add_marker(self, marker: Marker) -> None:
        """Record a jump marker in the direction it points."""
        if marker.forward:
            self.jump_to = marker
        else:
            self.jump_from = marker

    def has_headline(self) -> bool:
        """True once a kicker, title or subtitle is set."""
        return bool(self.kicker or self.title or self.subtitle)

    def is_empty(self) -> bool:
        """True while nothing at all has been put in."""
        return not (
            self.has_headline()
            or self.column
            or self.byline
            or self.paragraphs
            or self.photos
            or self.jump_to
            or self.jump_from
        )

    def label_text(self) -> str:
        """The headline words, or the first paragraph, for matching pieces to each other."""
        head = " ".join(t for t in (self.kicker, self.title, self.subtitle) if t)
        return head or (self.paragraphs[0][:40] if self.paragraphs else "")

    def freeze(self, page: int) -> Item:
        """The finished, immutable Item."""
        to = self.jump_to
        back = self.jump_from
        return Item(
            id=self.id,
            kind=self.kind,
            page=page,
            column=self.column,
            kicker=self.kicker,
            title=self.title,
            subtitle=self.subtitle,
            byline=self.byline,
            dateline=self.dateline,
            reporters=self.reporters,
            paragraphs=tuple(self.paragraphs),
            photos=tuple(self.photos),
            continued_to=Link(to.page, self.target_id, to.text) if to else None,
            continued_from=Link(back.page, self.source_id, back.text) if back else None,
        )
