"""``kanbao search PATH QUERY``: the hits as text lines or as JSON."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from parser.model import Edition
from parser.search.hits import Hit
from parser.search.index import build_index


def _load(path: Path) -> Edition:
    """The edition at ``path`` (EditionError for bad input propagates to the CLI)."""
    from parser.loader import load_edition

    edition: Edition = load_edition(path)
    return edition


def _one_line(text: str) -> str:
    """Text from the file printed as data: no control characters reach the terminal."""
    return "".join(c if c.isprintable() else " " for c in text)


def hit_line(hit: Hit, title: str) -> str:
    """``第1版  标题  …上下文【匹配】上下文…`` — plain text, no terminal escapes."""
    return f"第{hit.page}版  {_one_line(title)}  {hit.marked()}"


def hit_dict(hit: Hit, title: str) -> dict[str, Any]:
    """A hit as JSON: every Hit field, plus the piece's title for display."""
    return {**asdict(hit), "title": title}


def run_search(path: Path, query: str, *, as_json: bool) -> int:
    """Print the hits of ``query`` in the edition at ``path``, best first; exit status 0."""
    edition = _load(path)
    hits = build_index(edition, pinyin=False).search(query)
    titles = {hit.item: item.headline for hit in hits if (item := edition.item(hit.item))}
    if as_json:
        rows = [hit_dict(h, titles.get(h.item, h.item)) for h in hits]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        for hit in hits:
            sys.stdout.write(hit_line(hit, titles.get(hit.item, hit.item)) + "\n")
    return 0
