"""The kanbao app: a thin App around the reader screen (one factory for the CLI and tests)."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.screen import Screen

from parser.errors import EditionError
from parser.model import Edition
from tui.preload import input_size
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

    def __init__(
        self,
        edition: Edition | None = None,
        path: Path | None = None,
        *,
        pending: Callable[[], Edition] | None = None,
    ) -> None:
        # No cyclic garbage collection until the first frame is painted: a full collection
        # over the objects that the imports created costs ~25 ms, right in the start-up path.
        gc.disable()
        super().__init__()
        self.edition = edition
        self.path = path
        self.error: EditionError | None = None
        # The edition still being parsed (in a child process: tui.preload), taken on Load.
        self.pending = pending
        # Set by the CLI, whose process holds one app: tests run many apps in one process.
        self.freeze_gc = False

    def on_load(self) -> None:
        # Load comes before the terminal is switched to the app, so a bad input exits with
        # its one-line error and the screen never flashes.
        if self.pending is not None:
            pending, self.pending = self.pending, None
            try:
                self.edition = pending()
            except EditionError as error:
                self.fail(error)

    def on_mount(self) -> None:
        self.call_after_refresh(self._resume_gc)

    def _resume_gc(self) -> None:
        if self.freeze_gc:
            # What lives now (modules, the edition, the widgets) lives as long as the app: kept
            # out of the collector, so its first collections do not walk it all (~5 ms, ~20 ms).
            gc.freeze()
        gc.enable()

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


def create_app(path: Path | None = None, *, edition: Edition | None = None) -> KanbaoApp:
    """The app for an edition already loaded, or for ``path`` (loaded in a worker)."""
    if edition is None and path is None:
        from sample_editions import default_edition

        path = default_edition()
    return KanbaoApp(edition, path)
