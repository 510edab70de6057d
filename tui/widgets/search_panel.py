"""The search box on `/`: results as you type, grouped by page, with snippets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from parser.model import Edition
from tui.fit import Fitted, fit_padded
from tui.search_view import group_by_page, hit_heading, hit_title, snippet_text

if TYPE_CHECKING:
    from parser.search.hits import Hit

DEBOUNCE = 0.15  # seconds of quiet typing before a query runs
TITLE_CELLS = 28  # the title column of the result list


class SearchPanel(Vertical):
    """Hidden until `/`; posts Query after a pause in typing, Open when a hit is chosen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close search"),
        Binding("down", "focus_results", "Results", show=False),
    ]

    class Query(Message):
        """Run this query (debounced)."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Open(Message):
        """Open hit number ``index`` of the current results."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Closed(Message):
        """The panel was closed with escape."""

    def __init__(self, edition: Edition, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.edition = edition
        self.hits: Sequence[Hit] = ()
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Input(placeholder='搜索：汉字、拼音（ludongliang / ldl）、"短语"', id="search-input")
        yield OptionList(id="search-results")

    @property
    def query_text(self) -> str:
        return self.query_one("#search-input", Input).value

    def open(self) -> None:
        """Show the panel and put the cursor in the box."""
        self.display = True
        self.query_one("#search-input", Input).focus()

    def action_close(self) -> None:
        self.display = False
        self.post_message(self.Closed())

    def action_focus_results(self) -> None:
        self.query_one("#search-results", OptionList).focus()

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        query = event.value
        self._timer = self.set_timer(DEBOUNCE, lambda: self.post_message(self.Query(query)))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._timer is not None:  # enter before the pause: search now, then open
            self._timer.stop()
            self._timer = None
        self.post_message(self.Query(event.value))
        self.post_message(self.Open(0))

    def set_status(self, status: str) -> None:
        """A one-line message in place of results (indexing…, no match)."""
        results = self.query_one("#search-results", OptionList)
        results.set_options([Option(Text(status, style="italic dim"), disabled=True)])

    def set_hits(self, hits: Sequence[Hit]) -> None:
        """Show ``hits`` grouped by page (best page first), one line per hit."""
        self.hits = hits
        if not hits:
            self.set_status("没有找到" if self.query_text.strip() else "")
            return
        options: list[Option] = []
        title_cells = max(min(TITLE_CELLS, self.size.width // 4), 8)
        for page, indexes in group_by_page(hits):
            heading = Text(hit_heading(self.edition, page, len(indexes)), style="bold")
            options.append(Option(heading, disabled=True))
            previous = None
            for index in indexes[:50]:  # a page with hundreds of hits: n/N still reach all
                hit = hits[index]
                line = Text(no_wrap=True, overflow="ellipsis", end="")
                # The piece's title once, then its further hits under it.
                title = hit_title(self.edition, hit) if hit.item != previous else "  ·"
                previous = hit.item
                line.append_text(fit_padded(Text(title, style="bold"), title_cells))
                line.append("  ")
                line.append_text(snippet_text(hit))
                options.append(Option(Fitted(line), id=f"hit-{index}"))
        self.query_one("#search-results", OptionList).set_options(options)

    @on(OptionList.OptionSelected, "#search-results")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id and event.option_id.startswith("hit-"):
            self.post_message(self.Open(int(event.option_id.removeprefix("hit-"))))
