"""Helpers building editions for the search tests from the model dataclasses."""

from __future__ import annotations

from parser.model import Edition, Item, Page


def article(item_id: str, **fields: object) -> Item:
    """A piece on the page its id names (``p2-1`` → page 2)."""
    page = int(item_id[1:].split("-")[0])
    kind = fields.pop("kind", "article")
    return Item(id=item_id, kind=kind, page=page, **fields)  # type: ignore[arg-type]


def edition_of(*items: Item) -> Edition:
    """An edition holding these pieces, grouped into pages by their page numbers."""
    pages: dict[int, list[Item]] = {}
    for item in items:
        pages.setdefault(item.page, []).append(item)
    return Edition(
        paper="云州日报",
        date="2023-05-04",
        issue=None,
        pages=tuple(Page(n, None, tuple(its)) for n, its in sorted(pages.items())),
    )
