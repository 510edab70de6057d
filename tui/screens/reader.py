"""The reader screen: wires the header, section list, article pane, sidebar and search."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import MountError
from textual.widgets import Footer

from parser.model import Edition, Entity
from tui.background import EntitiesReady, IndexReady, SearchResults, build_index, extract
from tui.history import History, Place
from tui.navigation import jump_label, position_label, step_page, step_piece
from tui.widgets.article_view import ArticleView
from tui.widgets.edition_header import EditionHeader
from tui.widgets.jump_link import JumpLink
from tui.widgets.section_list import SectionList

if TYPE_CHECKING:  # imported when first shown: start-up pays only for what it draws
    from parser.search.hits import Hit
    from tui.widgets.entity_sidebar import EntitySidebar
    from tui.widgets.search_panel import SearchPanel

NARROW = 110  # below this many columns the sidebar starts hidden (the article keeps ~70)
TINY = 72  # below this, a shown sidebar replaces the section list (the article keeps ~25)


class ReaderScreen(Screen[None]):
    """One edition on screen; every jump goes through ``open`` and the history."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left_square_bracket", "step_piece(-1)", "Prev", key_display="["),
        Binding("right_square_bracket", "step_piece(1)", "Next", key_display="]"),
        Binding("left_curly_bracket", "step_page(-1)", "Prev page", key_display="{", show=False),
        Binding("right_curly_bracket", "step_page(1)", "Next page", key_display="}", show=False),
        Binding("greater_than_sign", "follow('to')", "下转", key_display=">"),
        Binding("less_than_sign", "follow('from')", "上接", key_display="<"),
        Binding("backspace,alt+left", "back", "Back", key_display="⌫"),
        Binding("alt+right", "forward", "Forward", show=False),
        Binding("slash", "search", "Search", key_display="/"),
        Binding("n", "step_hit(1)", "Next hit", show=False),
        Binding("N", "step_hit(-1)", "Prev hit", show=False),
        Binding("e", "toggle_entities", "Entities"),
        Binding("s", "toggle_sidebar", "Sidebar", show=False),
        Binding("c", "toggle_story", "Story", show=False),
    ]

    AUTO_FOCUS = "ArticleView"  # focused before the first paint: no repaint for the border

    def __init__(self, edition: Edition) -> None:
        super().__init__()
        self.edition = edition
        self.history = History()
        self.index: object | None = None
        self.index_status = "正在建立搜索索引…"
        self.hits: Sequence[Hit] = ()
        self.hits_query: str | None = None
        self.hit_pos = -1
        self._open_when_ready: int | None = None
        self._pending_query: str | None = None
        self.entities: tuple[Entity, ...] | None = None  # None until extraction finishes
        self.entities_status = "实体提取中…"

    def compose(self) -> ComposeResult:
        # The sidebar and the search panel are mounted after the first frame / on first use:
        # start-up must stay close to that of a one-widget app.
        first = step_piece(self.edition, None, 0)
        yield EditionHeader(self.edition, id="header")
        with Horizontal(id="body"):
            yield SectionList(self.edition, id="sections")
            yield ArticleView(self.edition, first, id="article")
        yield Footer(compact=True)

    # -- start-up ------------------------------------------------------------------------
    async def on_mount(self) -> None:
        article = self.query_one(ArticleView)
        if article.item_id is not None:  # composed already: record it and mark it
            await self.open(article.item_id)
        # Slow work only after the first frame is on screen.
        self.call_after_refresh(self._start_background_work)

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW, "-narrow")
        self.set_class(self.size.width < TINY, "-tiny")

    async def _start_background_work(self) -> None:
        if self.app.size.width >= NARROW:
            try:
                await self._ensure_sidebar()
            except MountError:  # the app is already closing (q before the first frame)
                return
        self.query_one(EditionHeader).status = "实体提取中…"
        # One after the other, quick one first: two at once raised peak memory by ~150 MB
        # (transient allocations overlapping) and made the UI fight two threads for the GIL.
        self._build_index()

    @work(thread=True, exclusive=True, group="entities")
    def _extract_entities(self) -> None:
        self.post_message(extract(self.edition))

    @work(thread=True, exclusive=True, group="index")
    def _build_index(self) -> None:
        self.post_message(build_index(self.edition))

    @on(EntitiesReady)
    def _entities_ready(self, message: EntitiesReady) -> None:
        self.entities, self.entities_status = message.entities, message.status
        article = self.query_one(ArticleView)
        article.set_entities(message.entities or ())
        if (sidebar := self.sidebar) is not None:
            sidebar.set_entities(message.entities, message.status)
        self.query_one(EditionHeader).status = message.status

    @property
    def sidebar(self) -> EntitySidebar | None:
        """The entity sidebar, once mounted."""
        found = self.query("#sidebar")
        return found.first() if found else None  # type: ignore[return-value]

    async def _ensure_sidebar(self) -> EntitySidebar:
        sidebar = self.sidebar
        if sidebar is None:
            from tui.widgets.entity_sidebar import EntitySidebar

            sidebar = EntitySidebar(self.edition, id="sidebar")
            await self.query_one("#body").mount(sidebar)
            self.set_class(True, "-sidebar")
            sidebar.set_entities(self.entities, self.entities_status)
            if self.current is not None:
                sidebar.show_piece(self.current)
        return sidebar

    @property
    def _search_panel(self) -> SearchPanel:
        return self.query_one("#search")  # type: ignore[return-value]

    async def _ensure_search(self) -> SearchPanel:
        found = self.query("#search")
        if found:
            return found.first()  # type: ignore[return-value]
        from tui.widgets.search_panel import SearchPanel

        panel = SearchPanel(self.edition, id="search")
        await self.mount(panel, before="#body")
        return panel

    @on(IndexReady)
    def _index_ready(self, message: IndexReady) -> None:
        self._extract_entities()
        self.index = message.index
        self.index_status = message.status
        if self._pending_query is not None:
            self._run_search(self._pending_query)
            self._pending_query = None

    # -- opening pieces -------------------------------------------------------------------
    async def open(self, item_id: str, target: Place | None = None, *, record: bool = True) -> None:
        """Show a piece (scrolled to ``target``), and record it in the history."""
        item = self.edition.item(item_id)
        if item is None:
            return
        place = target or Place(item_id)
        if record:
            self.history.visit(place)
        article = self.query_one(ArticleView)
        await article.show(item_id, place)
        article.border_title = position_label(self.edition, item_id)
        self.query_one(SectionList).mark_current(item_id)
        self.query_one(EditionHeader).page = item.page
        if (sidebar := self.sidebar) is not None:
            sidebar.show_piece(item_id)

    @property
    def current(self) -> str | None:
        return self.query_one(ArticleView).item_id

    @on(SectionList.PieceChosen)
    async def _piece_chosen(self, message: SectionList.PieceChosen) -> None:
        await self.open(message.item_id)

    async def on_entity_sidebar_piece_chosen(self, message: EntitySidebar.PieceChosen) -> None:
        await self.open(message.item_id)

    @on(JumpLink.Followed)
    async def _link_followed(self, message: JumpLink.Followed) -> None:
        await self.open(message.target)

    async def action_step_piece(self, delta: int) -> None:
        target = step_piece(self.edition, self.current, delta)
        if target is None:
            self.notify("已是最后一篇" if delta > 0 else "已是第一篇")
        else:
            await self.open(target)

    async def action_step_page(self, delta: int) -> None:
        target = step_page(self.edition, self.current, delta)
        if target is None:
            self.notify("已是最后一版" if delta > 0 else "已是第一版")
        else:
            await self.open(target)

    async def action_follow(self, direction: str) -> None:
        item = self.edition.item(self.current or "")
        if item is None:
            return
        link = item.continued_to if direction == "to" else item.continued_from
        if link is None:
            self.notify("本文没有下转" if direction == "to" else "本文没有上接")
            return
        label = jump_label(self.edition, link, "to" if direction == "to" else "from")
        if label.target is None:
            self.notify(label.reason, severity="warning")
        else:
            await self.open(label.target)

    async def action_back(self) -> None:
        place = self.history.back()
        if place is None:
            self.notify("没有更早的历史")
        else:
            await self.open(place.item, place, record=False)

    async def action_forward(self) -> None:
        place = self.history.forward()
        if place is None:
            self.notify("没有后续的历史")
        else:
            await self.open(place.item, place, record=False)

    # -- search ----------------------------------------------------------------------------
    async def action_search(self) -> None:
        (await self._ensure_search()).open()

    def on_search_panel_closed(self) -> None:
        self.query_one(ArticleView).focus()

    def on_search_panel_query(self, message: SearchPanel.Query) -> None:
        if message.query == self.hits_query:
            return
        if self.index is None:
            self._pending_query = message.query
            self._search_panel.set_status(self.index_status)
            return
        self._run_search(message.query)

    @work(thread=True, exclusive=True, group="search")
    def _run_search(self, query: str) -> None:
        hits: Sequence[Hit] = []
        if query.strip() and self.index is not None:
            hits = self.index.search(query)  # type: ignore[attr-defined]
        self.post_message(SearchResults(query, hits))

    @on(SearchResults)
    async def _results(self, message: SearchResults) -> None:
        panel = self._search_panel
        if message.query != panel.query_text:
            return  # typing went on; a newer query is coming
        self.hits, self.hits_query, self.hit_pos = message.hits, message.query, -1
        panel.set_hits(message.hits)
        if self._open_when_ready is not None:
            index, self._open_when_ready = self._open_when_ready, None
            await self._open_hit(index)

    async def on_search_panel_open(self, message: SearchPanel.Open) -> None:
        panel = self._search_panel
        if self.hits_query != panel.query_text:
            self._open_when_ready = message.index  # results for this text are on the way
            return
        await self._open_hit(message.index)

    async def _open_hit(self, index: int) -> None:
        if not self.hits:
            self.notify("没有找到", severity="warning")
            return
        panel = self._search_panel
        panel.display = False
        self.hit_pos = index % len(self.hits)
        hit = self.hits[self.hit_pos]
        place = Place(hit.item, hit.field, hit.paragraph, hit.start, hit.end)
        await self.open(hit.item, place)
        self.query_one(ArticleView).focus()
        self.notify(f"第{self.hit_pos + 1}/{len(self.hits)}处", timeout=1.5)

    async def action_step_hit(self, delta: int) -> None:
        if not self.hits:
            self.notify("先按 / 搜索")
            return
        await self._open_hit(self.hit_pos + delta)

    # -- toggles ----------------------------------------------------------------------------
    def action_toggle_entities(self) -> None:
        article = self.query_one(ArticleView)
        article.show_entities = not article.show_entities
        article.refresh_marks()
        if article.show_entities and not article.entities:
            self.notify(self.entities_status or "本报没有识别出实体")
        else:
            state = "开" if article.show_entities else "关"
            self.notify(f"实体高亮：{state}（人名、地名、机构名）", timeout=1.5)

    async def action_toggle_sidebar(self) -> None:
        sidebar = self.sidebar
        if sidebar is None:
            sidebar = await self._ensure_sidebar()
        else:
            sidebar.display = not sidebar.display
        # In a tiny terminal the sidebar takes the section list's place (see kanbao.tcss).
        self.set_class(bool(sidebar.display), "-sidebar")

    async def action_toggle_story(self) -> None:
        article = self.query_one(ArticleView)
        article.story_mode = not article.story_mode
        self.notify("连续阅读：整篇接续" if article.story_mode else "逐篇阅读")
        if self.current is not None:
            await article.show(self.current)

    # -- used by the command palette ---------------------------------------------------------
    async def go_to_page(self, number: int) -> None:
        page = self.edition.page(number)
        if page is not None and page.items:
            await self.open(page.items[0].id)

    async def show_entity(self, index: int) -> None:
        sidebar = await self._ensure_sidebar()
        sidebar.display = True
        self.set_class(True, "-sidebar")
        sidebar.choose(index)
        sidebar.query_one("#entity-list").focus()
