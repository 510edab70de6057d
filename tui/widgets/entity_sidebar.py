"""The entity sidebar: this piece's (or the edition's) people, places and organisations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Label, OptionList, Switch
from textual.widgets.option_list import Option

from parser.model import Edition, Entity
from tui.entity_view import TYPE_NAMES, entity_groups, pieces_mentioning
from tui.fit import Fitted
from tui.navigation import piece_label
from tui.safe_text import clean

BACK = "back"


class EntityList(OptionList):
    """The list inside the sidebar (j/k move like everywhere else)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]


class EntitySidebar(Vertical):
    """Lists entities; choosing one lists the pieces naming it; choosing a piece opens it."""

    class PieceChosen(Message):
        """Open piece ``item_id`` (picked from an entity's pieces)."""

        def __init__(self, item_id: str) -> None:
            super().__init__()
            self.item_id = item_id

    def __init__(self, edition: Edition, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.edition = edition
        self.entities: Sequence[Entity] | None = None  # None until extraction finishes
        self.status = "实体提取中…"
        self.item_id: str | None = None
        self.chosen: int | None = None  # index of the entity whose pieces are listed

    def compose(self) -> ComposeResult:
        with Horizontal(id="entity-scope"):
            yield Label("本篇")
            yield Switch(False, id="whole-edition", tooltip="list the whole edition's entities")
            yield Label("全报")
        yield EntityList(id="entity-list")

    def on_mount(self) -> None:
        self.border_title = "人物·地点·机构"
        self._fill()

    @property
    def whole_edition(self) -> bool:
        return self.query_one("#whole-edition", Switch).value

    def set_entities(self, entities: Sequence[Entity] | None, status: str = "") -> None:
        """Entities are ready (or failed: ``entities`` None and a status to show)."""
        self.entities = entities
        self.status = status
        self._fill()

    def show_piece(self, item_id: str) -> None:
        """The reader opened ``item_id``: list its entities (unless the edition is shown)."""
        self.item_id = item_id
        if not self.whole_edition and self.chosen is None:
            self._fill()

    def choose(self, index: int) -> None:
        """List the pieces naming entity ``index`` (used by the command palette too)."""
        self.chosen = index
        self._fill()
        # The cursor on the first piece (not on "back"): enter opens it straight away.
        entity_list = self.query_one(EntityList)
        if entity_list.option_count > 1:
            entity_list.highlighted = 1

    @on(Switch.Changed, "#whole-edition")
    def _scope_changed(self) -> None:
        self.chosen = None
        self._fill()

    def _fill(self) -> None:
        options: list[Option] = []
        if self.entities is None:
            options.append(Option(Text(self.status, style="italic"), disabled=True))
        elif self.chosen is not None:
            options.extend(self._pieces_options(self.entities[self.chosen]))
        else:
            scope = None if self.whole_edition else {self.item_id or ""}
            groups = entity_groups(self.entities, scope)
            for kind, rows in groups:
                options.append(Option(Text(TYPE_NAMES[kind], style="bold"), disabled=True))
                for row in rows:
                    line = Text(no_wrap=True, overflow="ellipsis", end="")
                    line.append(clean(row.entity.name))
                    line.append(f" ×{row.count}", style="dim")
                    if row.entity.roles:
                        line.append(" " + clean("、".join(row.entity.roles)), style="italic dim")
                    options.append(Option(Fitted(line), id=f"entity-{row.index}"))
            if not groups:
                options.append(Option(Text("（无）", style="dim"), disabled=True))
        entity_list = self.query_one(EntityList)
        entity_list.set_options(options)

    def _pieces_options(self, entity: Entity) -> list[Option]:
        back = Text(f"← {clean(entity.name)}：提到的文章", no_wrap=True, end="")
        options = [Option(Fitted(back), id=BACK)]
        for item_id, count in pieces_mentioning(self.edition, entity):
            item = self.edition.item(item_id)
            if item is None:
                continue
            line = Text(no_wrap=True, overflow="ellipsis", end="")
            line.append(f"{item.page}版 ", style="dim")
            line.append(piece_label(item))
            count_text = Text(f" ×{count}", style="dim")  # stays when the title is cut
            options.append(Option(Fitted(line, count_text), id=f"piece-{item_id}"))
        return options

    @on(OptionList.OptionSelected, "#entity-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        key = event.option_id or ""
        if key == BACK:
            self.chosen = None
            self._fill()
        elif key.startswith("entity-"):
            self.choose(int(key.removeprefix("entity-")))
        elif key.startswith("piece-"):
            self.post_message(self.PieceChosen(key.removeprefix("piece-")))
