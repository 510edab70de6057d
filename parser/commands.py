"""``kanbao parse``: load an edition and print its JSON."""

from __future__ import annotations

import sys
from pathlib import Path

from parser.jsonout import edition_to_json
from parser.loader import load_edition


def run_parse(path: Path, *, with_entities: bool = True, compact: bool = False) -> int:
    """Print the edition at ``path`` as the JSON contract; EditionError propagates to the CLI."""
    edition = load_edition(path)
    if with_entities:
        from parser.entities import extract_entities

        edition = edition.with_entities(extract_entities(edition))
    sys.stdout.write(edition_to_json(edition, indent=None if compact else 2))
    sys.stdout.write("\n")
    return 0
