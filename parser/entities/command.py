"""``kanbao entities``: a table of an edition's entities, or JSON spans for each line of a file."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

from parser.errors import EditionError
from parser.model import Entity

_TYPE_LABEL = {"person": "人物", "place": "地点", "org": "机构"}
_HEADERS = ("name", "type", "roles", "mentions", "pieces")
MAX_CELL = 40


def display_width(text: str) -> int:
    """Terminal cells: wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells (with …) and padded with spaces to exactly that."""
    if display_width(text) > width:
        out = ""
        for char in text:
            if display_width(out + char) > width - 1:
                break
            out += char
        text = out + "…"
    return text + " " * (width - display_width(text))


def _rows(entities: tuple[Entity, ...]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for e in entities:
        pieces = list(dict.fromkeys(m.item for m in e.mentions))
        rows.append(
            (
                e.name,
                f"{e.type} {_TYPE_LABEL[e.type]}",
                "、".join(e.roles) or "-",
                str(len(e.mentions)),
                " ".join(pieces) or "-",
            )
        )
    return rows


def format_table(entities: tuple[Entity, ...]) -> str:
    """A plain-text table with columns aligned by display width (CJK counts double)."""
    rows = [_HEADERS, *_rows(entities)]
    widths = [min(MAX_CELL, max(display_width(r[c]) for r in rows)) for c in range(len(_HEADERS))]
    lines = []
    for row in rows:
        cells = [_fit(cell, widths[c]) for c, cell in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


def _read_lines(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise EditionError(path, f"cannot read file ({err.strerror or err})") from err
    if not data.strip():
        raise EditionError(path, "empty file")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise EditionError(path, "binary file, expected text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise EditionError(path, "cannot decode text (tried UTF-8, UTF-16, GB18030)")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line does not start another
    return lines


def run_entities(path: Path | None, *, lines: Path | None, as_json: bool) -> int:
    """Print an edition's entities as a table (or JSON), or tag each line of ``lines``."""
    if lines is not None:
        from parser.entities.tagger import tag_text

        texts = _read_lines(lines)
        tagged = [tag_text(text) for text in texts]
        if as_json:
            result = [[{"start": a, "end": b, "type": t} for a, b, t in spans] for spans in tagged]
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            for text, spans in zip(texts, tagged, strict=True):
                sys.stdout.write(" ".join(f"{text[a:b]}/{t}" for a, b, t in spans) + "\n")
        return 0
    if path is None:
        raise EditionError("-", "give an edition path or --lines FILE")
    from parser.entities.edition import extract_entities
    from parser.loader import load_edition

    entities = extract_entities(load_edition(path))
    if as_json:
        from parser.jsonout import entity_to_dict

        sys.stdout.write(json.dumps([entity_to_dict(e) for e in entities], ensure_ascii=False))
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_table(entities))
    return 0
