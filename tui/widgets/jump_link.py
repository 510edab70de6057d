"""A 下转/上接 jump link: focusable, followed with enter or a click."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget

from tui.navigation import JumpLabel
from tui.typeset import typeset


class JumpLink(Widget, can_focus=True):
    """Shows a jump label; a dangling one says so and cannot be followed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "follow", "Follow link", show=False),
    ]

    class Followed(Message):
        """The user followed a link to piece ``target``."""

        def __init__(self, target: str) -> None:
            super().__init__()
            self.target = target

    def __init__(self, label: JumpLabel | None, direction: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.direction = direction
        self.label = JumpLabel("", None)
        self.text = ""
        self.set_label(label)

    def set_label(self, label: JumpLabel | None) -> None:
        """Show this link (None: the piece has no such jump; the widget hides)."""
        self.display = label is not None
        if label is None:
            return
        self.label = label
        self.text = ("↳ " if self.direction == "to" else "↰ ") + label.text
        self.set_class(label.target is None, "-dangling")
        self.tooltip = (
            "enter or click to follow" if label.target else "the target is not in this edition"
        )
        self.refresh(layout=True)

    def _lines(self, width: int) -> list[Text]:
        # Typeset like the body, so a long label never breaks before 。 or ）.
        return typeset(self.text, max(width, 2), indent=0)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    def render(self) -> Text:
        return Text("\n").join(self._lines(self.content_size.width))

    def action_follow(self) -> None:
        if self.label.target is not None:
            self.post_message(self.Followed(self.label.target))
        else:
            self.notify(self.label.reason, severity="warning")

    async def _on_click(self, event: events.Click) -> None:
        event.stop()
        self.action_follow()
