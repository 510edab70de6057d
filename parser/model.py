"""The edition model: frozen dataclasses that the parser builds and the reader shows.

Every non-whitespace character of the input lives in exactly one *source field*:
an item's column, kicker, title, subtitle, byline, paragraphs, a photo's caption or
credit, or a link's marker. `Item.source_fields()` lists them in that order; the
conservation tests rely on it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Literal

ItemKind = Literal["article", "photo", "notice", "banner", "brief"]
EntityType = Literal["person", "place", "org"]


@dataclass(frozen=True)
class Link:
    """A jump marker such as （下转第三版）: the page it names and the piece found there."""

    page: int
    item: str | None  # id of the target piece; None when it is not in this edition
    marker: str  # the marker exactly as printed, brackets included

    @property
    def dangling(self) -> bool:
        """True when the target piece is not in this edition."""
        return self.item is None


@dataclass(frozen=True)
class Photo:
    """A photo's caption and credit (``本报记者 戎禹仁摄``)."""

    caption: str
    credit: str | None = None
    photographers: tuple[str, ...] = ()
    # Index of the paragraph the photo followed in the source (-1: before the first);
    # lets the reader show a caption near where the page put it.
    after_paragraph: int = -1


@dataclass(frozen=True)
class Item:
    """One piece on a page: an article, a photo, a notice, a column banner or a brief."""

    id: str  # "p{page}-{n}", n counting from 1 in reading order
    kind: ItemKind
    page: int
    column: str | None = None
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None  # whole dateline-and-byline prefix, e.g. 本报讯（记者 李雪峰）
    dateline: str | None = None  # e.g. 本报讯, 新华社北京1月18日电
    reporters: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    photos: tuple[Photo, ...] = ()
    continued_to: Link | None = None
    continued_from: Link | None = None

    @property
    def headline(self) -> str:
        """The best short label: title, else the first words of caption or body."""
        if self.title:
            return self.title
        for text in (*(p.caption for p in self.photos), *self.paragraphs, self.column or ""):
            if text:
                return text[:24] + ("…" if len(text) > 24 else "")
        return self.id

    def source_fields(self) -> Iterator[str]:
        """Every field that holds input text, in a fixed order (see module doc)."""
        for text in (self.column, self.kicker, self.title, self.subtitle, self.byline):
            if text:
                yield text
        yield from self.paragraphs
        for photo in self.photos:
            yield photo.caption
            if photo.credit:
                yield photo.credit
        for link in (self.continued_from, self.continued_to):
            if link is not None:
                yield link.marker


@dataclass(frozen=True)
class Page:
    """A printed page: its number, its name (要闻) if known, and its pieces in reading order."""

    number: int
    name: str | None
    items: tuple[Item, ...]
    source: str | None = None  # the file it came from
    # The page header line as printed (第03版：要闻), kept so no input text is lost.
    header: str | None = None


@dataclass(frozen=True)
class Mention:
    """Where an entity is named: piece, paragraph (-1 for the title) and character offsets."""

    item: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """A person, place or organisation with every mention in the edition."""

    name: str
    type: EntityType
    roles: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Edition:
    """A whole edition: paper, date, pages, and (once extracted) its entities."""

    paper: str | None
    date: str | None  # YYYY-MM-DD
    issue: str | None
    pages: tuple[Page, ...]
    entities: tuple[Entity, ...] = ()
    source: str | None = None  # the path it was loaded from
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def items(self) -> Iterator[Item]:
        """Every piece, page by page, in reading order."""
        for page in self.pages:
            yield from page.items

    @cached_property
    def _by_id(self) -> dict[str, Item]:
        return {item.id: item for item in self.items()}

    def item(self, item_id: str) -> Item | None:
        """The piece with this id, or None."""
        return self._by_id.get(item_id)

    def page(self, number: int) -> Page | None:
        """The page with this number, or None."""
        return next((p for p in self.pages if p.number == number), None)

    def story(self, item_id: str) -> list[Item]:
        """The opening piece of the story this piece belongs to, then its continuations."""
        item = self.item(item_id)
        if item is None:
            return []
        seen = {item.id}
        while item.continued_from and item.continued_from.item:
            prev = self.item(item.continued_from.item)
            if prev is None or prev.id in seen:
                break
            seen.add(prev.id)
            item = prev
        story = [item]
        while item.continued_to and item.continued_to.item:
            nxt = self.item(item.continued_to.item)
            if nxt is None or nxt.id in {s.id for s in story}:
                break
            story.append(nxt)
            item = nxt
        return story

    def with_entities(self, entities: tuple[Entity, ...]) -> Edition:
        """A copy of this edition carrying these entities."""
        return replace(self, entities=entities)
