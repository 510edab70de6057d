"""What the article pane shows for a piece, as typeset lines: pure, no widgets.

A piece becomes a list of blocks (banner, kicker, title, subtitle, byline, paragraphs, with
each photo's caption and credit set apart after the paragraph it followed in print). Each block
is typeset the Chinese way by ``tui.typeset`` at the pane's width; highlight spans (a search
hit, entity mentions) are offsets into a block's own text, so they survive any reflow.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rich.style import Style
from rich.text import Text

from parser.model import Item
from tui.typeset import break_lines, typeset

# (field, index): field as in search hits; index = paragraph or photo number, -1 otherwise.
BlockKey = tuple[str, int]
Span = tuple[int, int, Style | str]

PARAGRAPH_INDENT = 4  # two full-width cells
CAPTION_BAR = "▍ "  # sets captions apart from the body
# Fields whose spaces separate phrases (headline parts, reporters' names) rather than words.
PHRASED_FIELDS = frozenset({"column", "kicker", "title", "subtitle", "byline"})


# Blanks the extraction left before a full-width bracket (``1月18日电  （记者…``): the
# bracket brings its own space, so the byline is shown without them.
_BLANKS_BEFORE_BRACKET = re.compile(r"[ \u3000\u00a0]+(?=（)")


@dataclass(frozen=True)
class Block:
    """One run of text in the pane, typeset as a unit."""

    field: str
    index: int
    text: str
    indent: int = 0
    prefix: str = ""  # drawn before every line (the caption bar)
    space_before: bool = False  # a blank line before it
    dropped: tuple[int, ...] = ()  # offsets of the source text not shown (sorted)

    @property
    def phrased(self) -> bool:
        """Headline parts and the byline break at the spaces between their phrases."""
        return self.field in PHRASED_FIELDS

    @property
    def key(self) -> BlockKey:
        return (self.field, self.index)

    def shown(self, offset: int) -> int:
        """Where source offset ``offset`` (a search hit, a mention) falls in ``text``."""
        return offset - bisect_left(self.dropped, offset)


def byline_block(byline: str) -> Block:
    """The byline without blanks before its bracket; offsets still map to the source."""
    dropped = tuple(
        n for m in _BLANKS_BEFORE_BRACKET.finditer(byline) for n in range(m.start(), m.end())
    )
    text = _BLANKS_BEFORE_BRACKET.sub("", byline)
    return Block("byline", -1, text, space_before=True, dropped=dropped)


def piece_blocks(item: Item, *, headline: bool = True) -> list[Block]:
    """The blocks of a piece in display order, captions after their paragraph.

    ``headline`` False leaves out banner, kicker, title and subtitle: a continuation read
    straight on from its opening piece repeats that piece's headline.
    """
    blocks: list[Block] = []
    for name in ("column", "kicker", "title", "subtitle") if headline else ():
        text = getattr(item, name)
        if text:
            # Kicker, title and subtitle are set as one headline, as printed; only the column
            # banner stands apart above it.
            after_banner = bool(blocks) and blocks[-1].field == "column"
            blocks.append(Block(name, -1, text, space_before=after_banner))
    if item.byline:
        blocks.append(byline_block(item.byline))
    photos_after: dict[int, list[int]] = {}
    for number, photo in enumerate(item.photos):
        after = min(photo.after_paragraph, len(item.paragraphs) - 1)
        photos_after.setdefault(after, []).append(number)

    def add_photos(after: int) -> None:
        for number in photos_after.get(after, ()):
            photo = item.photos[number]
            if photo.caption:
                blocks.append(Block("caption", number, photo.caption, 0, CAPTION_BAR, True))
            if photo.credit:
                blocks.append(
                    Block("credit", number, photo.credit, 0, CAPTION_BAR, not photo.caption)
                )

    add_photos(-1)
    for number, paragraph in enumerate(item.paragraphs):
        # A blank line before the body, and after a caption: the caption stands apart.
        after_caption = bool(blocks) and blocks[-1].field in ("caption", "credit")
        first_body = number == 0 and not item.byline
        space = first_body or after_caption
        blocks.append(Block("paragraph", number, paragraph, PARAGRAPH_INDENT, "", space))
        add_photos(number)
    return blocks


@dataclass
class Layout:
    """A piece laid out at one width: lines, and the first line of every block."""

    width: int
    lines: list[Text] = field(default_factory=list)
    starts: dict[BlockKey, int] = field(default_factory=dict)


def lay_out(
    blocks: Sequence[Block],
    width: int,
    styles: Mapping[str, Style],
    spans: Mapping[BlockKey, Sequence[Span]] | None = None,
) -> Layout:
    """Typeset every block at ``width``; ``styles`` maps a field name to its style."""
    layout = Layout(width)
    blank = Style()
    spans = spans or {}
    for block in blocks:
        if block.space_before and layout.lines:
            layout.lines.append(Text(""))
        layout.starts.setdefault(block.key, len(layout.lines))
        inner = max(width - len(block.prefix), 1)
        style = styles.get(block.field, blank)
        block_spans = spans.get(block.key, ())
        if block.dropped:
            block_spans = [(block.shown(s), block.shown(e), st) for s, e, st in block_spans]
        lines = typeset(
            block.text,
            inner,
            indent=block.indent,
            spans=tuple(block_spans),
            style=style,
            phrases=block.phrased,
        )
        for line in lines:
            if block.prefix:
                line = Text.assemble((block.prefix, styles.get("bar", blank)), line)
            layout.lines.append(line)
    return layout


def line_of(block: Block, width: int, offset: int) -> int:
    """Which line of ``block`` (counted from its first) holds character ``offset``."""
    inner = max(width - len(block.prefix), 1)
    offset = block.shown(offset)
    lines = break_lines(block.text, inner, indent=block.indent, phrases=block.phrased)
    for number, line in enumerate(lines):
        if offset < line.end:
            return number
    return 0
