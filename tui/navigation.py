"""Where keys lead: reading order, pages, jump-link labels and the section list's rows.

Pure functions of the edition model, so every rule here is unit-tested without a screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from parser.model import Edition, Item, Link
from tui.safe_text import clean

LABEL_CHARS = 24  # first words shown for an untitled piece

# Marks in the section list, one cell each so columns line up in any terminal.
MARK_PHOTO = "▣"
MARK_CONTINUED = "»"
MARK_CONTINUATION = "«"
MARK_READ = "✓"


def reading_order(edition: Edition) -> list[str]:
    """Every piece id, page by page, in reading order."""
    return [item.id for item in edition.items()]


def step_piece(edition: Edition, current: str | None, delta: int) -> str | None:
    """The piece ``delta`` steps from ``current`` in reading order (None past either end)."""
    order = reading_order(edition)
    if not order:
        return None
    if current not in order:
        return order[0]
    index = order.index(current) + delta
    return order[index] if 0 <= index < len(order) else None


def step_page(edition: Edition, current: str | None, delta: int) -> str | None:
    """The first piece of the page ``delta`` pages from the one holding ``current``."""
    pages = [page for page in edition.pages if page.items]
    if not pages:
        return None
    item = edition.item(current) if current else None
    numbers = [page.number for page in pages]
    if item is None or item.page not in numbers:
        return pages[0].items[0].id
    index = numbers.index(item.page) + delta
    return pages[index].items[0].id if 0 <= index < len(pages) else None


def position_label(edition: Edition, item_id: str) -> str:
    """``第3版 · 2/6``: where a piece sits on its page."""
    item = edition.item(item_id)
    page = edition.page(item.page) if item else None
    if item is None or page is None:
        return ""
    ids = [piece.id for piece in page.items]
    return f"第{item.page}版 · {ids.index(item_id) + 1}/{len(ids)}"


def page_label(edition: Edition, number: int) -> str:
    """``第3版 要闻`` (name only when known)."""
    page = edition.page(number)
    name = page.name if page and page.name else ""
    return clean(f"第{number}版 {name}".strip())


def piece_label(item: Item) -> str:
    """What the section list calls a piece: its title, or the first words of its text."""
    if item.title:
        return clean(item.title)
    for text in (*(p.caption for p in item.photos), *item.paragraphs, item.column or ""):
        if text:
            text = clean(text)
            return text[:LABEL_CHARS] + ("…" if len(text) > LABEL_CHARS else "")
    if item.byline:
        return clean(item.byline)
    return item.id


Direction = Literal["to", "from"]


@dataclass(frozen=True)
class JumpLabel:
    """The text of a jump link and whether it can be followed."""

    text: str
    target: str | None  # piece id to open; None for a dangling jump
    reason: str = ""  # why a dangling jump cannot be followed, in a few words


def jump_label(edition: Edition, link: Link, direction: Direction) -> JumpLabel:
    """``下转第3版 · <title>`` / ``上接第1版 · <title>``, or plain words that the page is absent."""
    verb = "下转" if direction == "to" else "上接"
    target = edition.item(link.item) if link.item else None
    if target is None:
        if edition.page(link.page) is None:
            why = f"第{link.page}版不在本期报纸中"
        else:
            why = f"第{link.page}版上没有找到接续的文章"
        marker = clean(link.marker).strip()
        # A full-width bracket brings its own space: no blank before （下转第三版）.
        gap = "" if marker.startswith("（") else " "
        return JumpLabel(f"{verb}第{link.page}版 · {why}{gap}{marker}", None, why)
    return JumpLabel(f"{verb}第{link.page}版 · {piece_label(target)}", target.id)


@dataclass(frozen=True)
class SectionRow:
    """One row of the section list: a page heading or a piece with its marks."""

    kind: Literal["page", "piece"]
    key: str  # "page-3" or the piece id
    label: str
    marks: str = ""  # photo / continued / continuation, in that order


def piece_marks(item: Item) -> str:
    """The marks a piece carries (read is added by the list, it changes while reading)."""
    marks = ""
    if item.photos or item.kind == "photo":
        marks += MARK_PHOTO
    if item.continued_to is not None:
        marks += MARK_CONTINUED
    if item.continued_from is not None:
        marks += MARK_CONTINUATION
    return marks


def section_rows(edition: Edition) -> list[SectionRow]:
    """Pages as headings, their pieces under them, in reading order."""
    rows: list[SectionRow] = []
    for page in edition.pages:
        rows.append(SectionRow("page", f"page-{page.number}", page_label(edition, page.number)))
        for item in page.items:
            rows.append(SectionRow("piece", item.id, piece_label(item), piece_marks(item)))
    return rows
