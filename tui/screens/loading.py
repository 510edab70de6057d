"""Shown while a large input loads in a worker, so the terminal never looks frozen."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import LoadingIndicator, Static

from tui.safe_text import clean


class LoadingScreen(Screen[None]):
    """Loads ``path`` in a thread; the app swaps in the reader when it is done."""

    def __init__(self, path: Path, size_text: str) -> None:
        super().__init__()
        self.path = path
        self.size_text = size_text

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(Text(f"正在载入 {clean(str(self.path))}（{self.size_text}）…"))
            yield LoadingIndicator()

    def on_mount(self) -> None:
        self._load()

    @work(thread=True, exclusive=True)
    def _load(self) -> None:
        from parser.errors import EditionError
        from parser.loader import load_edition

        try:
            edition = load_edition(self.path)
        except EditionError as err:
            self.app.call_from_thread(self.app.fail, err)  # type: ignore[attr-defined]
        else:
            self.app.call_from_thread(self.app.show_edition, edition)  # type: ignore[attr-defined]
