"""Entity extraction: people (with roles), places and organisations.

``extract_entities(edition)`` for a whole edition, ``tag_text(text)`` for one text.
Importing this package is cheap: jieba loads on the first call (about half a second).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parser.model import Edition, Entity


def extract_entities(edition: Edition) -> tuple[Entity, ...]:
    """People, places and organisations of ``edition``, sorted by type then mention count."""
    from parser.entities.edition import extract_entities as extract

    return extract(edition)


def tag_text(text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) spans in one standalone text; type is person, place or org."""
    from parser.entities.tagger import tag_text as tag

    return [(a, b, kind) for a, b, kind in tag(text)]


__all__ = ["extract_entities", "tag_text"]
