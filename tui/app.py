"""The kanbao app: a thin App around the reader screen (one factory for the CLI and tests)."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.screen import Screen

from parser.errors import EditionError
from parser.model import Edition
from tui.screens.reader import ReaderScreen


def human_size(size: int) -> str:
    """``1.5 MB`` for the loading screen."""
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"


def _reader_commands() -> type[Provider]:
    # Imported when the palette first opens, not at start-up.
    from tui.commands import ReaderCommands

    return ReaderCommands


class KanbaoApp(App[None]):
    """Quit, help, theme and the command palette; everything else is the reader screen."""

    CSS_PATH = "kanbao.tcss"
    TITLE = "看报 kanbao"
    COMMANDS: ClassVar = App.COMMANDS | {_reader_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("t", "change_theme", "Theme", show=False),
    ]

    def __init__(self, edition: Edition | None = None, path: Path | None = None) -> None:
        # No cyclic garbage collection until the first frame is painted: a full collection
        # over the objects that the imports created costs ~25 ms, right in the start-up path.
        gc.disable()
        super().__init__()
        self.edition = edition
        self.path = path
        self.error: EditionError | None = None

    def on_mount(self) -> None:
        self.call_after_refresh(gc.enable)

    def get_default_screen(self) -> Screen[None]:
        if self.edition is not None:
            return ReaderScreen(self.edition)
        assert self.path is not None
        from tui.screens.loading import LoadingScreen

        return LoadingScreen(self.path, human_size(input_size(self.path)))

    def show_edition(self, edition: Edition) -> None:
        """A worker finished loading: replace the loading screen with the reader."""
        self.edition = edition
        self.push_screen(ReaderScreen(edition))

    def fail(self, error: EditionError) -> None:
        """Loading failed: leave with the error, which the CLI prints as one line (exit 2)."""
        self.error = error
        self.exit(return_code=2)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())


def input_size(path: Path) -> int:
    """Bytes of text under ``path`` (a file, or the files of a folder)."""
    if path.is_file():
        return path.stat().st_size
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return 0


def create_app(path: Path | None = None, *, edition: Edition | None = None) -> KanbaoApp:
    """The app for an edition already loaded, or for ``path`` (loaded in a worker)."""
    if edition is None and path is None:
        from sample_editions import default_edition

        path = default_edition()
    return KanbaoApp(edition, path)
