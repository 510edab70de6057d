"""Slow work for the reader's threads: entities and the search index, as messages.

Each function calls the parser (imported here, lazily: jieba, pypinyin and opencc must not
load before the first frame) and returns the message the screen handles; a failure becomes a
message too, so a broken extractor never takes the reader down.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.message import Message

from parser.model import Edition, Entity

if TYPE_CHECKING:
    from parser.search.hits import Hit


class EntitiesReady(Message):
    """The entity worker finished (``entities`` None: it failed, ``status`` says why)."""

    def __init__(self, entities: tuple[Entity, ...] | None, status: str = "") -> None:
        super().__init__()
        self.entities = entities
        self.status = status


class IndexReady(Message):
    """The search index is built (``index`` None: search is unavailable)."""

    def __init__(self, index: object | None, status: str = "") -> None:
        super().__init__()
        self.index = index
        self.status = status


class SearchResults(Message):
    """Hits for ``query``, best first."""

    def __init__(self, query: str, hits: Sequence[Hit]) -> None:
        super().__init__()
        self.query = query
        self.hits = hits


def extract(edition: Edition) -> EntitiesReady:
    """Extract the edition's entities (seconds on a big edition: run it in a thread)."""
    try:
        from parser.entities import extract_entities

        return EntitiesReady(tuple(extract_entities(edition)))
    except Exception as err:
        return EntitiesReady(None, f"实体不可用：{type(err).__name__}")


def build_index(edition: Edition) -> IndexReady:
    """Build the search index (run it in a thread)."""
    try:
        from parser.search import build_index as build

        return IndexReady(build(edition))
    except Exception as err:
        return IndexReady(None, f"搜索不可用：{type(err).__name__}")
