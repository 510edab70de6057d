"""Which texts of a piece are searched, in the order the reader shows them."""

from __future__ import annotations

from typing import Literal, NamedTuple

from parser.model import Item

FieldName = Literal[
    "column", "kicker", "title", "subtitle", "byline", "paragraph", "caption", "credit"
]

# Ranking tiers: a hit in the title outranks the kicker, subtitle and banner, which outrank
# the body (paragraphs, byline, captions, credits).
TIER: dict[str, int] = {
    "title": 3,
    "kicker": 2,
    "subtitle": 2,
    "column": 2,
    "byline": 1,
    "paragraph": 1,
    "caption": 1,
    "credit": 1,
}


class SearchField(NamedTuple):
    """One searchable text: its field, its paragraph or photo index (-1 otherwise), text."""

    field: FieldName
    paragraph: int
    text: str


def reading_fields(item: Item) -> list[SearchField]:
    """The piece's non-empty texts in reading order.

    Headline parts and byline come first; each photo's caption and credit follow the
    paragraph it followed on the page (``Photo.after_paragraph``; -1: before the body).
    """
    out: list[SearchField] = []
    for name, text in (
        ("column", item.column),
        ("kicker", item.kicker),
        ("title", item.title),
        ("subtitle", item.subtitle),
        ("byline", item.byline),
    ):
        if text:
            out.append(SearchField(name, -1, text))  # type: ignore[arg-type]
    photos_after: dict[int, list[int]] = {}
    last = len(item.paragraphs) - 1
    for n, photo in enumerate(item.photos):
        photos_after.setdefault(min(max(photo.after_paragraph, -1), last), []).append(n)

    def add_photos(after: int) -> None:
        for n in photos_after.get(after, ()):
            photo = item.photos[n]
            if photo.caption:
                out.append(SearchField("caption", n, photo.caption))
            if photo.credit:
                out.append(SearchField("credit", n, photo.credit))

    add_photos(-1)
    for n, paragraph in enumerate(item.paragraphs):
        if paragraph:
            out.append(SearchField("paragraph", n, paragraph))
        add_photos(n)
    return out
