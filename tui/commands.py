"""Command palette (ctrl+p): go to a page, a piece or an entity."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from tui.entity_view import TYPE_NAMES
from tui.navigation import page_label, piece_label
from tui.safe_text import clean

if TYPE_CHECKING:
    from tui.screens.reader import ReaderScreen


class ReaderCommands(Provider):
    """Pages, pieces and (once extracted) entities of the open edition."""

    def _reader(self) -> ReaderScreen | None:
        from tui.screens.reader import ReaderScreen

        screen = self.screen
        return screen if isinstance(screen, ReaderScreen) else None

    def _entries(self) -> list[tuple[str, Callable[[], Any], str]]:
        reader = self._reader()
        if reader is None:
            return []
        edition = reader.edition
        entries: list[tuple[str, Callable[[], Any], str]] = []
        for page in edition.pages:
            label = page_label(edition, page.number)
            entries.append((f"版面 {label}", partial(reader.go_to_page, page.number), "go to page"))
        for item in edition.items():
            text = f"文章 {item.page}版 {piece_label(item)}"
            entries.append((text, partial(reader.open, item.id), "open this piece"))
        for index, entity in enumerate(reader.entities or ()):
            text = f"{TYPE_NAMES.get(entity.type, entity.type)} {clean(entity.name)}"
            entries.append((text, partial(reader.show_entity, index), "pieces naming it"))
        return entries

    async def discover(self) -> Hits:
        for text, command, help_text in self._entries()[:40]:
            yield DiscoveryHit(Content(text), command, text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, command, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), command, text=text, help=help_text)
