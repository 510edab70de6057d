"""``kanbao [PATH]``: load the edition, then run the reader."""

from __future__ import annotations

import gc
from pathlib import Path

from tui.preload import input_size, start_loading

# Inputs above this load in a worker behind a progress screen; smaller ones load before the
# first frame, so a bad file is one line on stderr and never a flash of an empty screen.
LARGE_INPUT = 2_000_000  # bytes


def run_reader(path: Path | None) -> int:
    """Open the reader on ``path`` (None: the bundled sample); returns the exit status.

    Raises parser.errors.EditionError for bad input; tui/cli.py prints it and exits 2.
    """
    gc.disable()  # until the first frame (the app turns it back on): see KanbaoApp
    try:
        if path is None:
            from sample_editions import default_edition

            path = default_edition()
        if path.exists() and input_size(path) > LARGE_INPUT:
            from tui.app import create_app

            app = create_app(path)
        else:
            # The parser runs in a child while this process imports and starts the UI; the
            # app takes the edition on Load, before it switches the terminal (tui.preload).
            finish = start_loading(path)
            from tui.app import KanbaoApp

            app = KanbaoApp(path=path, pending=finish)
        app.freeze_gc = True
        app.run()
    finally:
        gc.enable()
    if app.error is not None:
        raise app.error
    return app.return_code or 0
