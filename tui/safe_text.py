"""Text from files is data: make it safe to show, never read as markup or escape codes."""

from __future__ import annotations

import re

from rich.text import Text

# C0 controls (but not tab), DEL and C1 controls: shown as visible symbols, never sent raw.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟ (␛ for ESC): one cell each, like the original
    if code == 0x7F:
        return "␡"
    return "�"


def clean(text: str) -> str:
    """``text`` with control characters replaced by visible symbols and tabs by a space."""
    return _CONTROL.sub(_picture, text).replace("\t", " ")


def plain(text: str, style: str = "") -> Text:
    """A Rich Text that shows ``text`` literally: ``[bold]`` stays ``[bold]``."""
    return Text(clean(text), style=style, no_wrap=True, overflow="ellipsis", end="")
