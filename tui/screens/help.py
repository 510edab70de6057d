"""The `?` help screen: every key of the reader."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.navigation import MARK_CONTINUATION, MARK_CONTINUED, MARK_PHOTO, MARK_READ

KEYS: tuple[tuple[str, str], ...] = (
    ("tab / shift+tab", "下一个 / 上一个窗格 · next / previous pane"),
    ("j k ↑ ↓", "移动、滚动 · move, scroll"),
    ("space pgdn pgup", "翻页 · page down, page up"),
    ("home end", "到开头 / 到末尾 · first, last"),
    ("enter", "打开 · open the piece, hit or link under the cursor"),
    ("[  ]", "上一篇 / 下一篇 · previous / next piece"),
    ("{  }", "上一版 / 下一版 · previous / next page"),
    (">", "下转：跳到接续的文章 · follow 下转 to the continuation"),
    ("<", "上接：回到上文 · back to 上接"),
    ("backspace / alt+←", "后退 · back in history"),
    ("alt+→", "前进 · forward in history"),
    ("/", '搜索（汉字、拼音、"短语"）· search'),
    ("n  N", "下一处 / 上一处匹配 · next / previous hit"),
    ("escape", "关闭搜索 · close search"),
    ("e", "标出人名、地名、机构名 · highlight entities"),
    ("s", "显示/隐藏实体栏 · show / hide the entity sidebar"),
    ("c", "连续阅读整篇（含接续）· read a continued story straight through"),
    ("ctrl+p", "命令面板：跳到版面、文章、实体 · command palette"),
    ("t", "更换主题 · change theme"),
    ("?", "本帮助 · this help"),
    ("q", "退出 · quit"),
)


# What the section list's marks mean: nowhere else says it.
MARKS_LEGEND = (
    f"版面标记：{MARK_PHOTO} 有图片  {MARK_CONTINUED} 下转他版  "
    f"{MARK_CONTINUATION} 上接他版  {MARK_READ} 已读"
)


class HelpScreen(ModalScreen[None]):
    """A table of keys; any of escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close help"),
    ]

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for key, what in KEYS:
            table.add_row(Text(key), Text(what))
        with VerticalScroll(id="help-body"):
            yield Static(Text("看报 · 按键", style="bold"), id="help-title")
            yield Static(table)
            yield Static(Text(MARKS_LEGEND, style="dim"), id="help-marks")
            yield Static(Text("鼠标：点击列表、链接即可打开；滚轮滚动。", style="dim"))

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
