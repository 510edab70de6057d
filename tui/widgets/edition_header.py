"""The top line: paper, date, page, and what is happening in the background."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from parser.model import Edition
from tui.navigation import page_label
from tui.safe_text import clean


class EditionHeader(Widget):
    """``北岭日报  2024-05-18  第12345号 │ 第1版 要闻``, and a status at the right."""

    page: reactive[int | None] = reactive(None)
    status: reactive[str] = reactive("")

    def __init__(self, edition: Edition, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.edition = edition

    def render(self) -> Text:
        ed = self.edition
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(" 看报 ", style="reverse bold")
        text.append(" ")
        # No paper name in a bare page file: its file name says which page this is.
        name = ed.paper or (Path(ed.source).name if ed.source else "")
        text.append(clean(name or "（报名不详）"), style="bold")
        for part in (ed.date, ed.issue):
            if part:
                text.append("  " + clean(part))
        if self.page is not None:
            text.append(" │ ", style="dim")
            text.append(page_label(ed, self.page), style="bold")
        if self.status:
            gap = self.content_size.width - text.cell_len - cell_len(self.status) - 1
            text.append(" " * max(gap, 2))
            text.append(self.status, style="italic dim")
        return text
