"""The section list: pages as headings, their pieces under them, with marks."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from parser.model import Edition
from tui.navigation import MARK_READ, SectionRow, section_rows


class SectionList(OptionList):
    """Pick a piece with j/k or arrows and enter, or a click."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    class PieceChosen(Message):
        """The user chose piece ``item_id`` in the list."""

        def __init__(self, item_id: str) -> None:
            super().__init__()
            self.item_id = item_id

    def __init__(self, edition: Edition, *, id: str | None = None) -> None:
        self.rows = {row.key: row for row in section_rows(edition)}
        self.read: set[str] = set()
        super().__init__(*(self._option(row) for row in self.rows.values()), id=id)

    def _prompt(self, row: SectionRow) -> Text:
        if row.kind == "page":
            return Text(row.label, style="bold", no_wrap=True, overflow="ellipsis")
        read = row.key in self.read
        marks = row.marks.ljust(2) + (MARK_READ if read else " ")
        prompt = Text(no_wrap=True, overflow="ellipsis", end="")
        prompt.append(marks + " ", style="dim")
        prompt.append(row.label, style="dim" if read else "")
        return prompt

    def _option(self, row: SectionRow) -> Option:
        return Option(self._prompt(row), id=row.key, disabled=row.kind == "page")

    def mark_current(self, item_id: str) -> None:
        """Highlight ``item_id`` and mark it read."""
        if item_id not in self.rows:
            return
        if item_id not in self.read:
            self.read.add(item_id)
            self.replace_option_prompt(item_id, self._prompt(self.rows[item_id]))
        index = self.get_option_index(item_id)
        if self.highlighted != index:
            self.highlighted = index

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id is not None:
            self.post_message(self.PieceChosen(event.option_id))
