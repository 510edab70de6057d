"""Back/forward history of places visited, like a browser's: pure and UI-free."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """Where the reader was: a piece, and optionally the match it was scrolled to.

    ``field``/``index``/``start``/``end`` locate a search hit inside the piece (field as in
    search hits, index = paragraph or photo number or -1); ``field`` None means the top.
    """

    item: str
    field: str | None = None
    index: int = -1
    start: int = 0
    end: int = 0


class History:
    """A list of places with a cursor; visiting a new place drops the forward part."""

    def __init__(self, limit: int = 500) -> None:
        self._places: list[Place] = []
        self._cursor = -1
        self._limit = limit

    @property
    def current(self) -> Place | None:
        """The place shown now, or None before the first visit."""
        return self._places[self._cursor] if self._cursor >= 0 else None

    def visit(self, place: Place) -> None:
        """Record a new place (no-op when it is the current one)."""
        if self.current == place:
            return
        del self._places[self._cursor + 1 :]
        self._places.append(place)
        if len(self._places) > self._limit:
            del self._places[0]
        self._cursor = len(self._places) - 1

    def back(self) -> Place | None:
        """Step back; returns the place to show, or None at the start."""
        if self._cursor <= 0:
            return None
        self._cursor -= 1
        return self._places[self._cursor]

    def forward(self) -> Place | None:
        """Step forward; returns the place to show, or None at the end."""
        if self._cursor >= len(self._places) - 1:
            return None
        self._cursor += 1
        return self._places[self._cursor]

    @property
    def can_go_back(self) -> bool:
        return self._cursor > 0

    @property
    def can_go_forward(self) -> bool:
        return self._cursor < len(self._places) - 1
